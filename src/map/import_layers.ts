/**
 * Layers for the features of a file the user imported: a light magenta fill and a bold
 * magenta/black dashed outline on a white halo, unlike any stage style, and a magenta dot for every
 * feature too small to see at the current zoom (so a file of small parcels never looks empty). They sit
 * above the zone shapes and below every label, so imported boundaries read over the zones without hiding names.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { ImportedFeature } from '../import/types.ts';
import type { ImportedTheme } from './theme.ts';
import { ZONE_LAYER } from './zone_layers.ts';
import { metresPerPixel } from './scale.ts';
import { bboxCentre, chunkBySize, cornerPair, exteriorBbox, M_PER_DEG, polygonsOf, positionCount, ringsBbox } from '../domain/geometry.ts';

/** Source of the imported features (promoted id: the feature's `import-<n>` id). */
export const IMPORTED_SOURCE = 'imported';
/** Source of one point per imported feature (the centre of its bounds), for the dots. */
export const IMPORTED_POINTS_SOURCE = 'imported-points';

/** A feature narrower than this on screen (its larger bounding-box side, CSS pixels) is also drawn as a dot. */
export const DOT_BELOW_PX = 6;

/** Layer ids of the imported features, bottom to top. */
export const IMPORTED_LAYER = {
  fill: 'imported-fill',
  halo: 'imported-halo',
  line: 'imported-line',
  dash: 'imported-dash',
  dot: 'imported-dot',
} as const;

/** One point per imported feature: its id and its size (the larger side of its bounds, metres). */
export type ImportedPoints = FeatureCollection<Point, { id: string; size_m: number }>;

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
      paint: { 'fill-color': theme.fill, 'fill-opacity': ['case', selected, 0.28, 0.14] },
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

/** The dot layer (on `IMPORTED_POINTS_SOURCE`): shown for features below `DOT_BELOW_PX` at the zoom `dotFilter` was made for. */
export function importedDotLayer(sourceId: string, theme: ImportedTheme): LayerSpecification {
  return {
    id: IMPORTED_LAYER.dot,
    type: 'circle',
    source: sourceId,
    filter: dotFilter(0, 0),
    paint: {
      'circle-color': theme.line,
      'circle-radius': ['case', selected, 6, 4],
      'circle-stroke-color': theme.halo,
      'circle-stroke-width': 1.5,
    },
  };
}

/** The smallest size, in metres, a feature needs to be seen without a dot at `zoom` near latitude `lat`. */
export function dotThresholdM(zoom: number, lat: number): number {
  return DOT_BELOW_PX * metresPerPixel(lat, zoom);
}

/** Filter of the dot layer: the features smaller than `DOT_BELOW_PX` at `zoom` near `lat`. */
export function dotFilter(zoom: number, lat: number): FilterSpecification {
  return ['<', ['get', 'size_m'], dotThresholdM(zoom, lat)];
}

/** The points of the dots: the centre of each feature's bounds, with its size in metres. */
export function importedPoints(features: readonly ImportedFeature[]): ImportedPoints {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => {
      const b = exteriorBbox(f.geometry);
      const [lon, lat] = bboxCentre(b);
      const size = Math.max((b[2] - b[0]) * Math.cos((lat * Math.PI) / 180), b[3] - b[1]) * M_PER_DEG;
      return { type: 'Feature', properties: { id: f.id, size_m: size }, geometry: { type: 'Point', coordinates: [lon, lat] } };
    }),
  };
}

/** The map data for imported features: geometry plus `id` and `name` only, so little crosses to MapLibre's worker. */
export function toImportedMapData(features: readonly ImportedFeature[]): ImportedMapData {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: { id: f.id, name: f.label },
      geometry: f.geometry,
    })),
  };
}

/** Positions handed to MapLibre per step (tens of ms of structured cloning; each step also costs a map repaint). */
const POSITIONS_PER_STEP = 100_000;

/**
 * The map data in slices of about `POSITIONS_PER_STEP` positions (at least one feature each), to add
 * with `updateData` one step at a time: one `setData` of a 20 MB file would clone every position in
 * a single main-thread task of over a second.
 */
export function importedMapChunks(features: readonly ImportedFeature[], positionsPerStep = POSITIONS_PER_STEP): ImportedMapData['features'][] {
  return chunkBySize(features, (f) => positionCount(f.geometry), positionsPerStep).map((chunk) => toImportedMapData(chunk).features);
}

/** Shows or hides the imported layers (hidden, their source loads no tiles while data is being added). */
export function setImportedVisible(map: MapLibreMap, visible: boolean): void {
  for (const id of Object.values(IMPORTED_LAYER)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
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
  const chosen = id === null ? features : features.filter((f) => f.id === id);
  if (chosen.length === 0) return null;
  // Exterior rings only: a 20 MB import has most of a million positions to scan.
  return cornerPair(ringsBbox(chosen.flatMap((f) => polygonsOf(f.geometry).map((p) => p[0] ?? []))));
}

/** Adds the imported source and layers to a loaded map, once; returns whether they were added now. */
export function addImportedLayers(map: MapLibreMap, theme: ImportedTheme): boolean {
  if (map.getSource(IMPORTED_SOURCE)) return false;
  // Tolerance 1 (default 0.375) drops more sub-pixel detail of large imports at low zoom: less tile work.
  map.addSource(IMPORTED_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id', tolerance: 1 });
  map.addSource(IMPORTED_POINTS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' });
  const before = importedLayersBefore(map.getStyle().layers.map((l) => l.id));
  for (const layer of importedLayers(IMPORTED_SOURCE, theme)) map.addLayer(layer, before);
  map.addLayer(importedDotLayer(IMPORTED_POINTS_SOURCE, theme), before);
  return true;
}
