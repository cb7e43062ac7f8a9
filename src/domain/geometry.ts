/**
 * The one geometry toolkit: rings and polygons of GeoJSON geometries, signed ring area and rewinding,
 * bounds, point in ring, position counts, RFC 7946 output, and distances on a local plane (metres east
 * and north of an origin, from an equirectangular projection: good to ~0.1 % over the few km a zone
 * spans). Pure. Areas in square metres are in `area.ts`; polygon validity (crossing edges) in
 * `segments.ts`.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Mean Earth radius (m), as used by @turf. */
export const EARTH_RADIUS_M = 6371008.8;
/** Metres per degree of latitude on that sphere. */
export const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180;

/** A planar point (degrees, or metres on a local plane). */
export type XY = [number, number];
/** `[west, south, east, north]`. */
export type Bbox = [number, number, number, number];

/** The polygons of a Polygon or MultiPolygon, as arrays of rings (exterior first, then holes). */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Every ring of a Polygon or MultiPolygon. */
export function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return polygonsOf(g).flat();
}

/** How many positions a geometry has (the measure of its weight: parse, clone and draw cost). */
export function positionCount(g: Polygon | MultiPolygon): number {
  let n = 0;
  for (const ring of ringsOf(g)) n += ring.length;
  return n;
}

/**
 * Splits items into consecutive groups of at most `max` total `size`, each group holding at least one
 * item (an item larger than `max` goes alone). Used to stream features by position count.
 */
export function chunkBySize<T>(items: readonly T[], size: (item: T) => number, max: number): T[][] {
  const out: T[][] = [];
  let chunk: T[] = [];
  let total = 0;
  for (const item of items) {
    const n = size(item);
    if (chunk.length > 0 && total + n > max) {
      out.push(chunk);
      chunk = [];
      total = 0;
    }
    chunk.push(item);
    total += n;
  }
  if (chunk.length > 0) out.push(chunk);
  return out;
}

/**
 * Signed area of a ring by the shoelace formula, in the square of its units: positive for
 * counter-clockwise (the RFC 7946 exterior orientation). Open or closed rings alike; computed relative
 * to the first point, so large eastings and northings do not cost precision.
 */
export function ringSignedArea(ring: readonly (readonly number[])[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  const x0 = ring[0]?.[0] ?? 0;
  const y0 = ring[0]?.[1] ?? 0;
  let twice = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i] ?? [x0, y0];
    const b = ring[(i + 1) % n] ?? [x0, y0];
    twice += ((a[0] ?? 0) - x0) * ((b[1] ?? 0) - y0) - ((b[0] ?? 0) - x0) * ((a[1] ?? 0) - y0);
  }
  return twice / 2;
}

/** The ring wound counter-clockwise (`ccw`) or clockwise: itself, or a reversed copy. */
export function rewindRing<P extends readonly number[]>(ring: P[], ccw: boolean): P[] {
  return ringSignedArea(ring) > 0 === ccw ? ring : [...ring].reverse();
}

/**
 * A 2-D copy of a ring with coordinates rounded to `decimals`, consecutive repeats dropped, closed,
 * wound counter-clockwise for an exterior (`exterior`) or clockwise for a hole: RFC 7946 output.
 */
export function rfc7946Ring(ring: readonly Position[], decimals: number, exterior: boolean): [number, number][] {
  const f = 10 ** decimals;
  const out: [number, number][] = [];
  for (const p of ring) {
    const q: [number, number] = [Math.round((p[0] ?? NaN) * f) / f, Math.round((p[1] ?? NaN) * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
  return rewindRing(out, exterior);
}

/** A Polygon or MultiPolygon in RFC 7946 form: rounded to `decimals`, closed, exteriors counter-clockwise, holes clockwise. */
export function rfc7946Geometry(g: Polygon | MultiPolygon, decimals: number): Polygon | MultiPolygon {
  const polygon = (rings: Position[][]) => rings.map((r, i) => rfc7946Ring(r, decimals, i === 0));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: polygon(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon) };
}

/** Bounds of some rings; indexed loops, as an import can hold most of a million positions. */
export function ringsBbox(rings: Iterable<readonly (readonly number[])[]>): Bbox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const x = ring[i]?.[0] ?? NaN;
      const y = ring[i]?.[1] ?? NaN;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return [w, s, e, n];
}

/** Bounds of a Polygon or MultiPolygon (every ring), `[west, south, east, north]`. */
export function geometryBbox(g: Polygon | MultiPolygon): Bbox {
  return ringsBbox(ringsOf(g));
}

/** Bounds of the exterior rings only: the same box for valid polygons, at a fraction of the work. */
export function exteriorBbox(g: Polygon | MultiPolygon): Bbox {
  return ringsBbox(polygonsOf(g).map((p) => p[0] ?? []));
}

/** The box's centre, [x, y]. */
export function bboxCentre(b: Bbox): XY {
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}

/** True when two boxes share any point. */
export function bboxesMeet(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Gap in metres between two boxes (0 when they meet): the shortest distance between them, measured
 * equirectangularly at their mean latitude — good to a few per cent over hundreds of kilometres.
 */
export function bboxGapM(a: Bbox, b: Bbox): number {
  const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const lat = ((a[1] + a[3] + b[1] + b[3]) / 4) * (Math.PI / 180);
  return Math.hypot(dx * Math.cos(lat), dy) * M_PER_DEG;
}

/**
 * A point inside a polygon (for an anchor or a label): the centre of its bounds when that lies inside, else the
 * middle of the widest stretch of the horizontal line through that centre that lies inside the largest part.
 */
export function interiorPoint(g: Polygon | MultiPolygon): [number, number] {
  const centre = bboxCentre(geometryBbox(g));
  if (pointInside(centre, g)) return centre;
  const parts = polygonsOf(g);
  const largest = parts.reduce((a, b) => (Math.abs(ringSignedArea(b[0] ?? [])) > Math.abs(ringSignedArea(a[0] ?? [])) ? b : a), parts[0] ?? []);
  const [, y] = bboxCentre(exteriorBbox({ type: 'Polygon', coordinates: largest }));
  const xs: number[] = [];
  for (const ring of largest) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax = 0, ay = 0] = ring[i] ?? [];
      const [bx = 0, by = 0] = ring[i + 1] ?? [];
      if ((ay > y) !== (by > y)) xs.push(ax + ((y - ay) / (by - ay)) * (bx - ax));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] = centre;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] ?? 0) - (xs[i] ?? 0);
    if (w > width) {
      width = w;
      best = [((xs[i] ?? 0) + (xs[i + 1] ?? 0)) / 2, y];
    }
  }
  return best;
}

/** `[[west, south], [east, north]]`, the form camera fitting takes. */
export function cornerPair(b: Bbox): [[number, number], [number, number]] {
  return [[b[0], b[1]], [b[2], b[3]]];
}

/** -1 outside, 0 on the boundary, 1 inside a closed ring (even–odd ray casting). */
export function pointInRing(x: number, y: number, ring: readonly (readonly number[])[]): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const xi = ring[i]?.[0] ?? 0, yi = ring[i]?.[1] ?? 0;
    const xj = ring[j]?.[0] ?? 0, yj = ring[j]?.[1] ?? 0;
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) return 0;
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** True when the point lies inside (or on the edge of) one polygon: inside its exterior, not inside a hole. */
export function pointInPolygonRings(x: number, y: number, rings: readonly (readonly (readonly number[])[])[]): boolean {
  const [shell, ...holes] = rings;
  if (!shell || pointInRing(x, y, shell) < 0) return false;
  return holes.every((h) => pointInRing(x, y, h) < 1);
}

/** True when the [lon, lat] point lies inside the Polygon or MultiPolygon. */
export function pointInside(pt: Position, g: Polygon | MultiPolygon): boolean {
  const x = pt[0] ?? NaN;
  const y = pt[1] ?? NaN;
  return polygonsOf(g).some((rings) => pointInPolygonRings(x, y, rings));
}
