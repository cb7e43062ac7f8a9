/**
 * RFC 7946 GeoJSON text of polygon features (the user's repaired import): WGS84, at most 7 decimals
 * (about 1 cm), right-hand winding, closed rings, no `crs` member; ids and properties exactly as given.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { rfc7946Geometry } from '../geometry.ts';

/** FeatureCollection text, one feature per line. */
export function toGeoJsonText(features: ReadonlyArray<Feature<Polygon | MultiPolygon>>): string {
  const lines = features.map((f) => {
    const geometry = rfc7946Geometry(f.geometry, 7);
    const out = f.id === undefined
      ? { type: 'Feature', properties: f.properties ?? null, geometry }
      : { type: 'Feature', id: f.id, properties: f.properties ?? null, geometry };
    return JSON.stringify(out);
  });
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
