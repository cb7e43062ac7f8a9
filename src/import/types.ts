/** Public types of the import pipeline (shared by the pipeline, the worker and the UI). */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Areas } from '../domain/area.ts';
import type { DeclaredArea } from './declared_area.ts';
import type { ImportMessage } from './messages.ts';

/** A JSON value, as kept from an imported file's properties. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The file's own properties of a feature, as plain JSON, exactly as read (nothing added); null when it has none. */
export type ImportedProperties = { [key: string]: JsonValue } | null;

/** What the worker measured of a feature: its areas and the checks on them. */
export interface FeatureMeasure {
  /** The three areas, m² (VN-2000 / TM-3 with central meridian 105°30′ E). */
  areas: Areas;
  /** The whole feature lies in the TM-3 zone of 105°30′ E, so its VN-2000 area means something. */
  vn2000Applies: boolean;
  /** Largest relative difference (0–1) between the methods that apply (`areaDisagreement`). */
  disagreement: number;
  /** Distance in metres from the feature's bounds to the former province's bounds (0 when they meet). */
  provinceGapM: number;
  /** An area the properties declare, against the measured one (VN-2000 where it applies, else ellipsoidal). */
  declared: (DeclaredArea & { measuredHa: number; diffHa: number; diffPct: number }) | null;
}

/**
 * One imported feature: a 2D Polygon or MultiPolygon in WGS84 lon/lat with RFC 7946 winding (exterior rings
 * counter-clockwise, holes clockwise). `id` is the app's own key, `import-<n>` in file order among the kept
 * features, used by the map, the list and the selection and never written out; the file's own id is `sourceId`.
 */
export interface ImportedFeature {
  type: 'Feature';
  id: string;
  /** 1-based position of the feature in the file (among all its features, kept or not). */
  index: number;
  /** The feature's own id as the file gave it (GeoJSON `id`, KML `id` attribute); absent when it has none. */
  sourceId?: string | number;
  /** The name shown: from the usual name fields, else the file's id, else `#<index>`. Never written out. */
  label: string;
  properties: ImportedProperties;
  geometry: Polygon | MultiPolygon;
  measure: FeatureMeasure;
}

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
