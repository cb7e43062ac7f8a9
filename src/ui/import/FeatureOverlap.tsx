/**
 * The selected imported feature against the shipped zones: its overlap with every zone it touches (hectares,
 * % of the feature, % of the zone) and the difference to the official area of the zone or cluster it overlaps
 * most. Computed in a worker (`overlap_client.ts`, loaded on first use); the card says "computing…" meanwhile
 * and the page keeps answering. A newer selection cancels the older computation.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDiffHa, formatHa, formatPublishedHa, formatSignedPct } from '../../domain/format.ts';
import type { Lang } from '../../domain/zone.ts';
import type { OverlapAnalysis } from '../../import/overlap.ts';
import type { ImportedFeature } from '../../import/types.ts';
import { selectZone, type AppState } from '../../state/app_state.ts';
import { tDetail } from './strings_detail.ts';

type OverlapState = OverlapAnalysis | { error: string } | null;

const pct = (v: number, lang: Lang): string =>
  `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: v < 1 ? 2 : 1 }).format(v)}%`;

function useOverlap(state: AppState, feature: ImportedFeature): OverlapState {
  const zones = state.zones.value;
  const [result, setResult] = useState<OverlapState>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    setResult(null);
    const request = {
      geometry: feature.geometry,
      importedM2: feature.measure.areas.vn2000M2,
      // The economic zone is a >40,000 ha backdrop: listed, but never the zone to compare areas with.
      zones: zones.map((z) => ({
        id: z.properties.id, geometry: z.geometry, officialHa: z.properties.official_area_ha, comparable: z.properties.kind !== 'economic-zone',
      })),
    };
    import('../../import/overlap_client.ts')
      .then((m) => m.analyseOverlapInWorker(request, ctrl.signal))
      .then((analysis) => setResult(analysis))
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setResult({ error: err instanceof Error ? err.message : String(err) });
      });
    return () => ctrl.abort();
  }, [feature, zones]);
  return result;
}

/** The overlap section of the feature card. */
export function FeatureOverlap({ state, feature }: { state: AppState; feature: ImportedFeature }) {
  const lang = state.lang.value;
  const ov = useOverlap(state, feature);
  const zoneName = (id: string): string => {
    const z = state.zones.value.find((f) => f.properties.id === id);
    return z ? z.properties.name[lang] || z.properties.name.vi : id;
  };
  const numbers = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  return (
    <section data-testid="import-overlap-section" aria-busy={ov === null}>
      <h5>{tDetail(lang, 'overlapTitle')}</h5>
      {ov === null && <p class="muted" role="status" data-testid="import-overlap-computing">{tDetail(lang, 'overlapLoading')}</p>}
      {ov && 'error' in ov && <p class="imp-invalid">{tDetail(lang, 'overlapFailed', { reason: ov.error })}</p>}
      {ov && 'overlaps' in ov && ov.simplified && (
        <p class="imp-hint" data-testid="import-overlap-simplified">
          {tDetail(lang, 'overlapSimplified', { to: numbers.format(ov.simplified.to), from: numbers.format(ov.simplified.from), m: numbers.format(Math.max(0.1, ov.simplified.toleranceM)) })}
        </p>
      )}
      {ov && 'overlaps' in ov && ov.overlaps.length === 0 && <p data-testid="import-no-overlap">{tDetail(lang, 'overlapNone')}</p>}
      {ov && 'overlaps' in ov && ov.overlaps.length > 0 && (
        <>
          <table class="imp-overlap" data-testid="import-overlap">
            <thead>
              <tr>
                <th scope="col">{tDetail(lang, 'colZone')}</th>
                <th scope="col">{tDetail(lang, 'colOverlap')}</th>
                <th scope="col">{tDetail(lang, 'colPctFeature')}</th>
                <th scope="col">{tDetail(lang, 'colPctZone')}</th>
              </tr>
            </thead>
            <tbody>
              {ov.overlaps.map((o) => (
                <tr key={o.id} data-zone={o.id}>
                  <th scope="row">
                    <button type="button" class="imp-link" onClick={() => selectZone(state, o.id)}>{zoneName(o.id)}</button>
                  </th>
                  <td>{formatHa(o.overlapHa, lang)}</td>
                  <td>{pct(o.pctOfImported, lang)}</td>
                  <td>{pct(o.pctOfZone, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ov.best && (
            <p class="imp-compare" data-testid="import-compare">
              <strong>{tDetail(lang, 'compareTitle')}: </strong>
              {ov.best.officialHa === null || ov.best.diffHa === null || ov.best.diffPct === null
                ? tDetail(lang, 'compareNoOfficial', { name: zoneName(ov.best.id) })
                : tDetail(lang, 'compareLine', {
                  name: zoneName(ov.best.id),
                  official: formatPublishedHa(ov.best.officialHa, lang),
                  imported: formatHa(ov.best.importedHa, lang),
                  diff: formatDiffHa(ov.best.diffHa, lang),
                  pct: formatSignedPct(ov.best.diffPct, lang),
                })}
            </p>
          )}
          <p class="imp-hint">{tDetail(lang, 'overlapNote')}</p>
        </>
      )}
    </section>
  );
}
