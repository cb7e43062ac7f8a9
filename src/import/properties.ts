/**
 * Feature properties as plain JSON (depth-limited copy: Dates become ISO text, non-finite numbers
 * null, anything else non-JSON dropped) and the display name taken from the usual name fields.
 */
import type { JsonValue } from './types.ts';

/** Deepest property nesting copied; deeper values become the text "…". */
const MAX_PROPERTY_DEPTH = 16;
/** Longest name kept, in characters. */
const MAX_NAME_LENGTH = 200;

/** Fields tried, in order, for a feature's name (English, Vietnamese, GIS habits). */
const NAME_KEYS = ['name', 'Name', 'NAME', 'ten', 'Ten', 'TEN', 'tên', 'Tên', 'TenKCN', 'ten_kcn', 'title', 'label', 'id', 'ID'];

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

/** Plain-JSON properties of a feature (anything that is not an object gives `{}`). */
export function plainProperties(raw: unknown): { [key: string]: JsonValue } {
  const copy = toPlainJson(raw);
  return copy !== null && typeof copy === 'object' && !Array.isArray(copy) ? copy : {};
}

/** The feature's name from its properties (NFC, trimmed, clipped), or null if it has none. */
export function nameOf(props: { [key: string]: JsonValue }): string | null {
  for (const key of NAME_KEYS) {
    const v = Object.prototype.hasOwnProperty.call(props, key) ? props[key] : undefined;
    if ((typeof v === 'string' && v.trim()) || typeof v === 'number') {
      return String(v).normalize('NFC').trim().slice(0, MAX_NAME_LENGTH);
    }
  }
  return null;
}
