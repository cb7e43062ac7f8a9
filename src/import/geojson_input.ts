/**
 * GeoJSON text → raw features. Refuses, with a message, what is not GeoJSON: broken JSON (saying at which
 * line and column, and why: `json_syntax.ts`), truncated JSON, too deep or too many positions (checked by a
 * linear scan before `JSON.parse`), TopoJSON, Esri JSON, JSON of another kind, and more than `MAX_FEATURES`
 * features.
 */
import { crsFromGeoJsonMember } from './crs.ts';
import { scanJson } from './json_scan.ts';
import { displayToken, findJsonFault, quoteToken, type JsonFault, type JsonFaultKind } from './json_syntax.ts';
import { MAX_FEATURES, MAX_JSON_DEPTH, MAX_TOTAL_VERTICES } from './limits.ts';
import type { MessageCode, MessageLog } from './messages.ts';
import type { RawFeature, ReadInput } from './raw_feature.ts';

const GEOMETRY_TYPES = new Set([
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection',
]);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Esri JSON (ArcGIS REST / FeatureSet): `features[].attributes`, `geometry.rings`, `spatialReference`. */
function isEsriJson(root: Record<string, unknown>): boolean {
  if ('spatialReference' in root || 'geometryType' in root || 'rings' in root) return true;
  const features = root['features'];
  if (!Array.isArray(features) || features.length === 0) return false;
  const first: unknown = features[0];
  if (!isRecord(first)) return false;
  const geom = first['geometry'];
  return 'attributes' in first || (isRecord(geom) && ('rings' in geom || 'paths' in geom || 'x' in geom));
}

/** Parses JSON text, refusing (logged) on every failure. */
function parseJson(text: string, log: MessageLog): unknown {
  const scan = scanJson(text, MAX_JSON_DEPTH);
  if (scan.depthExceeded) {
    log.add('too-deep', null, 'refused', { limit: MAX_JSON_DEPTH });
    return undefined;
  }
  if (scan.positions > MAX_TOTAL_VERTICES) {
    log.add('too-many-vertices', null, 'refused', { count: scan.positions, limit: MAX_TOTAL_VERTICES });
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    if (err instanceof RangeError) log.add('too-deep', null, 'refused', { limit: MAX_JSON_DEPTH });
    else logJsonFault(findJsonFault(text), text, log);
    return undefined;
  }
}

/** Message code of each kind of JSON fault that has a line and column. */
const FAULT_CODES = {
  'syntax': 'json-syntax', 'missing-comma': 'json-missing-comma', 'comment': 'json-comment',
  'trailing-comma': 'json-trailing-comma', 'non-finite': 'json-non-finite', 'single-quote': 'json-single-quote',
  'unquoted-key': 'json-unquoted-key',
} as const satisfies Record<Exclude<JsonFaultKind, 'not-json' | 'truncated'>, MessageCode>;

/** Refuses text that `JSON.parse` rejected, saying where and why (`fault` null: the scan found nothing). */
function logJsonFault(fault: JsonFault | null, text: string, log: MessageLog): void {
  if (fault?.kind === 'truncated') log.add('json-truncated', null, 'refused');
  else if (!fault || fault.kind === 'not-json') {
    log.add('not-json', null, 'refused', { found: fault?.token ?? displayToken(text.trimStart().split('\n', 1)[0] ?? '') });
  } else log.add(FAULT_CODES[fault.kind], null, 'refused', { line: fault.line, column: fault.column, token: quoteToken(fault.token) });
}

/** A root that is one Feature or one bare geometry as a raw feature, else null (also used per line of GeoJSONL). */
export function featureOf(root: Record<string, unknown>): RawFeature | null {
  const type = root['type'];
  if (type === 'Feature') return { geometry: root['geometry'] ?? null, properties: root['properties'], id: root['id'] };
  if (typeof type === 'string' && GEOMETRY_TYPES.has(type)) return { geometry: root, properties: null };
  return null;
}

/** Reads GeoJSON text; returns null when the file is refused (the reason is logged). */
export function readGeoJson(text: string, log: MessageLog): ReadInput | null {
  const root = parseJson(text, log);
  if (root === undefined) return null;
  if (!isRecord(root)) {
    log.add('not-geojson', null, 'refused', { found: Array.isArray(root) ? 'array' : typeof root });
    return null;
  }
  const type = root['type'];
  if (type === 'Topology') {
    log.add('topojson', null, 'refused');
    return null;
  }
  if (typeof type !== 'string' && isEsriJson(root)) {
    log.add('esri-json', null, 'refused');
    return null;
  }
  let features: RawFeature[];
  const single = featureOf(root);
  if (type === 'FeatureCollection' && Array.isArray(root['features'])) {
    const list = root['features'] as unknown[];
    if (list.length > MAX_FEATURES) {
      log.add('too-many-features', null, 'refused', { count: list.length, limit: MAX_FEATURES });
      return null;
    }
    features = list.map((f) => (isRecord(f) ? { geometry: f['geometry'] ?? null, properties: f['properties'], id: f['id'] } : { geometry: null, properties: null }));
  } else if (single) {
    features = [single];
  } else {
    const found = typeof type === 'string' ? `"${type.slice(0, 40)}"` : '—';
    log.add('not-geojson', null, 'refused', { found });
    return null;
  }
  return { features, declared: crsFromGeoJsonMember(root['crs']) };
}
