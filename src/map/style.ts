/**
 * Builds the complete MapLibre style: a background, the province outline (until the embedded
 * basemap is wired in) and the zone layers. Pure apart from resolving font URLs.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../domain/zone.ts';
import type { FontFacesSpecification } from 'maplibre-gl';
import type { Theme } from './theme.ts';
import { zoneLayers } from './zone_layers.ts';

export const ZONES_SOURCE = 'zones';
export const PROVINCE_SOURCE = 'province';

export interface StyleOptions {
  theme: Theme;
  lang: Lang;
  fontFaces: FontFacesSpecification;
  /** Former province outline, drawn as a quiet fill and line. */
  province: FeatureCollection<Geometry> | null;
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

/** The full style for the zone map. Zone data starts empty; the controller fills it. */
export function buildStyle(opts: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'soc-trang-zones',
    'font-faces': opts.fontFaces,
    sources: {
      [PROVINCE_SOURCE]: { type: 'geojson', data: opts.province ?? EMPTY },
      [ZONES_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      [`${ZONES_SOURCE}-points`]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': opts.theme.base.background } },
      ...provinceLayers(opts.theme),
      ...zoneLayers(ZONES_SOURCE, opts.theme.zones, opts.lang),
    ],
  };
}
