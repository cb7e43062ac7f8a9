/**
 * Number and date formatting for display, in Vietnamese or English. Pure; uses `Intl.NumberFormat`
 * with the CLDR conventions of each language (vi-VN: "." thousands, "," decimals).
 */
import type { Lang } from './zone.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** No-break space between a number and its unit, so "ha" never wraps onto its own line. */
export const UNIT_SPACE = '\u00a0';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, signed: boolean, percent: boolean): Intl.NumberFormat {
  const key = `${lang}|${digits}|${signed}|${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      // 'exceptZero' also drops the sign of values that round to zero (no "-0,00").
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, f);
  }
  return f;
}

/** Square metres → hectares (1 ha = 10,000 m²). */
export function squareMetresToHectares(m2: number): number {
  return m2 / 10_000;
}

/** Hectares rounded to 0.01 ha, the precision at which areas are shown and compared. */
export function roundHectares(ha: number): number {
  return Math.round(ha * 100) / 100;
}

/**
 * An area in hectares with its unit: `formatHa(4334, 'vi')` → "4.334,00 ha",
 * `formatHa(4334, 'en')` → "4,334.00 ha" (the space is a no-break space, `UNIT_SPACE`).
 * `digits` fraction digits, 2 (0.01 ha) by default.
 */
export function formatHa(ha: number, lang: Lang, digits = 2): string {
  return `${numberFormat(lang, digits, false, false).format(ha)}${UNIT_SPACE}ha`;
}

/**
 * A published area with the decimals its source gives (at most 2): 217 → "217 ha", 53.9 → "53,9 ha", never "217,00 ha",
 * which would claim a precision the figure does not have.
 */
export function formatPublishedHa(ha: number, lang: Lang): string {
  const decimals = Math.min(2, (String(ha).split('.')[1] ?? '').length);
  return formatHa(ha, lang, decimals);
}

/** An area given in m², shown in hectares: `formatM2AsHa(20_000, 'en')` → "2.00 ha". */
export function formatM2AsHa(m2: number, lang: Lang, digits = 2): string {
  return formatHa(squareMetresToHectares(m2), lang, digits);
}

/**
 * A signed difference in hectares: "+12,34 ha" / "-12.34 ha"; zero (after rounding) has no sign.
 */
export function formatDiffHa(diffHa: number, lang: Lang, digits = 2): string {
  return `${numberFormat(lang, digits, true, false).format(diffHa)}${UNIT_SPACE}ha`;
}

/**
 * A signed percentage, `pct` given in percent (0.41 means 0.41 %): vi "+0,41%", en "+0.41%".
 * Follows CLDR for both languages, which writes no space before "%"; zero has no sign.
 */
export function formatSignedPct(pct: number, lang: Lang, digits = 2): string {
  return numberFormat(lang, digits, true, true).format(pct / 100);
}

/** A distance in kilometres with its unit: vi "4,6 km", en "4.6 km" (no-break space). */
export function formatKm(km: number, lang: Lang, digits = 1): string {
  return `${numberFormat(lang, digits, false, false).format(km)}${UNIT_SPACE}km`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * vi: "2020", "06/2020", "12/06/2020"; en: "2020", "Jun 2020", "12 Jun 2020".
 * Text that is not such a date (or has an impossible month/day) is returned unchanged.
 */
export function formatPartialDate(date: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, year = '', month, day] = m;
  if (month === undefined) return year;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return date;
  if (day !== undefined) {
    const daysInMonth = new Date(Date.UTC(Number(year), monthIndex + 1, 0)).getUTCDate();
    if (Number(day) < 1 || Number(day) > daysInMonth) return date;
  }
  if (lang === 'vi') return day === undefined ? `${month}/${year}` : `${day}/${month}/${year}`;
  const monthName = EN_MONTHS[monthIndex] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/**
 * A source's title without the date it ends with when that is the source's own date ("Tiền Phong, 2026-01-19" with
 * date 2026-01-19 → "Tiền Phong"), for lines that show the date themselves, in the reader's format, right after it.
 */
export function titleWithoutOwnDate(title: string, date: string | null): string {
  if (date === null) return title;
  const suffix = `, ${date}`;
  return title.endsWith(suffix) && title.length > suffix.length ? title.slice(0, -suffix.length) : title;
}
