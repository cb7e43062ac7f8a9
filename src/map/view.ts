/** Camera limits of the live map: the shared view constants (`src/state/view.ts`) and how far one may pan. */
import type { LngLatBoundsLike } from 'maplibre-gl';
import { BASEMAP_DETAIL_BOUNDS } from './basemap_layers.ts';

export { MAX_ZOOM, MIN_ZOOM, PROVINCE_BOUNDS } from '../state/view.ts';

/** How far a user may pan: the province and its neighbours, as far as the basemap has detail. */
export const MAX_BOUNDS: LngLatBoundsLike = BASEMAP_DETAIL_BOUNDS;
