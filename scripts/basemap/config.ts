/**
 * Fixed inputs of the basemap build: the frame, the zoom range and the file locations.
 *
 * The frame is wider than the former Sóc Trăng province (about 105.55–106.35°E, 9.2–9.95°N without Côn Đảo) so
 * that the opening view (province fitted in a 1280×800 window, about z9.8) is filled with land and sea; it takes
 * in Cần Thơ, Vĩnh Long (ex-Trà Vinh), Bạc Liêu and Hậu Giang and the mouths of the Hậu and Cổ Chiên rivers.
 */
import { BASEMAP_DETAIL_BOUNDS, BASEMAP_MAX_ZOOM, BASEMAP_MIN_ZOOM } from '../../src/map/basemap_layers.ts';
import type { Frame } from './shoreline.ts';

/** Region of the detailed part of the archive, [west, south, east, north] in degrees (shared with the style). */
export const FRAME: Frame = BASEMAP_DETAIL_BOUNDS;
/** Zoom range of the archive. */
export const MIN_ZOOM = BASEMAP_MIN_ZOOM;
export const MAX_ZOOM = BASEMAP_MAX_ZOOM;
/** Lowest zoom drawn from the detailed frame; below it tiles come from the context frame. */
export const DETAIL_MIN_ZOOM = 9;
/**
 * Wider region for z6–z8 (GSHHG high resolution, major rivers, national borders): exactly the two z6 tiles that
 * hold the frame, so zoomed-out views show the delta, the coast of Cambodia and the sea instead of an empty square.
 */
export const CONTEXT_FRAME: Frame = [101.25, 5.616, 112.5, 11.178];
/** Bounding box of the former province (without Côn Đảo), used by the bench for the opening view. */
export const PROVINCE_BBOX: Frame = [105.55, 9.18, 106.35, 9.95];

/** Paths relative to the repository root. */
export const PATHS = {
  land: 'scripts/basemap/data/gshhg_land.geojson',
  rivers: 'scripts/basemap/data/wdbii_rivers.geojson',
  contextLand: 'scripts/basemap/data/gshhg_land_context.geojson',
  contextLines: 'scripts/basemap/data/wdbii_lines_context.geojson',
  roads: 'geodata/roads.geojson',
  places: 'geodata/places.geojson',
  placesResearch: '../shared/reference/places-research.json',
  archive: 'public/basemap/soc-trang.pmtiles',
} as const;
