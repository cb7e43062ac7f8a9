/**
 * What a view is, and the one home of the view constants every room shares: the camera and its limits,
 * the former province's bounds, the base layers, the main views and the search-text limit.
 */

/** A map camera: zoom level, centre in WGS84 degrees, bearing in degrees clockwise from north, pitch in degrees. */
export interface Camera { zoom: number; lat: number; lon: number; bearing: number; pitch: number }

export const BASE_LAYERS = ['embedded', 'osm', 'satellite'] as const;
/** The basemap: the tiles shipped with the app, OpenStreetMap, or satellite imagery. */
export type BaseLayer = (typeof BASE_LAYERS)[number];

export const VIEWS = ['map', 'table', 'compare', 'charts'] as const;
/** The main view: the map, the area table, the comparison of sites, or the summary charts. */
export type View = (typeof VIEWS)[number];

/** Bounds of the former province: defined with the province (domain), shared from here with the other rooms. */
export { PROVINCE_BOUNDS } from '../domain/province.ts';

/** Zoom levels the map allows. */
export const MIN_ZOOM = 7;
export const MAX_ZOOM = 16;

/**
 * Camera ranges a link may carry, [min, max]; values outside are clamped. A little wider than what the
 * map then allows (its zoom range and pannable bounds, see `src/map/view.ts`), so an old or hand-made
 * link still opens near what it meant and the map does the final clamping.
 */
export const LINK_ZOOM_RANGE = [6, MAX_ZOOM] as const;
export const LINK_LAT_RANGE = [8, 11.5] as const;
export const LINK_LON_RANGE = [104, 108] as const;
export const LINK_PITCH_RANGE = [0, 60] as const;

/** Search text is cut to this many code points (typed or from a link). */
export const MAX_QUERY_LENGTH = 100;

/** A comparison holds at most this many features (a link's further ids are dropped). */
export const MAX_COMPARE = 4;
