/**
 * The cells of the comparison table: the best-value marker, the "loading details" stand-in, sourced values, the
 * stage (today's or as of a year) and the computed area, said honestly (see `areaUse`).
 */
import type { ComponentChildren } from 'preact';
import { areaUse } from '../../domain/area_use.ts';
import type { StageAt } from '../../domain/compare.ts';
import { formatHa, formatPartialDate } from '../../domain/format.ts';
import type { Bilingual, Lang, Sourced, SourceRef, ZoneProperties } from '../../domain/zone.ts';
import type { DetailsStatus } from '../../state/app_state.ts';
import { tx } from '../app/text.ts';
import { Source } from '../zones/Sources.tsx';
import { StageBadge } from '../zones/StageSwatch.tsx';
import { STAGE_LABEL } from '../zones/strings.ts';
import { tCompare } from './strings.ts';

/** Hectares with two decimals only where the figure has any. */
export const haText = (ha: number, lang: Lang): string => formatHa(ha, lang, ha % 1 ? 2 : 0);

/** The visible "★ nearest" / "★ most advanced" marker of a best value, and its wording for screen readers. */
export function BestMark({ kind, lang }: { kind: 'nearest' | 'stage'; lang: Lang }) {
  return (
    <>
      {' '}
      <span class="compare-best-mark" aria-hidden="true">{tCompare(lang, kind === 'nearest' ? 'bestNearest' : 'bestStage')}</span>
      <span class="visually-hidden">{tCompare(lang, kind === 'nearest' ? 'bestNearestSr' : 'bestStageSr')}</span>
    </>
  );
}

/**
 * What a cell that needs the detail properties shows until they have loaded (`data-loading` while they may still
 * come), or when they could not be.
 */
export function DetailsPending({ status, lang }: { status: DetailsStatus; lang: Lang }) {
  return (
    <span class="compare-pending muted" role="status" data-loading={status === 'pending' ? '' : undefined}>
      {tCompare(lang, status === 'failed' ? 'detailsFailed' : 'detailsLoading')}
    </span>
  );
}

/** "Not published", for a value no source gives. */
export function NotPublished({ lang }: { lang: Lang }) {
  return <span class="muted">{tCompare(lang, 'notPublished')}</span>;
}

/** A source on its own line under a value. */
export function SourceLine({ src, lang }: { src: SourceRef | null; lang: Lang }) {
  return src ? <span class="compare-source"><Source src={src} lang={lang} /></span> : null;
}

/** A sourced value with its source under it, or "not published". */
export function SourcedValue({ value, lang }: { value: Sourced<Bilingual> | Sourced<number> | null; lang: Lang }) {
  if (value === null) return <NotPublished lang={lang} />;
  const v = value.value;
  return (
    <>
      <span class="compare-text">{typeof v === 'number' ? String(v) : tx(v, lang)}</span>
      <SourceLine src={value.source} lang={lang} />
    </>
  );
}

interface StageCellProps {
  p: ZoneProperties;
  /** The stage as of the year (today when `year` is null); null while the histories it needs have not loaded. */
  at: StageAt | null;
  best: boolean;
  year: number | null;
  details: DetailsStatus;
  lang: Lang;
}

/**
 * Today: the stage, the date of the source it rests on, its note and source. As of a year: the stage then, with the
 * history entry that records it; "not yet in any source" or "dropped" where the feature was not in the plan then.
 */
export function StageCell({ p, at, best, year, details, lang }: StageCellProps) {
  const loaded = details === 'loaded';
  if (at === null) return <DetailsPending status={details} lang={lang} />;
  if (at.stage === null) {
    const dropped = at.event?.stage === 'dropped';
    return (
      <>
        <span class="muted">{tCompare(lang, dropped ? 'stageDropped' : 'stageNotYet', { year: year ?? '' })}</span>
        {dropped && <SourceLine src={at.event?.source ?? null} lang={lang} />}
      </>
    );
  }
  const date = year === null || at.event === null ? p.stage_date : at.event.date;
  const note: ComponentChildren = !loaded ? <DetailsPending status={details} lang={lang} />
    : year !== null && at.event ? tx(at.event.text, lang) : tx(p.stage_note, lang);
  return (
    <>
      <span class="compare-value">
        <StageBadge stage={at.stage} label={STAGE_LABEL[lang][at.stage]} />
        {best && <BestMark kind="stage" lang={lang} />}
      </span>
      <span class="compare-sub muted">{tCompare(lang, 'stagePerSource', { date: formatPartialDate(date, lang) })}</span>
      <span class="compare-note">{note}</span>
      {loaded && <SourceLine src={at.event?.source ?? null} lang={lang} />}
    </>
  );
}

/**
 * The computed area, said honestly: the figure for a measured boundary; for a shape drawn to its official size,
 * that its figure is no check (no figure, which would only repeat the official one); the figure with a warning for an
 * illustrative shape; nothing for a location-only feature.
 */
export function ComputedCell({ p, ha, computed, lang }: { p: ZoneProperties; ha: number | undefined; computed: boolean; lang: Lang }) {
  const use = areaUse(p);
  if (use === 'none') return <span class="muted" data-area="none">{tCompare(lang, 'computedNone')}</span>;
  if (use === 'sized') return <span class="compare-sized" data-area="sized">{tCompare(lang, 'computedSized')}</span>;
  const figure = computed && ha !== undefined ? <span class="compare-value">{formatHa(ha, lang)}</span> : <span class="muted" data-loading="">{tCompare(lang, 'computing')}</span>;
  return (
    <>
      {figure}
      <span class="compare-sub muted" data-area={use}>{tCompare(lang, use === 'measured' ? 'computedMethod' : 'computedIllustrative')}</span>
    </>
  );
}
