/**
 * The one intersection rule: the part two shapes share, by `@turf/intersect` (polyclip-ts), after a bounding-box
 * test. Used by the data checks, the import overlap and the placement scripts.
 */
import { feature, featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import { bboxesMeet, geometryBbox } from './geometry.ts';

/**
 * The shared part of `a` and `b`, or null when they share none — or when the intersection cannot be computed
 * (degenerate input, which the validity checks report on their own).
 */
export function intersection(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
  if (!bboxesMeet(geometryBbox(a), geometryBbox(b))) return null;
  try {
    return intersect(featureCollection<Polygon | MultiPolygon>([feature(a), feature(b)]))?.geometry ?? null;
  } catch {
    return null;
  }
}
