/**
 * Layers for the features of a file the user imported: a light magenta fill and a bold
 * magenta/black dashed outline on a white halo, unlike any stage style. They sit above the zone
 * shapes and below every label, so imported boundaries read over the zones without hiding names.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ImportedFeature } from '../import/types.ts';
import type { ImportedTheme } from './theme.ts';
import { ZONE_LAYER } from './zone_layers.ts';

/** Source of the imported features (promoted id: the feature's `import-<n>` id). */
export const IMPORTED_SOURCE = 'imported';

/** Layer ids of the imported features, bottom to top. */
export const IMPORTED_LAYER = {
  fill: 'imported-fill',
  halo: 'imported-halo',
  line: 'imported-line',
  dash: 'imported-dash',
} as const;

/** What the map keeps of an imported feature: its geometry, id and name (the file's other properties stay in the page). */
export type ImportedMapData = FeatureCollection<Polygon | MultiPolygon, { id: string; name: string }>;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** The imported-feature layers for `sourceId`, bottom to top: fill, white halo, magenta line, black dashes. */
export function importedLayers(sourceId: string, theme: ImportedTheme): LayerSpecification[] {
  const width = (base: number, sel: number): ExpressionSpecification => ['case', selected, sel, base];
  return [
    {
      id: IMPORTED_LAYER.fill,
      type: 'fill',
      source: sourceId,
      paint: { 'fill-color': theme.fill, 'fill-opacity': ['case', selected, 0.34, 0.18] },
    },
    {
      id: IMPORTED_LAYER.halo,
      type: 'line',
      source: sourceId,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.halo, 'line-width': width(6, 9), 'line-opacity': 0.85 },
    },
    {
      id: IMPORTED_LAYER.line,
      type: 'line',
      source: sourceId,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.line, 'line-width': width(3, 5) },
    },
    {
      id: IMPORTED_LAYER.dash,
      type: 'line',
      source: sourceId,
      // Same layout as the two lines below it, so MapLibre builds one line bucket for all three.
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.dash, 'line-width': width(3, 5), 'line-dasharray': [1.5, 1.5] },
    },
  ];
}

/** The map data for imported features: geometry plus `id` and `name` only, so little crosses to MapLibre's worker. */
export function toImportedMapData(features: readonly ImportedFeature[]): ImportedMapData {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { id: f.id, name: f.properties.name },
      geometry: f.geometry,
    })),
  };
}

/** Positions stringified per task when building the map data (a few tens of ms on a slow laptop). */
const POSITIONS_PER_TASK = 60_000;

function positionCount(f: ImportedFeature): number {
  const g = f.geometry;
  return (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).reduce((n, r) => n + r.length, 0);
}

/**
 * The map data as a GeoJSON Blob URL, stringified a slice at a time with a yield between slices.
 * MapLibre then fetches and parses it in its own worker: handing it the objects instead would
 * structured-clone every position on the main thread (over a second for a 20 MB file).
 * The caller revokes the URL once the source has loaded it.
 */
export async function importedDataUrl(features: readonly ImportedFeature[]): Promise<string> {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  let slice: string[] = [];
  let budget = POSITIONS_PER_TASK;
  for (const [i, f] of toImportedMapData(features).features.entries()) {
    const src = features[i];
    budget -= src ? positionCount(src) : 0;
    if (budget < 0) {
      parts.push(slice.join(''));
      slice = [];
      budget = POSITIONS_PER_TASK;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    slice.push(`${i > 0 ? ',' : ''}${JSON.stringify(f)}`);
  }
  parts.push(slice.join(''), ']}');
  return URL.createObjectURL(new Blob(parts, { type: 'application/geo+json' }));
}

/**
 * Where the imported layers go in a style's layer order: just above the zone shapes (before the
 * first layer after the zone markers, i.e. the labels), or on top if the zone layers are missing.
 */
export function importedLayersBefore(layerIds: readonly string[]): string | undefined {
  const i = layerIds.indexOf(ZONE_LAYER.marker);
  return i < 0 ? undefined : layerIds[i + 1];
}

/** Bounds `[[west, south], [east, north]]` of one imported feature (`id`) or of all (`null`); null if none. */
export function importedBounds(
  features: readonly ImportedFeature[],
  id: string | null,
): [[number, number], [number, number]] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const f of features) {
    if (id !== null && f.id !== id) continue;
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const poly of polys) for (const [x = NaN, y = NaN] of poly[0] ?? []) {
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  }
  return w <= e && s <= n ? [[w, s], [e, n]] : null;
}

/** Adds the imported source and layers to a loaded map, once; returns whether they were added now. */
export function addImportedLayers(map: MapLibreMap, theme: ImportedTheme): boolean {
  if (map.getSource(IMPORTED_SOURCE)) return false;
  map.addSource(IMPORTED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  const before = importedLayersBefore(map.getStyle().layers.map((l) => l.id));
  for (const layer of importedLayers(IMPORTED_SOURCE, theme)) map.addLayer(layer, before);
  return true;
}
