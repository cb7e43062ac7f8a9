/**
 * Format dispatch: zip archives (Shapefile or KMZ) by their magic bytes, text by its first
 * character (JSON or XML), the file name's extension only as a tie-breaker.
 */
import { decodeText, isZip, sniffText } from './decode.ts';
import { readGeoJson } from './geojson_input.ts';
import { readKml, readKmz } from './kml_input.ts';
import type { MessageLog } from './messages.ts';
import type { ReadInput } from './raw_feature.ts';
import { hasShp, readShapefileZip } from './shapefile_input.ts';
import type { DetectedFormat } from './types.ts';
import { readZip } from './zip.ts';

/** The reader's outcome: the recognised format and the features, or null input when refused. */
export interface Dispatched {
  format: DetectedFormat;
  input: ReadInput | null;
}

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

function readArchive(bytes: Uint8Array, log: MessageLog): Dispatched {
  const listing = readZip(bytes, () => false, 0);
  if (!listing.ok) {
    log.add('zip-invalid', null, 'refused');
    return { format: 'unknown', input: null };
  }
  if (hasShp(listing.names)) return { format: 'shapefile', input: readShapefileZip(bytes, log) };
  if (listing.names.some((n) => /\.kml$/i.test(n))) return { format: 'kmz', input: readKmz(bytes, log) };
  log.add('zip-no-data', null, 'refused');
  return { format: 'unknown', input: null };
}

/** Reads any supported file; every refusal is logged. */
export function readInput(bytes: Uint8Array, fileName: string, log: MessageLog): Dispatched {
  const ext = extensionOf(fileName);
  if (isZip(bytes)) return readArchive(bytes, log);
  if (ext === 'shp' || ext === 'dbf' || ext === 'shx') {
    log.add('shp-needs-zip', null, 'refused');
    return { format: 'shapefile', input: null };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    if (bytes[0] === 0x3c || ext === 'kml') return { format: 'kml', input: readKml(bytes, log) };
    if (ext !== 'json' && ext !== 'geojson' && bytes.subarray(0, 1024).includes(0)) {
      log.add('unknown-format', null, 'refused', { fileName: fileName.slice(0, 80) });
      return { format: 'unknown', input: null };
    }
    log.add('encoding-invalid', null, 'refused', { offset: decoded.badByteOffset });
    return { format: ext === 'kml' ? 'kml' : 'geojson', input: null };
  }
  const kind = sniffText(decoded.text);
  if (kind === 'empty') {
    log.add('empty-file', null, 'refused');
    return { format: ext === 'kml' ? 'kml' : ext === 'json' || ext === 'geojson' ? 'geojson' : 'unknown', input: null };
  }
  if (kind === 'xml' && ext !== 'json' && ext !== 'geojson') return { format: 'kml', input: readKml(bytes, log) };
  if (kind === 'json' || ext === 'json' || ext === 'geojson') {
    if (decoded.utf16) log.add('encoding-utf16', null, 'converted');
    return { format: 'geojson', input: readGeoJson(decoded.text, log) };
  }
  if (ext === 'kml') {
    log.add('kml-invalid', null, 'refused');
    return { format: 'kml', input: null };
  }
  log.add('unknown-format', null, 'refused', { fileName: fileName.slice(0, 80) });
  return { format: 'unknown', input: null };
}
