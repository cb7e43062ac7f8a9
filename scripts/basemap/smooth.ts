/**
 * De-staircasing for GSHHG full-resolution shorelines, which in the Mekong delta trace a ~3″ (≈90 m) raster:
 * Douglas–Peucker at ~0.0006° (≈65 m, under one cell) removes the steps, then Chaikin corner cutting rounds the
 * remaining corners. End points of open lines stay fixed, so lines still meet the frame where GSHHG does.
 */
import type { Position } from './shoreline.ts';

function perpendicularDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len;
}

/** Douglas–Peucker simplification (iterative); keeps first and last points. Tolerance in degrees. */
export function simplifyLine(points: Position[], tolerance: number): Position[] {
  if (points.length < 3) return points.slice();
  const keep = new Array<boolean>(points.length).fill(false);
  keep[0] = true;
  keep[points.length - 1] = true;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxDist = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i] as Position, points[first] as Position, points[last] as Position);
      if (d > maxDist) { maxDist = d; index = i; }
    }
    if (index > 0 && maxDist > tolerance) {
      keep[index] = true;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Chaikin corner cutting, `iterations` times; for a closed ring (first = last) the seam is cut too. */
export function chaikin(points: Position[], iterations: number, closed: boolean): Position[] {
  let pts = points.slice();
  for (let it = 0; it < iterations; it++) {
    if (pts.length < 3) return pts;
    const out: Position[] = closed ? [] : [pts[0] as Position];
    for (let i = 0; i < pts.length - 1; i++) {
      const a = pts[i] as Position;
      const b = pts[i + 1] as Position;
      out.push([0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]], [0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
    }
    if (closed) out.push(out[0] as Position);
    else out.push(pts[pts.length - 1] as Position);
    pts = out;
  }
  return pts;
}

/** Simplify then smooth; closed rings shorter than 4 points after simplification are dropped (returns null). */
export function smoothShoreline(points: Position[], closed: boolean, tolerance = 0.0006, iterations = 2): Position[] | null {
  const simple = simplifyLine(points, tolerance);
  if (closed && simple.length < 4) return null;
  return chaikin(simple, iterations, closed);
}
