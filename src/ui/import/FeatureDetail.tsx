/**
 * One imported feature in detail: its three areas, its overlap with every shipped zone it touches
 * (hectares, % of the feature, % of the zone) and the difference to the official area of the zone
 * or cluster it overlaps most. The overlap code (polygon clipping) loads on first use.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Areas } from '../../domain/area.ts';
import { formatDiffHa, formatHa, formatSignedPct } from '../../domain/format.ts';
import type { Lang } from '../../domain/zone.ts';
import type { ImportedFeature, JsonValue } from '../../import/types.ts';
import type { BestZoneComparison, ZoneOverlap } from '../../import/overlap.ts';
import { selectZone, type AppState } from '../../state/app_state.ts';
import { tImport } from './strings.ts';

/** Most file properties listed, and longest value shown, in characters. */
const MAX_PROPS = 40;
const MAX_VALUE = 300;

type OverlapState = { overlaps: ZoneOverlap[]; best: BestZoneComparison | null } | { error: string } | null;

const pct = (v: number, lang: Lang): string =>
  `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: v < 1 ? 2 : 1 }).format(v)}%`;

function valueText(v: JsonValue): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE - 1)}…` : s;
}

function useOverlap(state: AppState, feature: ImportedFeature): OverlapState {
  const zones = state.zones.value;
  const [result, setResult] = useState<OverlapState>(null);
  useEffect(() => {
    let live = true;
    setResult(null);
    import('../../import/overlap.ts').then((m) => {
      if (!live) return;
      const input = zones.map((z) => ({ id: z.properties.id, geometry: z.geometry, officialHa: z.properties.official_area_ha }));
      const overlaps = m.overlapWithZones(feature.geometry, input);
      // The economic zone is a >40,000 ha backdrop: listed, but never the zone to compare areas with.
      const zoneOverlaps = overlaps.filter((o) => zones.find((z) => z.properties.id === o.id)?.properties.kind !== 'economic-zone');
      setResult({ overlaps, best: m.compareWithMostOverlapped(feature.geometry, input, zoneOverlaps) });
    }).catch((err: unknown) => live && setResult({ error: err instanceof Error ? err.message : String(err) }));
    return () => {
      live = false;
    };
  }, [feature, zones]);
  return result;
}

/** The detail card of the selected imported feature. */
export function ImportFeatureDetail({ state, feature, areas, onUnselect, onZoom }: {
  state: AppState;
  feature: ImportedFeature;
  areas: Areas;
  onUnselect: () => void;
  onZoom: () => void;
}) {
  const lang = state.lang.value;
  const ov = useOverlap(state, feature);
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.scrollIntoView({ block: 'nearest' }), []);
  const zoneName = (id: string): string => {
    const z = state.zones.value.find((f) => f.properties.id === id);
    return z ? z.properties.name[lang] || z.properties.name.vi : id;
  };
  const props = Object.entries(feature.properties);
  return (
    <div class="imp-detail" ref={card} data-testid="import-detail" data-id={feature.id}>
      <div class="imp-detail-head">
        <p class="imp-kicker">{tImport(lang, 'selectedTitle')}</p>
        <h4>{feature.properties.name}</h4>
        <div class="imp-detail-actions">
          <button type="button" class="imp-btn imp-btn-quiet" onClick={onZoom}>{tImport(lang, 'zoomTo')}</button>
          <button type="button" class="icon-btn" aria-label={tImport(lang, 'unselect')} onClick={onUnselect}>×</button>
        </div>
      </div>
      <dl class="imp-areas" data-testid="import-areas">
        <div class="imp-area-main">
          <dt>{tImport(lang, 'areaVn2000Long')}</dt>
          <dd data-testid="import-area-vn2000">{formatHa(areas.vn2000M2 / 10_000, lang)}</dd>
        </div>
        <div>
          <dt>{tImport(lang, 'areaEllipsoidal')}</dt>
          <dd>{formatHa(areas.ellipsoidalM2 / 10_000, lang)}</dd>
        </div>
        <div>
          <dt>{tImport(lang, 'areaTurf')}</dt>
          <dd>{formatHa(areas.turfM2 / 10_000, lang)}</dd>
        </div>
      </dl>
      <h5>{tImport(lang, 'overlapTitle')}</h5>
      {ov === null && <p class="muted">{tImport(lang, 'overlapLoading')}</p>}
      {ov && 'error' in ov && <p class="imp-invalid">{tImport(lang, 'overlapFailed', { reason: ov.error })}</p>}
      {ov && 'overlaps' in ov && ov.overlaps.length === 0 && <p data-testid="import-no-overlap">{tImport(lang, 'overlapNone')}</p>}
      {ov && 'overlaps' in ov && ov.overlaps.length > 0 && (
        <>
          <table class="imp-overlap" data-testid="import-overlap">
            <thead>
              <tr>
                <th scope="col">{tImport(lang, 'colZone')}</th>
                <th scope="col">{tImport(lang, 'colOverlap')}</th>
                <th scope="col">{tImport(lang, 'colPctFeature')}</th>
                <th scope="col">{tImport(lang, 'colPctZone')}</th>
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
              <strong>{tImport(lang, 'compareTitle')}: </strong>
              {ov.best.officialHa === null || ov.best.diffHa === null || ov.best.diffPct === null
                ? tImport(lang, 'compareNoOfficial', { name: zoneName(ov.best.id) })
                : tImport(lang, 'compareLine', {
                  name: zoneName(ov.best.id),
                  official: formatHa(ov.best.officialHa, lang),
                  imported: formatHa(ov.best.importedHa, lang),
                  diff: formatDiffHa(ov.best.diffHa, lang),
                  pct: formatSignedPct(ov.best.diffPct, lang),
                })}
            </p>
          )}
          <p class="imp-hint">{tImport(lang, 'overlapNote')}</p>
        </>
      )}
      <details class="imp-props">
        <summary>{tImport(lang, 'propsTitle', { n: props.length })}</summary>
        <dl>
          {props.slice(0, MAX_PROPS).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{valueText(v)}</dd>
            </div>
          ))}
        </dl>
        {props.length > MAX_PROPS && <p class="muted">{tImport(lang, 'propsMore', { n: props.length - MAX_PROPS })}</p>}
      </details>
    </div>
  );
}
