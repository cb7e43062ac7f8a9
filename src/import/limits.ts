/**
 * Limits of the import pipeline. Files beyond them are refused with a message, never half-read:
 * they keep a 2-core laptop's worker within a few seconds and a few hundred MB.
 */

/**
 * One megabyte as file managers count it: decimal, 1 MB = 1,000,000 bytes. Limits are set and sizes are
 * shown in this one unit, so "50 MB" in a message is the 50 MB a user sees beside the file on their disk.
 */
const BYTES_PER_MB = 1_000_000;

/** Largest file accepted, in bytes (50 MB). */
export const MAX_IMPORT_BYTES = 50 * BYTES_PER_MB;

/** Largest total of uncompressed bytes read from a KMZ or zipped Shapefile (150 MB). */
export const MAX_UNZIPPED_BYTES = 150 * BYTES_PER_MB;

/**
 * A byte count in decimal MB for messages, rounded up to 0.1 MB, so that a file just over a limit is never
 * shown as equal to it (50,000,001 bytes → 50.1).
 */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / BYTES_PER_MB) * 10 - 1e-9) / 10;
}

/** Most features in one file. */
export const MAX_FEATURES = 50_000;

/** Most positions in one feature (a feature travels to the page in one message; this keeps it short). */
export const MAX_VERTICES_PER_FEATURE = 250_000;

/** Most positions (JSON arrays, counted before parsing) in one file. */
export const MAX_TOTAL_VERTICES = 4_000_000;

/** Deepest JSON nesting accepted (a MultiPolygon FeatureCollection needs 7; properties get the rest). */
export const MAX_JSON_DEPTH = 64;

/** Per message code, how many messages are listed before the rest are summarised in one. */
export const MAX_MESSAGES_PER_CODE = 20;

/** Rough bounding box of Vietnam, degrees (lon 102.1–109.5 E, lat 8.1–23.4 N; includes the coast). */
export const VIETNAM_BBOX = { west: 102.1, south: 8.1, east: 109.5, north: 23.4 } as const;

/** Deepest XML element nesting accepted in KML (folders inside folders included). */
export const MAX_XML_DEPTH = 100;
