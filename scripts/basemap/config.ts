/**
 * Fixed inputs of the basemap build: the frame, the zoom range and the file locations.
 *
 * The frame is wider than the former Sóc Trăng province (about 105.55–106.35°E, 9.2–9.95°N without Côn Đảo) so
 * that the opening view (province fitted in a 1280×800 window, about z9.8) is filled with land and sea; it takes
 * in Cần Thơ, Vĩnh Long (ex-Trà Vinh), Bạc Liêu and Hậu Giang and the mouths of the Hậu and Cổ Chiên rivers.
 */
import type { Frame } from './shoreline.ts';

/** Region of the archive, [west, south, east, north] in degrees. */
export const FRAME: Frame = [104.9, 8.6, 107.0, 10.5];
/** Zoom range of the archive. */
export const MIN_ZOOM = 6;
export const MAX_ZOOM = 14;
/** Bounding box of the former province (without Côn Đảo), used by the bench for the opening view. */
export const PROVINCE_BBOX: Frame = [105.55, 9.18, 106.35, 9.95];

/** Paths relative to the repository root. */
export const PATHS = {
  land: 'scripts/basemap/data/gshhg_land.geojson',
  rivers: 'scripts/basemap/data/wdbii_rivers.geojson',
  roads: 'geodata/roads.geojson',
  places: 'geodata/places.geojson',
  placesResearch: '../shared/reference/places-research.json',
  archive: 'public/basemap/soc-trang.pmtiles',
} as const;
