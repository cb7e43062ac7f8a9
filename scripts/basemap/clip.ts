/**
 * Line clipping for the basemap build: polylines against the frame rectangle and against land polygons.
 * Coordinates are lon/lat degrees treated as planar (fine at these distances for deciding inside/outside).
 */
import type { Frame, MultiPolygonCoords, Position } from './shoreline.ts';

/** Splits a polyline into the pieces that lie inside the rectangle (Liang–Barsky per segment). */
export function clipLineToFrame(line: Position[], frame: Frame): Position[][] {
  const [w, s, e, n] = frame;
  const out: Position[][] = [];
  let current: Position[] = [];
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    let t0 = 0;
    let t1 = 1;
    let visible = true;
    for (const [p, q] of [[-dx, a[0] - w], [dx, e - a[0]], [-dy, a[1] - s], [dy, n - a[1]]] as [number, number][]) {
      if (p === 0) { if (q < 0) visible = false; continue; }
      const r = q / p;
      if (p < 0) { if (r > t1) visible = false; else if (r > t0) t0 = r; } else if (r < t0) visible = false; else if (r < t1) t1 = r;
    }
    if (!visible) { if (current.length > 1) out.push(current); current = []; continue; }
    const pa: Position = [a[0] + t0 * dx, a[1] + t0 * dy];
    const pb: Position = [a[0] + t1 * dx, a[1] + t1 * dy];
    if (current.length === 0) current.push(pa);
    current.push(pb);
    if (t1 < 1) { out.push(current); current = []; }
  }
  if (current.length > 1) out.push(current);
  return out;
}

/** Even-odd point-in-polygon over every ring of a multipolygon. */
export function pointInMultiPolygon(p: Position, polys: MultiPolygonCoords): boolean {
  let inside = false;
  for (const poly of polys) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const a = ring[i] as Position;
        const b = ring[j] as Position;
        if ((a[1] > p[1]) !== (b[1] > p[1]) && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      }
    }
  }
  return inside;
}

function crossings(a: Position, b: Position, polys: MultiPolygonCoords): number[] {
  const ts: number[] = [];
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  for (const poly of polys) {
    for (const ring of poly) {
      for (let i = 0; i < ring.length - 1; i++) {
        const c = ring[i] as Position;
        const d = ring[i + 1] as Position;
        const sx = d[0] - c[0];
        const sy = d[1] - c[1];
        const den = rx * sy - ry * sx;
        if (den === 0) continue;
        const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
        const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / den;
        if (t > 0 && t < 1 && u >= 0 && u <= 1) ts.push(t);
      }
    }
  }
  return ts.sort((x, y) => x - y);
}

/** Keeps the parts of a polyline that lie inside the polygons (e.g. boundaries clipped to land). */
export function clipLineToPolygons(line: Position[], polys: MultiPolygonCoords): Position[][] {
  const out: Position[][] = [];
  let current: Position[] = [];
  const lerp = (a: Position, b: Position, t: number): Position => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  for (let i = 0; i < line.length - 1; i++) {
    const a = line[i] as Position;
    const b = line[i + 1] as Position;
    const cuts = [0, ...crossings(a, b, polys), 1];
    for (let k = 0; k < cuts.length - 1; k++) {
      const t0 = cuts[k] as number;
      const t1 = cuts[k + 1] as number;
      const inside = pointInMultiPolygon(lerp(a, b, (t0 + t1) / 2), polys);
      if (inside) {
        if (current.length === 0) current.push(lerp(a, b, t0));
        current.push(lerp(a, b, t1));
      } else if (current.length > 0) {
        if (current.length > 1) out.push(current);
        current = [];
      }
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

/** Rounds coordinates to `digits` decimals (1e-5° ≈ 1.1 m) so cached files and tiles are stable. */
export function roundPosition(p: Position, digits = 5): Position {
  const f = 10 ** digits;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}
