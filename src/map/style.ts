/**
 * Builds the complete MapLibre style: a background, the province outline (until the embedded
 * basemap is wired in) and the zone layers. Pure apart from resolving font URLs.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/zone.ts';
import type { FontFacesSpecification } from 'maplibre-gl';
import type { Theme } from './theme.ts';
import { BASEMAP_CITY_LAYER_ID, basemapBaseLayers, basemapLabelLayers, basemapSource } from './basemap_layers.ts';
import { pointsSourceOf, ZONE_LAYER, zoneLayers } from './zone_layers.ts';

export const ZONES_SOURCE = 'zones';
/** Source of one anchor point per feature (markers and labels). */
export const POINTS_SOURCE = pointsSourceOf(ZONES_SOURCE);
export const PROVINCE_SOURCE = 'province';
export const BASEMAP_SOURCE = 'basemap';

export interface StyleOptions {
  theme: Theme;
  lang: Lang;
  fontFaces: FontFacesSpecification;
  /** Former province outline, drawn as a quiet fill and line. */
  province: FeatureCollection<Geometry> | null;
  /** Absolute URL of the embedded PMTiles basemap; null draws only the outline fallback. */
  basemapUrl: string | null;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function provinceLayers(theme: Theme): LayerSpecification[] {
  return [
    { id: 'province-fill', type: 'fill', source: PROVINCE_SOURCE, paint: { 'fill-color': theme.base.land } },
    {
      id: 'province-line',
      type: 'line',
      source: PROVINCE_SOURCE,
      paint: { 'line-color': theme.base.provinceLine, 'line-width': 1.2, 'line-dasharray': [3, 2] },
    },
  ];
}

const ZONE_LABEL_LAYERS = new Set<string>([ZONE_LAYER.label, ZONE_LAYER.ezLabel]);

/**
 * The full style for the zone map, bottom to top: background, province outline (a safety net
 * under the basemap), basemap land/water/rivers/roads, zone fills and lines, basemap labels,
 * zone labels (placed before town labels, so they win collisions), and on top the provincial
 * cities' names (placed first of all). Zone data starts empty.
 */
export function buildStyle(opts: StyleOptions): StyleSpecification {
  const zones = zoneLayers(ZONES_SOURCE, opts.theme.zones, opts.lang);
  const base = opts.basemapUrl
    ? basemapBaseLayers(BASEMAP_SOURCE, opts.theme.basemap).filter((l) => l.type !== 'background')
    : [];
  const baseLabels = opts.basemapUrl ? basemapLabelLayers(BASEMAP_SOURCE, opts.theme.basemap, opts.lang) : [];
  return {
    version: 8,
    name: 'soc-trang-zones',
    'font-faces': opts.fontFaces,
    sources: {
      ...(opts.basemapUrl ? { [BASEMAP_SOURCE]: basemapSource(opts.basemapUrl) } : {}),
      [PROVINCE_SOURCE]: { type: 'geojson', data: opts.province ?? EMPTY },
      [ZONES_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      [POINTS_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': opts.theme.base.background } },
      ...provinceLayers(opts.theme),
      ...base,
      ...zones.filter((l) => !ZONE_LABEL_LAYERS.has(l.id)),
      ...baseLabels.filter((l) => l.id !== BASEMAP_CITY_LAYER_ID),
      ...zones.filter((l) => ZONE_LABEL_LAYERS.has(l.id)),
      ...baseLabels.filter((l) => l.id === BASEMAP_CITY_LAYER_ID),
    ],
  };
}
