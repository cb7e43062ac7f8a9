/**
 * Format dispatch by content first: zip archives (Shapefile or KMZ) by their magic bytes, text by its
 * first character (JSON — one text, or one feature per line — or markup: KML or a saved web page). The file
 * name's extension only breaks ties (text that is neither, a one-line GeoJSONL file); when the content
 * contradicts it, the content wins and a note says so.
 */
import { decodeText, isZip, sniffMarkup, sniffText } from './decode.ts';
import { readGeoJson } from './geojson_input.ts';
import { isLineDelimited, readGeoJsonLines } from './geojson_lines.ts';
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

/** Extensions of line-delimited GeoJSON (GeoJSONL, NDJSON, JSON Lines, RFC 8142 sequences). */
const LINE_EXTENSIONS = new Set(['geojsonl', 'geojsons', 'geojsonseq', 'ndjson', 'jsonl']);

/** Extensions usual for each kind of content; another extension on that content earns a note. */
const USUAL_EXTENSIONS = {
  KML: new Set(['kml', 'xml']),
  GeoJSON: new Set(['json', 'geojson', ...LINE_EXTENSIONS]),
};

function extensionOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName);
  return m?.[1]?.toLowerCase() ?? '';
}

/**
 * Notes that the content, not the name, decided the format (a KML saved as `.geojson`) — once it was read as
 * that format: content that turned out broken gets its own message instead.
 */
function byContent(format: keyof typeof USUAL_EXTENSIONS, ext: string, input: ReadInput | null, log: MessageLog): ReadInput | null {
  if (input && ext && !USUAL_EXTENSIONS[format].has(ext)) log.add('format-by-content', null, 'none', { ext: ext.slice(0, 20), format });
  return input;
}

function refuseWebPage(log: MessageLog): Dispatched {
  log.add('html-page', null, 'refused');
  return { format: 'unknown', input: null };
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

/** Text that is not UTF-8 or UTF-16: markup may still be a web page or a KML declaring a legacy encoding. */
function readUndecodable(bytes: Uint8Array, ext: string, fileName: string, badByteOffset: number, log: MessageLog): Dispatched {
  const head = String.fromCharCode(...bytes.subarray(0, 4096));
  const lt = /[^\s]/.exec(head);
  if (lt?.[0] === '<' && sniffMarkup(head.slice(lt.index)) === 'html') return refuseWebPage(log);
  if (lt?.[0] === '<' || ext === 'kml') return { format: 'kml', input: readKml(bytes, log) };
  if (ext !== 'json' && ext !== 'geojson' && bytes.subarray(0, 1024).includes(0)) {
    log.add('unknown-format', null, 'refused', { fileName: fileName.slice(0, 80) });
    return { format: 'unknown', input: null };
  }
  log.add('encoding-invalid', null, 'refused', { offset: badByteOffset });
  return { format: ext === 'kml' ? 'kml' : 'geojson', input: null };
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
  if (!decoded.ok) return readUndecodable(bytes, ext, fileName, decoded.badByteOffset, log);
  const kind = sniffText(decoded.text);
  if (kind === 'empty') {
    log.add('empty-file', null, 'refused');
    return { format: ext === 'kml' ? 'kml' : ext === 'json' || ext === 'geojson' ? 'geojson' : 'unknown', input: null };
  }
  if (kind === 'html') return refuseWebPage(log);
  if (kind === 'xml') return { format: 'kml', input: byContent('KML', ext, readKml(bytes, log), log) };
  if (kind === 'json-seq' || (kind === 'json' && isLineDelimited(decoded.text, LINE_EXTENSIONS.has(ext)))) {
    if (decoded.utf16) log.add('encoding-utf16', null, 'converted');
    return { format: 'geojson', input: byContent('GeoJSON', ext, readGeoJsonLines(decoded.text, log), log) };
  }
  if (kind === 'json' || ext === 'json' || ext === 'geojson') {
    if (decoded.utf16) log.add('encoding-utf16', null, 'converted');
    const input = readGeoJson(decoded.text, log);
    return { format: 'geojson', input: kind === 'json' ? byContent('GeoJSON', ext, input, log) : input };
  }
  if (ext === 'kml') {
    log.add('kml-invalid', null, 'refused');
    return { format: 'kml', input: null };
  }
  log.add('unknown-format', null, 'refused', { fileName: fileName.slice(0, 80) });
  return { format: 'unknown', input: null };
}
