/**
 * The live figures of the shape on the board (`data-testid="draw-areas"`): the three areas in hectares — the same
 * domain functions as the zone panel and the area table — and the perimeter, or a measured line's length; where
 * edges cross; and, for a copy of a feature, how it compares with the original.
 */
import { formatDiffHa, formatHa, formatKm, formatSignedPct } from '../../domain/format.ts';
import type { Lang } from '../../domain/zone.ts';
import type { DrawState } from '../../state/draw_state.ts';
import { tDraw } from './strings.ts';

const nf = (lang: Lang, digits: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const metres = (m: number, lang: Lang): string => (m >= 10_000 ? formatKm(m / 1000, lang) : `${nf(lang, m < 100 ? 1 : 0).format(m)}\u00a0m`);
const pct = (v: number, lang: Lang): string => `${nf(lang, 1).format(v)}%`;

export function Readout({ state, lang }: { state: DrawState; lang: Lang }) {
  const m = state.measure.value;
  if (!m) return <p class="muted" data-testid="draw-empty">{tDraw(lang, 'empty')}</p>;
  const origin = state.origin.value;
  return (
    <section class="draw-readout" aria-live="polite">
      <dl class="imp-areas" data-testid="draw-areas" data-vertices={m.vertices}>
        {m.areas ? (
          <>
            <div class="imp-area-main"><dt>{tDraw(lang, 'areaVn2000')}</dt><dd data-testid="draw-area-vn2000">{formatHa(m.areas.vn2000M2 / 10_000, lang)}</dd></div>
            <div><dt>{tDraw(lang, 'areaEllipsoidal')}</dt><dd data-testid="draw-area-ellipsoidal">{formatHa(m.areas.ellipsoidalM2 / 10_000, lang)}</dd></div>
            <div><dt>{tDraw(lang, 'areaTurf')}</dt><dd data-testid="draw-area-turf">{formatHa(m.areas.turfM2 / 10_000, lang)}</dd></div>
            <div><dt>{tDraw(lang, 'perimeter')}</dt><dd data-testid="draw-perimeter">{metres(m.lengthM, lang)}</dd></div>
          </>
        ) : (
          <div class="imp-area-main"><dt>{tDraw(lang, 'length')}</dt><dd data-testid="draw-length">{metres(m.lengthM, lang)}</dd></div>
        )}
        <div><dt>{tDraw(lang, 'vertices')}</dt><dd>{m.vertices}</dd></div>
      </dl>
      {m.crossing && (
        <p class="imp-invalid" role="alert" data-testid="draw-crossing">
          {tDraw(lang, 'crossing', { lon: nf(lang, 5).format(m.crossing[0]), lat: nf(lang, 5).format(m.crossing[1]) })}
        </p>
      )}
      {origin && m.versusOriginal && (
        <div class="draw-versus" data-testid="draw-versus">
          <strong>{tDraw(lang, 'versusTitle', { name: origin.name })}</strong>
          <p>{tDraw(lang, 'versusLine', {
            overlap: formatHa(m.versusOriginal.overlapHa, lang), pctOriginal: pct(m.versusOriginal.pctOfOriginal, lang),
            pctShape: pct(m.versusOriginal.pctOfShape, lang), diff: formatDiffHa(m.versusOriginal.diffHa, lang),
            pct: formatSignedPct(m.versusOriginal.diffPct, lang),
          })}</p>
          {origin.kind === 'zone' && <p class="imp-hint">{tDraw(lang, 'versusNote')}</p>}
        </div>
      )}
    </section>
  );
}
