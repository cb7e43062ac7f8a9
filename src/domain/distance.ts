/**
 * Distances in metres: a local plane around a point (equirectangular, good to a few tenths of a per cent over a few
 * kilometres) and the distances the checks and the placement use — point to segment, segment to segment, point to
 * a polygon's outline or area.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { M_PER_DEG, pointInside, ringsOf, type XY } from './geometry.ts';

/** A local plane around `origin`: a function from [lon, lat] to metres east and north of it. */
export function plane(origin: Position): (p: Position) => XY {
  const cos = Math.cos(((origin[1] ?? 0) * Math.PI) / 180);
  return (p) => [((p[0] ?? 0) - (origin[0] ?? 0)) * M_PER_DEG * cos, ((p[1] ?? 0) - (origin[1] ?? 0)) * M_PER_DEG];
}

/** The inverse of `plane(origin)`: from metres east and north of `origin` to [lon, lat]. */
export function unplane(origin: Position): (m: XY) => [number, number] {
  const cos = Math.cos(((origin[1] ?? 0) * Math.PI) / 180);
  return (m) => [(origin[0] ?? 0) + m[0] / (M_PER_DEG * cos), (origin[1] ?? 0) + m[1] / M_PER_DEG];
}

/** Distance from point p to segment ab, in plane units. */
export function pointSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function orient(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** True when segments ab and cd cross or touch. */
export function segmentsMeet(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (p: XY, q: XY, r: XY) => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (d1 === 0 && on(c, d, a)) || (d2 === 0 && on(c, d, b)) || (d3 === 0 && on(a, b, c)) || (d4 === 0 && on(a, b, d));
}

/** Shortest distance between segments ab and cd (0 when they meet). */
export function segmentSegment(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsMeet(a, b, c, d)) return 0;
  return Math.min(pointSegment(a, c, d), pointSegment(b, c, d), pointSegment(c, a, b), pointSegment(d, a, b));
}

/** Shortest distance (m) from a [lon, lat] point to the outline of a polygon (0 on the line). */
export function distanceToOutlineM(pt: Position, g: Polygon | MultiPolygon): number {
  const to = plane(pt);
  let best = Infinity;
  for (const ring of ringsOf(g)) {
    for (let i = 0; i + 1 < ring.length; i += 1) best = Math.min(best, pointSegment([0, 0], to(ring[i]!), to(ring[i + 1]!)));
  }
  return best;
}

/** Shortest distance (m) from a [lon, lat] point to a polygon: 0 inside it, else to its outline. */
export function distanceToPolygonM(pt: Position, g: Polygon | MultiPolygon): number {
  return pointInside(pt, g) ? 0 : distanceToOutlineM(pt, g);
}
