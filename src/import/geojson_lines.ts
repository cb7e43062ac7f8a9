/**
 * Line-delimited GeoJSON: one Feature or geometry per line (GeoJSONL, NDJSON; `.geojsonl`, `.ndjson`…, or any
 * name), or per record of a GeoJSON text sequence (RFC 8142: each record starts with the record separator
 * U+001E). Every line is read on its own: a bad line is reported by its number and skipped, the others are kept.
 * The file-wide limits hold as for one JSON text: `MAX_FEATURES` lines, `MAX_TOTAL_VERTICES` positions,
 * `MAX_JSON_DEPTH` nesting in any line.
 */
import { featureOf } from './geojson_input.ts';
import { scanJson } from './json_scan.ts';
import { findJsonFault, quoteToken } from './json_syntax.ts';
import { MAX_FEATURES, MAX_JSON_DEPTH, MAX_TOTAL_VERTICES } from './limits.ts';
import type { MessageLog } from './messages.ts';
import type { RawFeature, ReadInput } from './raw_feature.ts';

const RS = '\u001e';

/** One non-blank line (or RFC 8142 record) of the file, and the 1-based number of the line it starts on. */
interface Line {
  text: string;
  start: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The non-blank lines, or the records when the text is a sequence (split at the record separator). */
function splitLines(text: string, sequence: boolean): Line[] {
  const out: Line[] = [];
  let start = 1;
  for (const part of text.split(sequence ? RS : '\n')) {
    if (part.trim()) out.push({ text: part, start });
    start += sequence ? newlines(part) : 1;
  }
  return out;
}

/**
 * Whether `line` holds one whole JSON object: with `feature`, a GeoJSON Feature or geometry; else any object but
 * a FeatureCollection (a whole GeoJSON file on one line).
 */
function isObjectLine(line: string, feature: boolean): boolean {
  const t = line.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return false;
  try {
    const v: unknown = JSON.parse(t);
    return isRecord(v) && (feature ? featureOf(v) !== null : v['type'] !== 'FeatureCollection');
  } catch {
    return false;
  }
}

/**
 * Whether `text` is line-delimited GeoJSON: it starts with the record separator, or one of its first two lines
 * is a whole Feature or geometry object and a second line starts another object. With `named` (the extension
 * says so) one whole object, not a FeatureCollection, on one of the first two lines is enough. Cheap for a
 * plain GeoJSON file: its first line is not a whole object (`{`), or it has one line only, so nothing is parsed.
 */
export function isLineDelimited(text: string, named: boolean): boolean {
  const start = /[^\s]/.exec(text.length > 4096 ? text.slice(0, 4096) : text);
  if (start?.[0] === RS) return true;
  if (start?.[0] !== '{') return false;
  const firstLines: string[] = [];
  for (let from = start.index; from < text.length && firstLines.length < 2;) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end);
    if (line.trim()) firstLines.push(line);
    if (end < 0) break;
    from = end + 1;
  }
  if (!named && (firstLines.length < 2 || !firstLines[1]?.trim().startsWith('{'))) return false;
  return firstLines.some((line) => isObjectLine(line, !named));
}

/** Reads one line; null (logged) when it is skipped. Line numbers count from the file's start. */
function readLine({ text, start }: Line, sequence: boolean, log: MessageLog): RawFeature | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const fault = findJsonFault(text);
    if (!fault || fault.kind === 'truncated') log.add('ndjson-line-truncated', null, 'skipped-line', { line: start + newlines(text.trimEnd()) });
    else {
      // A record's first line starts after the separator, which is a column of that line.
      const column = fault.column + (sequence && fault.line === 1 ? 1 : 0);
      log.add('ndjson-line-invalid', null, 'skipped-line', { line: start + fault.line - 1, column, token: quoteToken(fault.token) });
    }
    return null;
  }
  const feature = isRecord(value) ? featureOf(value) : null;
  if (!feature) {
    const type = isRecord(value) ? value['type'] : undefined;
    const found = typeof type === 'string' ? `"${type.slice(0, 40)}"` : Array.isArray(value) ? 'array' : isRecord(value) ? '—' : typeof value;
    log.add('ndjson-line-not-geojson', null, 'skipped-line', { line: start + newlines(/^\s*/.exec(text)?.[0] ?? ''), found });
  }
  return feature;
}

/** Reads line-delimited GeoJSON text; null when the whole file is refused (the reason is logged). */
export function readGeoJsonLines(text: string, log: MessageLog): ReadInput | null {
  const sequence = /[^\s]/.exec(text.slice(0, 4096))?.[0] === RS;
  const lines = splitLines(text, sequence);
  if (lines.length > MAX_FEATURES) {
    log.add('too-many-features', null, 'refused', { count: lines.length, limit: MAX_FEATURES });
    return null;
  }
  let positions = 0;
  for (const { text: t } of lines) {
    const scan = scanJson(t, MAX_JSON_DEPTH);
    if (scan.depthExceeded) {
      log.add('too-deep', null, 'refused', { limit: MAX_JSON_DEPTH });
      return null;
    }
    positions += scan.positions;
  }
  if (positions > MAX_TOTAL_VERTICES) {
    log.add('too-many-vertices', null, 'refused', { count: positions, limit: MAX_TOTAL_VERTICES });
    return null;
  }
  log.add(sequence ? 'geojson-seq-read' : 'ndjson-read', null, 'none', { count: lines.length });
  const features: RawFeature[] = [];
  for (const line of lines) {
    const feature = readLine(line, sequence, log);
    if (feature) features.push(feature);
  }
  return { features, declared: null, unreadable: lines.length - features.length };
}
