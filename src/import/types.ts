/** Public types of the import pipeline (shared by the pipeline, the worker and the UI). */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ImportMessage } from './messages.ts';

/** A JSON value, as kept from an imported file's properties. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Properties of an imported feature: the file's own, as plain JSON, plus a display `name`. */
export type ImportedProperties = { [key: string]: JsonValue } & { name: string };

/**
 * One imported feature: a 2D Polygon or MultiPolygon in WGS84 lon/lat with RFC 7946 winding
 * (exterior rings counter-clockwise, holes clockwise), id `import-<n>` in file order.
 */
export type ImportedFeature = Feature<Polygon | MultiPolygon, ImportedProperties> & { id: string };

/** Source coordinate system chosen by the user for a file in metres. */
export interface SourceCrs {
  kind: 'vn2000-tm3';
  /** Central meridian, degrees east (105.5 = 105°30′ for Sóc Trăng). */
  centralMeridianDeg: number;
}

/** Options of `importBytes`. */
export interface ImportOptions {
  /** Treat coordinates as VN-2000 / TM-3 metres and reproject them to WGS84. */
  sourceCrs?: SourceCrs | null;
  /** Swap the two numbers of every position (for files written as [lat, lon]). */
  swapLatLon?: boolean;
  /** Called with the fraction done (0–1) and a stage name, at least every ~5 % of features. */
  onProgress?: (fraction: number, stage: ImportStage) => void;
}

/** Stages reported to `onProgress`. */
export type ImportStage = 'read' | 'parse' | 'validate' | 'done';

export type DetectedFormat = 'geojson' | 'kml' | 'kmz' | 'shapefile' | 'unknown';
export type DetectedCrs = 'wgs84' | 'metres' | 'swapped' | 'unknown';
export type MetresHint = 'vn2000-tm3' | 'utm48' | 'unknown';

/** What was recognised about the file. */
export interface Detected {
  format: DetectedFormat;
  /** How the coordinates were read: degrees, metres, or degrees in [lat, lon] order. */
  crs: DetectedCrs;
  /** For metres: which grid the file declares, if it says. */
  metresHint?: MetresHint;
}

/** A fix the UI can offer; re-run `importBytes` with the matching option to apply it. */
export type ImportOffer = 'swap-lat-lon' | 'reproject-vn2000';

/** Counts over the input features. `skipped` is everything not kept (not applicable, invalid or held back). */
export interface ImportStats {
  inputFeatures: number;
  kept: number;
  skipped: number;
  /** Kept features that were changed to be valid (ring closed, hole or part dropped). */
  repaired: number;
}

/** The outcome of one import. */
export interface ImportResult {
  features: ImportedFeature[];
  messages: ImportMessage[];
  detected: Detected;
  offers: ImportOffer[];
  stats: ImportStats;
}
