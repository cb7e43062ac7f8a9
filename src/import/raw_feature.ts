/** The common output of every format reader: untrusted features, before validation. */
import type { DeclaredCrs } from './crs.ts';
import type { MetresHint } from './types.ts';

/** One feature as read from the file: geometry and properties still unchecked. */
export interface RawFeature {
  geometry: unknown;
  properties: unknown;
  /** The feature's own id, if the format has one (GeoJSON `id`, KML `id` attribute). */
  id?: unknown;
}

/** What a reader found: the features, and the coordinate system the file declares, if any. */
export interface ReadInput {
  features: RawFeature[];
  declared: DeclaredCrs | null;
  /** Set when the reader already converted grid metres to WGS84 (a Shapefile .prj): which grid. */
  convertedFrom?: MetresHint;
  /** Records that could not be read at all (bad lines of line-delimited GeoJSON): counted as input, and skipped. */
  unreadable?: number;
}
