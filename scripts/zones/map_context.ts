/**
 * Loads the layers the map draws that zone shapes are placed and checked against: the basemap's
 * GSHHG land (`scripts/basemap/data/gshhg_land.geojson`), the schematic roads (`geodata/roads.geojson`)
 * and the town and city centres of `geodata/places.geojson`.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { MapContext } from './context_checks.ts';

const LAND = new URL('../basemap/data/gshhg_land.geojson', import.meta.url);
const ROADS = new URL('../../geodata/roads.geojson', import.meta.url);
const PLACES = new URL('../../geodata/places.geojson', import.meta.url);

/** Place kinds that count as a town centre. */
const TOWN_KINDS = new Set(['town', 'city']);

function read<T>(url: URL): T {
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

/** The map's land, roads and town centres, as the placement and the checks use them. */
export function loadMapContext(): MapContext {
  const land = read<FeatureCollection<Polygon | MultiPolygon>>(LAND).features[0]?.geometry;
  if (!land) throw new Error(`map_context: no land polygon in ${LAND.pathname}`);
  const roads = read<FeatureCollection<LineString, { id: string; name: string }>>(ROADS).features;
  const towns = read<FeatureCollection<Point, { id: string; name: string; kind: string }>>(PLACES).features
    .filter((f): f is Feature<Point, { id: string; name: string; kind: string }> => TOWN_KINDS.has(f.properties.kind) && f.geometry.type === 'Point');
  return { land, roads, towns };
}
