/** Camera constants for the former Sóc Trăng province. */
import type { LngLatBoundsLike } from 'maplibre-gl';

/** Bounds of the former province (Natural Earth outline, Côn Đảo excluded), west-south-east-north. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [[105.56, 9.25], [106.3, 9.92]];

/** How far a user may pan: the province and its neighbours. */
export const MAX_BOUNDS: LngLatBoundsLike = [[104.6, 8.5], [107.3, 10.7]];

export const MIN_ZOOM = 6;
export const MAX_ZOOM = 16;
