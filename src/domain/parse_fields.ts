/**
 * Field readers shared by the data parsers (`zone_parser.ts`, `plan.ts`). Each reader checks one
 * untrusted value, reports what is wrong to a sink, and returns the typed value or `undefined`.
 */
import type { Bilingual, PartialDate, SourceRef, Sourced } from './zone.ts';

/** Where readers report problems; `field` is a property path such as `area_source.url`. */
export interface ProblemSink {
  error(field: string, message: string): void;
  warn(field: string, message: string): void;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;
/** Lower-case ASCII words joined by single hyphens, e.g. `an-nghiep`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a plain (non-array) object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when the string is a valid `PartialDate` naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

/** True for an absolute http: or https: URL (rejects javascript:, data:, relative URLs, spaces). */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** True for an ASCII slug such as `ccn-xay-da-b`. */
export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** Reads a non-empty, NFC-normalised string. */
export function readText(v: unknown, field: string, sink: ProblemSink): string | undefined {
  if (typeof v !== 'string') return void sink.error(field, `expected a string, got ${describe(v)}`);
  if (v.trim() === '') return void sink.error(field, 'must not be empty');
  if (v !== v.normalize('NFC')) return void sink.error(field, 'text is not in Unicode NFC');
  return v;
}

/** Reads a `{vi, en}` text; both languages required, non-empty and NFC. */
export function readBilingual(v: unknown, field: string, sink: ProblemSink): Bilingual | undefined {
  if (!isRecord(v)) return void sink.error(field, `expected {vi, en}, got ${describe(v)}`);
  const vi = readText(v.vi, `${field}.vi`, sink);
  const en = readText(v.en, `${field}.en`, sink);
  return vi !== undefined && en !== undefined ? { vi, en } : undefined;
}

/** Reads `null` or a `{vi, en}` text. The outer `undefined` means "invalid". */
export function readBilingualOrNull(v: unknown, field: string, sink: ProblemSink): Bilingual | null | undefined {
  return v === null ? null : readBilingual(v, field, sink);
}

/** Reads a `PartialDate`. */
export function readDate(v: unknown, field: string, sink: ProblemSink): PartialDate | undefined {
  if (typeof v !== 'string' || !isPartialDate(v)) return void sink.error(field, `expected a date YYYY, YYYY-MM or YYYY-MM-DD, got ${describe(v)}`);
  return v;
}

/** Reads an http(s) URL. */
export function readUrl(v: unknown, field: string, sink: ProblemSink): string | undefined {
  if (typeof v !== 'string' || !isHttpUrl(v)) return void sink.error(field, `expected an http(s) URL, got ${describe(v)}`);
  return v;
}

/** Reads a finite number within [min, max]. */
export function readNumber(v: unknown, field: string, sink: ProblemSink, min: number, max: number): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v)) return void sink.error(field, `expected a number, got ${describe(v)}`);
  if (v < min || v > max) return void sink.error(field, `${v} is outside ${min}–${max}`);
  return v;
}

/** Reads `null` (undated) or a `PartialDate`. The outer `undefined` means "invalid". */
export function readDateOrNull(v: unknown, field: string, sink: ProblemSink): PartialDate | null | undefined {
  return v === null ? null : readDate(v, field, sink);
}

/** Reads `null` (no recorded address) or an http(s) URL. The outer `undefined` means "invalid". */
export function readUrlOrNull(v: unknown, field: string, sink: ProblemSink): string | null | undefined {
  return v === null ? null : readUrl(v, field, sink);
}

/** Reads a `{url, title, date}` source reference (`url` null: no recorded address; `date` null: undated). */
export function readSource(v: unknown, field: string, sink: ProblemSink): SourceRef | undefined {
  if (!isRecord(v)) return void sink.error(field, `expected {url, title, date}, got ${describe(v)}`);
  const url = readUrlOrNull(v.url, `${field}.url`, sink);
  const title = readText(v.title, `${field}.title`, sink);
  const date = readDateOrNull(v.date, `${field}.date`, sink);
  return url !== undefined && title !== undefined && date !== undefined ? { url, title, date } : undefined;
}

/** Reads `null` or a source reference. The outer `undefined` means "invalid". */
export function readSourceOrNull(v: unknown, field: string, sink: ProblemSink): SourceRef | null | undefined {
  return v === null ? null : readSource(v, field, sink);
}

/**
 * Reads `null` ("not published") or `{value, source}`, the value read by `read`. The outer
 * `undefined` means "invalid".
 */
export function readSourcedOrNull<T>(v: unknown, field: string, sink: ProblemSink, read: (x: unknown, f: string) => T | undefined): Sourced<T> | null | undefined {
  if (v === null) return null;
  if (!isRecord(v)) return void sink.error(field, `expected {value, source} or null, got ${describe(v)}`);
  const value = read(v.value, `${field}.value`);
  const source = readSource(v.source, `${field}.source`, sink);
  return value !== undefined && source !== undefined ? { value, source } : undefined;
}

/** Reads one of a fixed set of string values. */
export function readEnum<T extends string>(v: unknown, field: string, sink: ProblemSink, allowed: readonly T[]): T | undefined {
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  return void sink.error(field, `expected one of ${allowed.join(', ')}, got ${describe(v)}`);
}

/** Short description of an untrusted value for messages (never echoes long text). */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing (missing)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'object') return 'an object';
  return String(v);
}
