import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, ZoneFeature } from '../../domain/zone.ts';
import { nearbyPlaces } from '../../domain/nearby.ts';
import { stageAsOf } from '../../domain/timeline.ts';
import type { AppState } from '../../state/app_state.ts';
import { tZones, HISTORY_STAGE_LABEL, KIND_LABEL, QUALITY_LABEL, STAGE_LABEL } from './strings.ts';
import { tZonesDetail, type ZonesDetailKey } from './strings_detail.ts';
import { StageBadge } from './StageSwatch.tsx';
import { formatPublishedHa, formatKm, formatPartialDate } from '../../domain/format.ts';
import { Source, SourceLink, sourceDate } from './Sources.tsx';
import { AreaBlock, Row, SourcedText } from './PanelArea.tsx';
import { tx } from '../app/text.ts';

/** The warning each geometry quality carries at the top of the panel. */
export const QUALITY_WARNING: Record<ZoneFeature['properties']['geometry_quality'], ZonesDetailKey> = {
  surveyed: 'warnSurveyed',
  described: 'warnDescribed',
  indicative: 'warnIndicative',
  'location-only': 'warnLocationOnly',
};


/** The dated, sourced stages of the feature, oldest first. */
function History({ zone, lang }: { zone: ZoneFeature; lang: Lang }) {
  const events = zone.properties.stage_history;
  return (
    <details class="history" data-testid="stage-history">
      <summary>{tZonesDetail(lang, 'panelHistory')} ({events.length})</summary>
      <ol>
        {events.map((e, i) => (
          <li key={i}>
            <strong>{formatPartialDate(e.date, lang)}</strong> · {HISTORY_STAGE_LABEL[lang][e.stage]}: {tx(e.text, lang)}{' '}
            <span class="fact-source">(<Source src={e.source} lang={lang} label={false} />)</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

interface Props {
  state: AppState;
  onClose: () => void;
  /** Extra actions shown under the heading (the fact-sheet button). */
  actions?: ComponentChildren;
}

/** Details of the selected feature. Focus moves to its heading when it opens. */
export function ZonePanel({ state, onClose, actions }: Props) {
  const zone = state.selected.value;
  const lang = state.lang.value;
  const heading = useRef<HTMLHeadingElement>(null);
  // On a phone the panel is a sheet under the map; "expand" gives it the whole screen below the header.
  const [expanded, setExpanded] = useState(false);
  useEffect(() => {
    document.documentElement.classList.toggle('panel-expanded', expanded && zone !== null);
    return () => document.documentElement.classList.remove('panel-expanded');
  }, [expanded, zone !== null]);
  const id = zone?.properties.id;
  useEffect(() => {
    if (id) heading.current?.focus({ preventScroll: true });
  }, [id]);
  if (!zone) return null;
  const p = zone.properties;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const areas = state.areas.value?.get(p.id) ?? null;
  const unknown = <span class="muted">{tZonesDetail(lang, 'panelUnknown')}</span>;
  // Until the whole data file is in, the panel shows what the core file carries and says the rest is coming.
  const details = state.details.value;
  const full = details === 'loaded';
  return (
    <aside
      class="zone-panel"
      data-testid="zone-panel"
      data-details={details}
      aria-labelledby="panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="panel-head">
        <div>
          <p class="panel-kind">{KIND_LABEL[lang][p.kind]}</p>
          <h2 id="panel-title" tabIndex={-1} ref={heading}>{tx(p.name, lang)}</h2>
          <p class="panel-other-name" lang={other}>{tx(p.name, other)}</p>
          <p class="panel-keyline" data-testid="panel-keyline">
            <StageBadge stage={p.stage} label={STAGE_LABEL[lang][p.stage]} />
            <span>{p.official_area_ha === null ? tZones(lang, 'listNoArea') : `${tZones(lang, 'legendOfficial')} ${formatPublishedHa(p.official_area_ha, lang)}`}</span>
          </p>
          {state.year.value !== null && full && <AsOfYear year={state.year.value} zone={zone} lang={lang} />}
        </div>
        <button
          type="button"
          class="icon-btn panel-expand"
          data-testid="panel-expand"
          aria-expanded={expanded}
          aria-label={tZonesDetail(lang, expanded ? 'panelShrink' : 'panelExpand')}
          title={tZonesDetail(lang, expanded ? 'panelShrink' : 'panelExpand')}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? '▾' : '▴'}
        </button>
        <button type="button" class="icon-btn panel-close" aria-label={tZonesDetail(lang, 'panelClose')} title={tZonesDetail(lang, 'panelClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {actions}
      <div class="panel-body">
        <div class={`quality-warning quality-${p.geometry_quality}`} role="note" data-testid="quality-warning">
          <strong>
            {QUALITY_LABEL[lang][p.geometry_quality]}: {tZonesDetail(lang, QUALITY_WARNING[p.geometry_quality])}
          </strong>
          {full && (
            <details>
              <summary>{tZonesDetail(lang, 'panelHowDrawn')}</summary>
              <p>{tx(p.geometry_note, lang)}</p>
            </details>
          )}
        </div>

        <div class="panel-section" role="group" aria-labelledby="panel-stage">
          <h3 id="panel-stage">{tZonesDetail(lang, 'panelStage')}</h3>
          <p class="stage-line">
            <StageBadge stage={p.stage} label={STAGE_LABEL[lang][p.stage]} />
            <span class="muted">
              · {tZonesDetail(lang, 'panelStageAsOf')} {formatPartialDate(p.stage_date, lang)}
            </span>
          </p>
          {full && <p>{tx(p.stage_note, lang)}</p>}
          {full && <History zone={zone} lang={lang} />}
        </div>

        <AreaBlock zone={zone} areas={areas} lang={lang} variants={full} />

        <div class="panel-section" role="group" aria-labelledby="panel-loc">
          <h3 id="panel-loc">{tZonesDetail(lang, 'panelLocation')}</h3>
          <dl>
            <Row label={tZonesDetail(lang, 'panelOldDistrict')}>{tx(p.old_district, lang)}</Row>
            <Row label={tZonesDetail(lang, 'panelOldCommunes')}>{tx(p.old_communes, lang)}</Row>
            <Row label={tZonesDetail(lang, 'panelNewCommunes')}>
              <strong>{tx(p.new_communes, lang)}</strong>
            </Row>
            {full && <Row label={tZonesDetail(lang, 'panelAlong')}><SourcedText value={p.along} lang={lang} /></Row>}
            <Row label={tZonesDetail(lang, 'panelUncertainty')}>
              <span data-testid="position-uncertainty">{tZonesDetail(lang, 'panelUncertaintyValue', { km: formatKm(p.position_uncertainty_m / 1000, lang) })}</span>
              {full && <span class="muted">{tx(p.position_note, lang)}</span>}
            </Row>
            <Row label={tZonesDetail(lang, 'panelDistances')}>
              <ul class="nearby" data-testid="nearby">
                {nearbyPlaces(p.anchor).map((n) => (
                  <li key={n.place.id}>
                    {tx(n.place.name, lang)}: <strong>{formatKm(n.km, lang)}</strong>
                  </li>
                ))}
              </ul>
              <span class="muted">{tZonesDetail(lang, 'panelDistancesNote')}</span>
            </Row>
          </dl>
        </div>

        {!full && (
          <p class={details === 'failed' ? 'panel-details failed' : 'panel-details muted'} role="status" data-testid="panel-details-status">
            {tZonesDetail(lang, details === 'failed' ? 'panelDetailsFailed' : 'panelDetailsLoading')}
          </p>
        )}

        {full && <div class="panel-section" role="group" aria-labelledby="panel-inv">
          <h3 id="panel-inv">{tZonesDetail(lang, 'panelInvestor')}</h3>
          <dl>
            <Row label={tZonesDetail(lang, 'panelDeveloper')}><SourcedText value={p.developer} lang={lang} /></Row>
            <Row label={tZonesDetail(lang, 'panelEstablished')}><SourcedText value={p.established_year} lang={lang} /></Row>
            <Row label={tZonesDetail(lang, 'panelOccupancy')}>
              {p.occupancy_pct === null ? unknown : (
                <>
                  {p.occupancy_pct} %{p.occupancy_source && <> · <Source src={p.occupancy_source} lang={lang} /></>}
                </>
              )}
            </Row>
            <Row label={tZonesDetail(lang, 'panelSectors')}><SourcedText value={p.sectors} lang={lang} /></Row>
          </dl>
        </div>}

        {full && p.facts.length > 0 && (
          <div class="panel-section" role="group" aria-labelledby="panel-facts">
            <h3 id="panel-facts">{tZonesDetail(lang, 'panelFacts')}</h3>
            <ul class="facts">
              {p.facts.map((f, i) => (
                <li key={i}>
                  <span>{tx(f.text, lang)}</span>{' '}
                  <span class="fact-source">
                    (<SourceLink url={f.url} />, {sourceDate(f.date, lang)})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="muted panel-updated">
          {tZonesDetail(lang, 'panelUpdated')}: {formatPartialDate(p.updated, lang)}
        </p>
      </div>
    </aside>
  );
}

/** The feature's stage in the timeline's year (the panel shows today's data; this line says how it stood then). */
function AsOfYear({ year, zone, lang }: { year: number; zone: ZoneFeature; lang: Lang }) {
  const stage = stageAsOf(zone.properties.stage_history, year);
  return (
    <p class="panel-as-of" data-testid="panel-as-of">
      {stage === null ? tZonesDetail(lang, 'panelAsOfYearAbsent', { year }) : tZonesDetail(lang, 'panelAsOfYear', { year, stage: STAGE_LABEL[lang][stage] })}
    </p>
  );
}
