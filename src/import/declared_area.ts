/**
 * Areas a file declares in its properties (`dien_tich`, `DienTich`, `area_ha`, `Shape_Area`…), read as numbers
 * in hectares: decimal comma or point, thousands separators, a unit in the key or after the number (`12,5 ha`,
 * `125.000 m2`). Where neither says the unit, or a lone separator could be either (`4.500`: 4.5 or 4,500), the
 * reading nearer the measured area is taken, and the result says it was a guess.
 */
import type { JsonValue } from './types.ts';

/** Keys (lower case, no diacritics, letters and digits only) that hold an area, most specific first, with their unit if the key says it. */
const AREA_KEYS: ReadonlyArray<readonly [string, DeclaredUnit | null]> = [
  ['dientichha', 'ha'], ['dtichha', 'ha'], ['areaha', 'ha'], ['hectares', 'ha'], ['hectare', 'ha'], ['ha', 'ha'], ['dtha', 'ha'],
  ['dientichm2', 'm2'], ['aream2', 'm2'], ['aream', 'm2'], ['sqm', 'm2'], ['shapearea', 'm2'], ['dtm2', 'm2'],
  ['dientich', null], ['dtich', null], ['area', null], ['dt', null],
];

export type DeclaredUnit = 'ha' | 'm2';

/** An area found in a feature's properties. */
export interface DeclaredArea {
  /** The property's key, as in the file. */
  key: string;
  /** The value as in the file, shown back to the user (text, at most 40 characters). */
  raw: string;
  /** The figure in hectares. */
  ha: number;
  unit: DeclaredUnit;
  /** True when the unit was not named or the number could be read two ways, and the nearer reading was taken. */
  guessed: boolean;
}

const keyForm = (k: string): string => k.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * A number written the Vietnamese or the English way: `12,5` and `12.5`; `1.234,5` and `1,234.5`; `1.250.000` and
 * `1,250,000` (a separator that repeats in groups of three is for thousands). A lone separator is the decimal one,
 * so `125.000` reads 125. NaN when the text is not one number.
 */
export function parseLocaleNumber(text: string): number {
  const t = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^[+-]?[\d.,]+$/.test(t) || !/\d/.test(t)) return NaN;
  const lastDot = t.lastIndexOf('.');
  const lastComma = t.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    const thousands = dec === '.' ? ',' : '.';
    if (t.indexOf(dec) !== t.lastIndexOf(dec)) return NaN;
    normal = t.split(thousands).join('').replace(dec, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    const parts = sep ? t.split(sep) : [t];
    // Several separators, or groups of exactly three after 1–3 digits, repeated: thousands. One separator: decimal.
    const grouped = parts.length > 2 && parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? '').replace(/^[+-]/, '').length <= 3;
    if (parts.length > 2 && !grouped) return NaN;
    normal = grouped ? parts.join('') : parts.join('.');
  }
  const n = Number(normal);
  return Number.isFinite(n) ? n : NaN;
}

/** The readings of a number: one, or two when a lone separator is followed by exactly three digits (`4.500`, `4,500`). */
export function localeReadings(text: string): number[] {
  const n = parseLocaleNumber(text);
  if (!Number.isFinite(n)) return [];
  const t = text.trim();
  return /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/.test(t) ? [n, parseLocaleNumber(t.replace(/[.,]/, ''))] : [n];
}

/** A value as its readings and unit: numbers as they are; text like `12,5 ha`, `1.250 m²`, `3 héc-ta`. */
function readValue(v: JsonValue): { ns: number[]; unit: DeclaredUnit | null } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { ns: [v], unit: null } : null;
  if (typeof v !== 'string' || v.length > 40) return null;
  const m = /^\s*([+-]?[\d.,\s\u00a0\u202f]*\d)\s*(ha|hecta|héc-ta|hec|m2|m²|sqm|m\^2)?\s*$/i.exec(v);
  if (!m) return null;
  const ns = localeReadings(m[1] ?? '');
  if (ns.length === 0) return null;
  const u = m[2]?.toLowerCase();
  return { ns, unit: u === undefined ? null : /^(ha|hecta|héc-ta|hec)$/.test(u) ? 'ha' : 'm2' };
}

/**
 * The area the properties declare, in hectares, or null when none is found (or it is not a positive number).
 * `measuredHa` decides the unit when neither the key nor the value names it.
 */
export function declaredArea(props: { readonly [key: string]: JsonValue } | null, measuredHa: number): DeclaredArea | null {
  if (!props) return null;
  const byForm = new Map<string, string>();
  for (const key of Object.keys(props)) if (!byForm.has(keyForm(key))) byForm.set(keyForm(key), key);
  for (const [form, keyUnit] of AREA_KEYS) {
    const key = byForm.get(form);
    if (key === undefined) continue;
    const raw = props[key];
    const value = raw === undefined ? null : readValue(raw);
    if (!value) continue;
    const unit = value.unit ?? keyUnit;
    const options = value.ns.filter((n) => n > 0).flatMap((n) => (unit ? [{ n, unit }] : [{ n, unit: 'ha' as const }, { n, unit: 'm2' as const }]));
    if (options.length === 0) continue;
    const toHa = (o: { n: number; unit: DeclaredUnit }): number => (o.unit === 'ha' ? o.n : o.n / 10_000);
    // The reading nearer the measured area, on a log scale (ha and m² differ by 10,000×); the first when none is measured.
    const far = (o: { n: number; unit: DeclaredUnit }): number => (measuredHa > 0 ? Math.abs(Math.log(toHa(o) / measuredHa)) : 0);
    const best = options.reduce((a, b) => (far(b) < far(a) ? b : a));
    return { key, raw: String(raw).slice(0, 40), ha: toHa(best), unit: best.unit, guessed: options.length > 1 };
  }
  return null;
}
