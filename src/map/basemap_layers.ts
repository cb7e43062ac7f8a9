/**
 * Style layers for the embedded basemap (public/basemap/soc-trang.pmtiles, built by scripts/basemap/build.ts).
 *
 * Source layers: `water`, `land`, `river` (kind river|canal|intermittent, rank), `boundary` (former provincial
 * borders), `road` (schematic; status open|under-construction), `place` (kind city|town|port|bridge|province,
 * rank 1 = most important). Colours come from a {@link BasemapTheme}; quiet by design so zone colours stand out.
 * Zone layers belong between {@link basemapBaseLayers} and {@link basemapLabelLayers}
 * (e.g. `map.addLayer(zoneLayer, BASEMAP_FIRST_LABEL_LAYER_ID)`).
 */
import type { ExpressionSpecification, LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';

/** Every colour the basemap uses; the lead's theme.ts provides one as `basemap`. */
export interface BasemapTheme {
  /** Outside the archive's frame. */
  background: string;
  land: string;
  water: string;
  /** Shoreline drawn over the land edge. */
  waterLine: string;
  river: string;
  boundary: string;
  boundaryCasing: string;
  road: string;
  roadCasing: string;
  roadText: string;
  townText: string;
  townHalo: string;
  /** Ports and bridges. */
  placeText: string;
  /** Former-province names. */
  provinceText: string;
}

/** Attribution lines for the basemap data and fonts, with licences. */
export const BASEMAP_ATTRIBUTION: readonly string[] = [
  'Shorelines, rivers, national borders: GSHHG 2.3 / WDBII, P. Wessel & W. H. F. Smith (LGPL-3.0-or-later)',
  'Former provincial boundaries (before 1 Jul 2025): Natural Earth (public domain)',
  'Places: GeoNames (CC BY 4.0) and project research',
  'Roads: schematic, drawn by this project through researched points (not surveyed)',
  'Font: Noto Sans (SIL OFL 1.1)',
];

/** Regular and bold faces named in `text-font`; the app maps these names to Noto Sans through `font-faces`. */
export const BASEMAP_FONT_REGULAR = 'Noto Sans Regular';
export const BASEMAP_FONT_BOLD = 'Noto Sans Bold';

/**
 * [west, south, east, north] of the archive's detailed part (z9–z14); a good `maxBounds` for the map. Outside it
 * only z6–z8 tiles exist (GSHHG high resolution over 101.25–112.5°E, 5.6–11.2°N).
 */
export const BASEMAP_DETAIL_BOUNDS: [number, number, number, number] = [104.9, 8.6, 107.0, 10.5];

/** Zoom range of the archive; MapLibre overzooms z14 tiles beyond it. */
export const BASEMAP_MIN_ZOOM = 6;
export const BASEMAP_MAX_ZOOM = 14;

/**
 * Id of the layer of the most important towns (rank 1: provincial cities). The app draws it above
 * the zone labels so a city's name is placed first and never yields to a zone label.
 */
export const BASEMAP_CITY_LAYER_ID = 'basemap-city';

/** Id of the lowest label layer; insert zone layers before it. */
export const BASEMAP_FIRST_LABEL_LAYER_ID = 'basemap-road-label';

/** Vector source for the archive; `url` is the archive's URL, e.g. `${location.origin}/basemap/soc-trang.pmtiles`. */
export function basemapSource(url: string): VectorSourceSpecification {
  return {
    type: 'vector',
    url: `pmtiles://${url}`,
    minzoom: BASEMAP_MIN_ZOOM,
    maxzoom: BASEMAP_MAX_ZOOM,
    attribution: BASEMAP_ATTRIBUTION.join(' · '),
  };
}

/** Zoom-interpolated number: [[zoom, value], ...] → exponential (base 1.5) interpolation. */
const byZoom = (stops: [number, number][]): ExpressionSpecification =>
  ['interpolate', ['exponential', 1.5], ['zoom'], ...stops.flat()] as ExpressionSpecification;

/** Like {@link byZoom} with every stop value multiplied by a per-feature factor expression. */
const byZoomFor = (factor: ExpressionSpecification, stops: [number, number][]): ExpressionSpecification =>
  ['interpolate', ['exponential', 1.5], ['zoom'], ...stops.flatMap(([z, v]) => [z, ['*', v, factor]])] as ExpressionSpecification;

/** Fills and lines below the zones: background, water, land, shoreline, rivers, boundaries, roads. */
export function basemapBaseLayers(sourceId: string, theme: BasemapTheme): LayerSpecification[] {
  const src = { source: sourceId };
  const isProvince: ExpressionSpecification = ['==', ['get', 'kind'], 'province'];
  return [
    { id: 'basemap-background', type: 'background', paint: { 'background-color': theme.background } },
    { id: 'basemap-water', type: 'fill', ...src, 'source-layer': 'water', paint: { 'fill-color': theme.water } },
    { id: 'basemap-land', type: 'fill', ...src, 'source-layer': 'land', paint: { 'fill-color': theme.land } },
    { id: 'basemap-shoreline', type: 'line', ...src, 'source-layer': 'land', minzoom: 8,
      paint: { 'line-color': theme.waterLine, 'line-width': byZoom([[8, 0.4], [14, 1.2]]) } },
    { id: 'basemap-river', type: 'line', ...src, 'source-layer': 'river',
      filter: ['any', ['<=', ['get', 'rank'], 3], ['>=', ['zoom'], 10]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': theme.river,
        'line-width': ['interpolate', ['exponential', 1.5], ['zoom'],
          6, ['match', ['get', 'kind'], 'river', 0.6, 0.3],
          10, ['match', ['get', 'kind'], 'river', ['case', ['<=', ['get', 'rank'], 3], 1.6, 1], 0.7],
          14, ['match', ['get', 'kind'], 'river', ['case', ['<=', ['get', 'rank'], 3], 5, 3], 2]],
      } },
    { id: 'basemap-country', type: 'line', ...src, 'source-layer': 'boundary', filter: ['==', ['get', 'kind'], 'country'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.boundary, 'line-width': byZoom([[6, 1], [9, 1.6]]) } },
    { id: 'basemap-boundary-casing', type: 'line', ...src, 'source-layer': 'boundary', minzoom: 7, filter: isProvince,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.boundaryCasing, 'line-opacity': 0.6,
        'line-width': byZoomFor(['case', ['boolean', ['get', 'soc_trang'], false], 1.5, 1], [[7, 2], [14, 6]]) } },
    { id: 'basemap-boundary', type: 'line', ...src, 'source-layer': 'boundary', filter: isProvince,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.boundary, 'line-dasharray': [3, 2],
        'line-width': byZoomFor(['case', ['boolean', ['get', 'soc_trang'], false], 1.4, 1], [[6, 0.6], [14, 2]]) } },
    { id: 'basemap-road-casing', type: 'line', ...src, 'source-layer': 'road', minzoom: 8,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': theme.roadCasing, 'line-width': byZoom([[8, 2.5], [14, 7]]) } },
    { id: 'basemap-road', type: 'line', ...src, 'source-layer': 'road', filter: ['!=', ['get', 'status'], 'under-construction'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.road, 'line-width': byZoom([[6, 0.8], [8, 1.2], [14, 4]]), 'line-dasharray': [4, 1.5] } },
    { id: 'basemap-road-construction', type: 'line', ...src, 'source-layer': 'road', filter: ['==', ['get', 'status'], 'under-construction'],
      paint: { 'line-color': theme.road, 'line-width': byZoom([[6, 0.8], [8, 1.2], [14, 4]]), 'line-dasharray': [1, 1] } },
  ];
}

/**
 * Symbols above the zones, in rising placement priority (MapLibre places the topmost layer's labels first):
 * road refs, former provinces, ports and bridges, towns by rank. Labels avoid each other.
 */
export function basemapLabelLayers(sourceId: string, theme: BasemapTheme, lang: 'vi' | 'en' = 'vi'): LayerSpecification[] {
  const src = { source: sourceId, 'source-layer': 'place' };
  const isKind = (...kinds: string[]): ExpressionSpecification => ['match', ['get', 'kind'], kinds, true, false];
  /** Town names by rank (bold for rank 1); the city layer and the other towns differ only by filter. */
  const townLayer = (id: string, filter: ExpressionSpecification): LayerSpecification => ({
    id, type: 'symbol', ...src, filter,
    layout: { 'text-field': ['get', 'name'],
      'text-font': ['case', ['<=', ['get', 'rank'], 1], ['literal', [BASEMAP_FONT_BOLD]], ['literal', [BASEMAP_FONT_REGULAR]]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 6, ['match', ['get', 'rank'], 1, 12, 2, 11, 10],
        12, ['match', ['get', 'rank'], 1, 17, 2, 15, 3, 13, 12]],
      'symbol-sort-key': ['get', 'rank'], 'text-padding': 4, 'text-max-width': 8 },
    paint: { 'text-color': theme.townText, 'text-halo-color': theme.townHalo, 'text-halo-width': 1.5 },
  });
  return [
    { id: BASEMAP_FIRST_LABEL_LAYER_ID, type: 'symbol', source: sourceId, 'source-layer': 'road', minzoom: 9,
      layout: { 'symbol-placement': 'line', 'symbol-spacing': 400, 'text-field': ['get', 'ref'], 'text-font': [BASEMAP_FONT_BOLD],
        'text-size': 10, 'text-padding': 4 },
      paint: { 'text-color': theme.roadText, 'text-halo-color': theme.townHalo, 'text-halo-width': 1.5 } },
    { id: 'basemap-province', type: 'symbol', ...src, minzoom: 7, maxzoom: 11, filter: isKind('province'),
      layout: { 'text-field': basemapLabelFields(lang)['basemap-province'],
        'text-font': [BASEMAP_FONT_REGULAR], 'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10, 10, 13],
        'text-letter-spacing': 0.08, 'text-max-width': 12, 'text-padding': 8 },
      paint: { 'text-color': theme.provinceText, 'text-halo-color': theme.townHalo, 'text-halo-width': 1.2 } },
    { id: 'basemap-place-poi', type: 'symbol', ...src, minzoom: 11, filter: isKind('port', 'bridge'),
      layout: { 'text-field': basemapLabelFields(lang)['basemap-place-poi'], 'text-font': [BASEMAP_FONT_REGULAR], 'text-size': 10.5, 'text-max-width': 9,
        'symbol-sort-key': ['get', 'rank'], 'text-padding': 3 },
      paint: { 'text-color': theme.placeText, 'text-halo-color': theme.townHalo, 'text-halo-width': 1.2 } },
    townLayer('basemap-town', ['all', isKind('city', 'town'), ['>', ['get', 'rank'], 1],
      ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 7, 2, 9, 3, 11, 4, 12, 5]]]),
    townLayer(BASEMAP_CITY_LAYER_ID, ['all', isKind('city', 'town'), ['==', ['get', 'rank'], 1]]),
  ];
}

/** All basemap layers in drawing order (base, then labels). */
export function basemapLayers(sourceId: string, theme: BasemapTheme, lang: 'vi' | 'en' = 'vi'): LayerSpecification[] {
  return [...basemapBaseLayers(sourceId, theme), ...basemapLabelLayers(sourceId, theme, lang)];
}

/**
 * `text-field` of the label layers that change with the UI language: former-province names with
 * their current unit, ports and bridges. Town names stay Vietnamese (with diacritics) in both.
 */
export function basemapLabelFields(lang: 'vi' | 'en'): Record<'basemap-province' | 'basemap-place-poi', ExpressionSpecification> {
  const name = lang === 'en' ? 'name_en' : 'name';
  const current = lang === 'en' ? 'current_en' : 'current';
  return {
    'basemap-province': ['case', ['has', current], ['concat', ['get', name], '\n', ['get', current]], ['get', name]],
    'basemap-place-poi': ['coalesce', ['get', name], ['get', 'name']],
  };
}
