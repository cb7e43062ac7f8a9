/**
 * Feature properties as plain JSON — for GeoJSON exactly what the file holds (key order, values, nesting); for
 * KML and Shapefile attributes Dates become ISO text and non-finite numbers null — and the display name taken
 * from the usual name fields.
 */
import { MAX_JSON_DEPTH } from './limits.ts';
import type { JsonValue } from './types.ts';

/**
 * Deepest property nesting copied; deeper values become the text "…". JSON deeper than `MAX_JSON_DEPTH` is
 * refused before it is parsed, so a GeoJSON file's properties are never cut.
 */
const MAX_PROPERTY_DEPTH = MAX_JSON_DEPTH;

/** Characters that show nothing: controls, format characters (zero-width, bidi marks), spaces, Hangul fillers. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Z}ᅟᅠㅤﾠ]/gu;
/** Longest name kept, in characters. */
const MAX_NAME_LENGTH = 200;

/** Fields tried, in order, for a feature's name (English, Vietnamese, GIS habits). */
const NAME_KEYS = [
  'name', 'Name', 'NAME', 'ten', 'Ten', 'TEN', 'tên', 'Tên', 'TenKCN', 'ten_kcn', 'ten_lo', 'TenLo', 'title', 'label',
  'ma_lo', 'MaLo', 'MA_LO', 'so_lo', 'SoLo', 'SO_LO', 'id', 'ID',
];

/** A plain-JSON copy of `value`. */
export function toPlainJson(value: unknown, depth = 0): JsonValue | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (typeof value !== 'object') return undefined;
  if (depth >= MAX_PROPERTY_DEPTH) return '…';
  if (Array.isArray(value)) return value.map((v) => toPlainJson(v, depth + 1) ?? null);
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value)) {
    const copy = toPlainJson(v, depth + 1);
    if (copy !== undefined) Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Plain-JSON properties of a feature; null when the file gives none (missing, `null`, or not an object). */
export function plainProperties(raw: unknown): { [key: string]: JsonValue } | null {
  const copy = toPlainJson(raw);
  return copy !== null && typeof copy === 'object' && !Array.isArray(copy) ? copy : null;
}

/**
 * The feature's name from its properties (NFC, trimmed, clipped), or null if it has none. A name made only of
 * characters that show nothing (zero-width spaces, bidi marks, blanks) counts as none.
 */
export function nameOf(props: { [key: string]: JsonValue } | null): string | null {
  if (!props) return null;
  for (const key of NAME_KEYS) {
    const v = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const text = String(v).normalize('NFC');
    if (!text.replace(INVISIBLE, '')) continue;
    return text.trim().slice(0, MAX_NAME_LENGTH);
  }
  return null;
}
