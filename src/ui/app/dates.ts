/** Dates the printouts carry: the data's (its newest check) and today's, in the UI language. */
import { formatPartialDate } from '../../domain/format.ts';
import type { Lang, ZoneFeature } from '../../domain/zone.ts';

/** The date of the newest check among the features (`updated`), shown as the data's date. */
export function dataDate(zones: readonly ZoneFeature[], lang: Lang): string {
  const newest = zones.reduce((m, z) => (z.properties.updated > m ? z.properties.updated : m), '');
  return newest ? formatPartialDate(newest, lang) : '—';
}

/** Today's date in the UI language. */
export function today(lang: Lang): string {
  return new Date().toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
