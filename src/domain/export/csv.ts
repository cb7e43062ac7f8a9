/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel shows Vietnamese correctly), CRLF line
 * ends and RFC 4180 quoting. Text cells that start like a formula (= + - @) get a leading
 * apostrophe, so a name from data can never run as a spreadsheet formula.
 */
import { areasOf } from '../area.ts';
import { comparesToOfficial, hasFootprint } from '../area_use.ts';
import type { Lang, SourceRef, ZoneFeature } from '../zone.ts';

/** One CSV cell value; numbers are written with a dot decimal separator, null/undefined as empty. */
export type CsvValue = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvValue>;

/** One value as a CSV cell: RFC 4180 quoting, and a leading apostrophe on text that starts like a formula. */
export function csvCell(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text with BOM. Columns are `columns` if given, else the keys of the rows in first-seen order;
 * the header row uses the column keys.
 */
export function zonesToCsv(rows: readonly CsvRow[], columns?: readonly string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const lines = [cols.map(csvCell).join(','), ...rows.map((r) => cols.map((c) => csvCell(r[c])).join(','))];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

/** A source as one line of text: title, date (or "undated") and address when there is one. */
export function sourceText(src: SourceRef): string {
  return `${src.title} (${src.date ?? 'undated'})${src.url ? ` ${src.url}` : ''}`;
}

/**
 * The area table of shipped zones as CSV rows: identity, stage, official area with its source,
 * and the three computed areas in hectares (VN-2000 TM-3 105°30′, WGS84 ellipsoid, Turf sphere),
 * rounded to 0.01 ha — empty for a location-only feature, which has no footprint — whether the shape
 * was drawn to its official size, and VN-2000 − official only where that difference means something.
 */
export function zoneCsvRows(features: readonly ZoneFeature[], lang: Lang): CsvRow[] {
  return features.map((f) => {
    const p = f.properties;
    const a = hasFootprint(p) ? areasOf(f.geometry) : null;
    const vn2000Ha = a ? round2(a.vn2000M2 / 10_000) : null;
    return {
      id: p.id,
      kind: p.kind,
      name: p.name[lang] || p.name.vi,
      stage: p.stage,
      official_area_ha: p.official_area_ha,
      area_source: p.area_source ? sourceText(p.area_source) : null,
      vn2000_tm3_ha: vn2000Ha,
      ellipsoidal_ha: a ? round2(a.ellipsoidalM2 / 10_000) : null,
      turf_ha: a ? round2(a.turfM2 / 10_000) : null,
      shape_sized_to_official: p.shape_sized_to_official,
      diff_vn2000_minus_official_ha: vn2000Ha !== null && p.official_area_ha !== null && comparesToOfficial(p) ? round2(vn2000Ha - p.official_area_ha) : null,
      geometry_quality: p.geometry_quality,
      position_uncertainty_m: p.position_uncertainty_m,
      new_communes: p.new_communes[lang] || p.new_communes.vi,
      updated: p.updated,
    };
  });
}
