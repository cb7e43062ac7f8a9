/**
 * One cell of a coordinate table as a value: a number written the Vietnamese or the English way (`1.063.245,123`,
 * `1,063,245.123`, `1063245,123`), an angle in degrees-minutes-seconds (`9°38'24,5"`, `9 38 24.5`, `9d38m24.5s`,
 * `N 9o38’24”`), a label (point name or row number), a number gone wrong (`2.412.12x`), or nothing.
 */
import { localeReadings } from '../declared_area.ts';

/** What a cell holds. */
export type CellValue =
  | { kind: 'empty' }
  /** A point name or a row number (text, or a whole number of at most 4 digits written without separators). */
  | { kind: 'label'; text: string }
  /** A plain number; `readings` has two entries when a lone separator could be decimal or thousands (`587.654`). */
  | { kind: 'number'; text: string; readings: number[] }
  /** An angle written in degrees-minutes-seconds (or degrees with a ° mark), in signed decimal degrees. */
  | { kind: 'dms'; text: string; deg: number }
  /** Looks like a number someone meant to write, but is not one (`2.412.12x`, `1063245,1,2`, `9°75'00"`). */
  | { kind: 'bad'; text: string };

/** Degree, minute and second marks as typed in Vietnamese documents (`o` and `º` stand in for `°`). */
const DEG_SIGN = String.raw`(?:°|º|˚)`;
/** Written degree marks count only when minutes follow (`105o30'`, `9d38m`), so a name like `12D` stays a name. */
const DEG_WORD = String.raw`(?:o|d|độ)`;
const MIN = String.raw`(?:'|’|′|´|m|phút)`;
const SEC = String.raw`(?:''|’’|′′|"|”|″|s|giây)`;
const NUM = String.raw`\d{1,2}(?:[.,]\d+)?`;
const HEMI = String.raw`[NSEWBĐ]`;

/** A whole cell holding degrees with a ° mark, minutes and seconds optional: `N 9°38'24,5"`, `9.6403°`. */
const DMS_SIGN = new RegExp(
  String.raw`^(${HEMI})?\s*(\d{1,3}(?:[.,]\d+)?)\s*${DEG_SIGN}\s*(?:(${NUM})\s*${MIN}\s*(?:(${NUM})\s*${SEC}?)?)?\s*([NSEW])?$`, 'iu');
/** A whole cell holding degrees with a written mark and minutes: `105o57'`, `9d38m24.5s`, `9 độ 38 phút`. */
const DMS_WORD = new RegExp(
  String.raw`^(${HEMI})?\s*(\d{1,3})\s*${DEG_WORD}\s*(${NUM})\s*${MIN}\s*(?:(${NUM})\s*${SEC}?)?\s*([NSEW])?$`, 'iu');
/** A whole cell holding degrees, minutes and seconds separated by spaces: `9 38 24.5`. */
const DMS_SPACED = /^([NSEWBĐ])?\s*(\d{1,3})\s+(\d{1,2})\s+(\d{1,2}(?:[.,]\d+)?)\s*([NSEW])?$/iu;

/**
 * Where marked degrees-minutes-seconds sit in a longer text (so that `9° 38′ 24″` stays one cell when columns are
 * separated by spaces).
 */
export const DMS_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${HEMI}\s*)?\d{1,3}(?:` +
  String.raw`(?:[.,]\d+)?\s*${DEG_SIGN}(?:\s*${NUM}\s*${MIN}(?:\s*${NUM}\s*${SEC}?)?)?` +
  String.raw`|\s*${DEG_WORD}\s*${NUM}\s*${MIN}(?:\s*${NUM}\s*${SEC}?)?)(?:\s*[NSEW](?![\p{L}]))?`, 'giu');

const toNumber = (s: string | undefined): number => (s === undefined ? 0 : Number(s.replace(',', '.')));

/** The signed angle of a DMS match, NaN when minutes or seconds are 60 or more. */
function angle(hemiBefore: string | undefined, d: string, m: string | undefined, s: string | undefined, hemiAfter: string | undefined): number {
  const min = toNumber(m);
  const sec = toNumber(s);
  if (min >= 60 || sec >= 60) return NaN;
  // Fractional degrees with minutes after them is not a DMS angle.
  if ((m !== undefined || s !== undefined) && /[.,]/.test(d)) return NaN;
  if (s !== undefined && m !== undefined && /[.,]/.test(m)) return NaN;
  const value = toNumber(d) + min / 60 + sec / 3600;
  const hemi = (hemiBefore ?? hemiAfter ?? '').toUpperCase();
  return hemi === 'S' || hemi === 'W' ? -value : value;
}

/** A whole number of at most 4 digits (a row number or a numeric point name, never a coordinate). */
export const isIntLabel = (text: string): boolean => /^\d{1,4}$/.test(text);

/** True when the text has the makings of a number: it starts like one or is mostly digits. */
function looksNumeric(text: string): boolean {
  const digits = (text.match(/\d/g) ?? []).length;
  if (/^[+\-−]?[\d.,]/.test(text) && digits >= 3) return true;
  return digits >= 5 && digits * 2 >= text.replace(/\s/g, '').length;
}

/** With both `.` and `,` in a number, the one that comes first must group thousands by three (`1.063.24,5` is not). */
function groupedRight(text: string): boolean {
  const t = text.replace(/^[+-]/, '').replace(/\s/g, '');
  if (!t.includes('.') || !t.includes(',')) return true;
  const thousands = t.lastIndexOf('.') > t.lastIndexOf(',') ? ',' : '.';
  const whole = t.slice(0, Math.max(t.lastIndexOf('.'), t.lastIndexOf(',')));
  const groups = whole.split(thousands);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** Reads one cell (already trimmed, NFC). */
export function readCell(text: string): CellValue {
  if (text === '') return { kind: 'empty' };
  // No number or angle is this long: a note, or a line too long to split.
  if (text.length > 100) return { kind: 'label', text };
  if (isIntLabel(text)) return { kind: 'label', text };
  // Spaces inside a number only as thousands separators (`1 063 245,12`), else `9 38 24.5` would be 93824.5.
  const spaced = /\s/.test(text) && !/^[+-]?\d{1,3}(?:\s\d{3})+(?:[.,]\d+)?$/.test(text);
  const readings = spaced || !groupedRight(text) ? [] : localeReadings(text.replace(/^−/, '-'));
  if (readings.length > 0) return { kind: 'number', text, readings };
  const m = DMS_SIGN.exec(text) ?? DMS_WORD.exec(text) ?? DMS_SPACED.exec(text);
  if (m) {
    const deg = angle(m[1], m[2] ?? '', m[3], m[4], m[5]);
    return Number.isFinite(deg) ? { kind: 'dms', text, deg } : { kind: 'bad', text };
  }
  return looksNumeric(text) ? { kind: 'bad', text } : { kind: 'label', text };
}

/** The decimal mark a number's text shows beyond doubt, or null (`548.800` could be either). */
function shownMark(text: string): '.' | ',' | null {
  const t = text.replace(/\s/g, '');
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  if (dots && commas) return t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
  if (dots > 1) return ',';
  if (commas > 1) return '.';
  if (!dots && !commas) return null;
  // One mark after 1–3 digits and before exactly 3 is the only doubtful case (`548.800`, `4,500`).
  return /^[+-]?\d{1,3}[.,]\d{3}$/.test(t) ? null : dots ? '.' : ',';
}

/**
 * The decimal mark of a table: the one its numbers show beyond doubt, when they all agree; else null. With it,
 * `679.533` in a table of `1066400.125` is a side of 679.533 m, and `548.800` in a table of `1.066.400,125` is 548,800.
 */
export function tableDecimalMark(values: readonly CellValue[]): '.' | ',' | null {
  const seen = new Set<'.' | ','>();
  for (const v of values) {
    const m = v.kind === 'number' ? shownMark(v.text) : null;
    if (m) seen.add(m);
  }
  return seen.size === 1 ? [...seen][0] ?? null : null;
}

/** A number read with the table's decimal mark: of its two readings, the one that mark gives. */
export function withDecimalMark(v: CellValue, mark: '.' | ',' | null): CellValue {
  if (v.kind !== 'number' || v.readings.length < 2 || mark === null) return v;
  const decimal = v.text.includes(mark);
  return { ...v, readings: [v.readings[decimal ? 0 : 1] ?? NaN] };
}

/** The first reading within [min, max], or null. */
export function readingIn(readings: readonly number[], min: number, max: number): number | null {
  return readings.find((r) => r >= min && r <= max) ?? null;
}
