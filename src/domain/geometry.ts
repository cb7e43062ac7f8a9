/**
 * Small planar geometry on a local plane around a point: metres east and north, from an
 * equirectangular projection (good to ~0.1 % over the few km a zone spans). Pure; used where a
 * distance or a crossing is checked, never for areas (see `area.ts`).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Mean Earth radius (m), as used by @turf. */
export const EARTH_RADIUS_M = 6371008.8;
/** Metres per degree of latitude on that sphere. */
export const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180;

/** A point in metres east (x) and north (y) of an origin. */
export type XY = [number, number];

/** A local plane around `origin`: a function from [lon, lat] to metres east and north of it. */
export function plane(origin: Position): (p: Position) => XY {
  const cos = Math.cos(((origin[1] ?? 0) * Math.PI) / 180);
  return (p) => [((p[0] ?? 0) - (origin[0] ?? 0)) * M_PER_DEG * cos, ((p[1] ?? 0) - (origin[1] ?? 0)) * M_PER_DEG];
}

/** The polygons of a Polygon or MultiPolygon, as arrays of rings. */
export function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Every ring of a Polygon or MultiPolygon. */
export function ringsOf(g: Polygon | MultiPolygon): Position[][] {
  return polygonsOf(g).flat();
}

/** [minLon, minLat, maxLon, maxLat] of some rings (or plane rings). */
export function boundsOf(rings: readonly (readonly Position[])[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x = 0, y = 0] of ring) {
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

/** Centre of a geometry's bounding box, [lon, lat]. */
export function boundsCentre(g: Polygon | MultiPolygon): Position {
  const [a, b, c, d] = boundsOf(ringsOf(g));
  return [(a + c) / 2, (b + d) / 2];
}

/** Distance from point p to segment ab, in plane units. */
export function pointSegment(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function cross(o: XY, a: XY, b: XY): number {
  return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
}

/** True when segments ab and cd cross or touch. */
export function segmentsMeet(a: XY, b: XY, c: XY, d: XY): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  const on = (p: XY, q: XY, r: XY) => Math.min(p[0], q[0]) <= r[0] && r[0] <= Math.max(p[0], q[0]) && Math.min(p[1], q[1]) <= r[1] && r[1] <= Math.max(p[1], q[1]);
  return (d1 === 0 && on(c, d, a)) || (d2 === 0 && on(c, d, b)) || (d3 === 0 && on(a, b, c)) || (d4 === 0 && on(a, b, d));
}

/** Shortest distance between segments ab and cd (0 when they meet). */
export function segmentSegment(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentsMeet(a, b, c, d)) return 0;
  return Math.min(pointSegment(a, c, d), pointSegment(b, c, d), pointSegment(c, a, b), pointSegment(d, a, b));
}

/** Even-odd point-in-polygon over all rings of one polygon (outer ring and holes), plane coordinates. */
export function insideRings(p: XY, rings: readonly XY[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** True when the [lon, lat] point lies inside the polygon or multipolygon. */
export function pointInside(pt: Position, g: Polygon | MultiPolygon): boolean {
  const to = plane(pt);
  return polygonsOf(g).some((rings) => insideRings(to(pt), rings.map((r) => r.map(to))));
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
