/**
 * How sources are shown: a link (http(s) only, new tab, no opener) or plain text for a source without
 * a recorded address, and its date — "undated" for a page that carries none, never a guessed year.
 */
import type { ComponentChildren } from 'preact';
import { formatPartialDate, titleWithoutOwnDate } from '../../domain/format.ts';
import type { Lang, PartialDate, SourceRef } from '../../domain/zone.ts';
import { tZones } from './strings.ts';
import { hostOf, safeHref } from '../app/text.ts';

/** A link to a source; a missing or unsafe address is shown as plain text. */
export function SourceLink({ url, children }: { url: string | null; children?: ComponentChildren }) {
  const href = url === null ? null : safeHref(url);
  const label = children ?? (url === null ? '' : hostOf(url));
  if (!href) return <span class="source-text">{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class="source-link">
      {label}
    </a>
  );
}

/** A source's date as the page gives it, or "undated". */
export function sourceDate(date: PartialDate | null, lang: Lang): string {
  return date === null ? tZones(lang, 'panelUndated') : formatPartialDate(date, lang);
}

/** "Source: <title>, <date>" with the title linked when the source has an address. */
export function Source({ src, lang, label = true }: { src: SourceRef; lang: Lang; label?: boolean }) {
  return (
    <span class="source">
      {label && <>{tZones(lang, 'panelSource')}: </>}
      <SourceLink url={src.url}>{titleWithoutOwnDate(src.title, src.date)}</SourceLink>, {sourceDate(src.date, lang)}
    </span>
  );
}
