/** Small helpers for showing data texts and links in the UI language. */
import type { Bilingual, Lang } from '../../domain/zone.ts';

/** The text in the UI language (Vietnamese is always present as a fallback). */
export function tx(b: Bilingual, lang: Lang): string {
  return (lang === 'en' ? b.en : b.vi) || b.vi;
}

/** Only http(s) URLs may become link targets; anything else yields null. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** The host name of a URL for a compact source label. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
