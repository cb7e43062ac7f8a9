/** Camera constants for the former Sóc Trăng province. */
import type { LngLatBoundsLike } from 'maplibre-gl';
import { BASEMAP_DETAIL_BOUNDS } from './basemap_layers.ts';

/** Bounds of the former province (Natural Earth outline, Côn Đảo excluded), west-south-east-north. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [[105.56, 9.25], [106.3, 9.92]];

/** How far a user may pan: the province and its neighbours, as far as the basemap has detail. */
export const MAX_BOUNDS: LngLatBoundsLike = BASEMAP_DETAIL_BOUNDS;

export const MIN_ZOOM = 7;
export const MAX_ZOOM = 16;
