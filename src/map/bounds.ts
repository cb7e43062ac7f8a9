/** Bounding boxes of zone geometries, in the `[[west, south], [east, north]]` form `fitBounds` takes. */
import type { MultiPolygon, Polygon } from 'geojson';

/** West-south / east-north corners of a polygon or multipolygon, in degrees. */
export function geometryBounds(g: Polygon | MultiPolygon): [[number, number], [number, number]] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const poly of polys) for (const ring of poly) for (const [x = NaN, y = NaN] of ring) {
    w = Math.min(w, x); e = Math.max(e, x); s = Math.min(s, y); n = Math.max(n, y);
  }
  return [[w, s], [e, n]];
}
