/**
 * De-staircasing for GSHHG full-resolution shorelines, which in the Mekong delta trace a ~3″ (≈90 m) raster:
 * Douglas–Peucker at ~0.0006° (≈65 m, under one cell) removes the steps, then Chaikin corner cutting rounds the
 * remaining corners. End points of open lines stay fixed, so lines still meet the frame where GSHHG does.
 */
import type { Position } from './shoreline.ts';
import { simplifyLine } from '../../src/domain/simplify.ts';

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
