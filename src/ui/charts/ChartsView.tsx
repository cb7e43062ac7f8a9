/**
 * The summary as charts: hectares by stage, features by former district and by new commune, the plan against the
 * map, and stage changes per year. Follows the timeline year (`datedZones`), not the stage, kind and search
 * filters, which a click on a bar sets through `onFilter`. Loaded lazily by the app on first use.
 */
import { focusOpenedView } from '../app/focus.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { changesByYear, featuresByCommune, featuresByDistrict, planVsMap, stageHectares, type ChartFilter } from '../../domain/summary_charts.ts';
import type { Lang, ZoneFeature } from '../../domain/zone.ts';
import type { AppState } from '../../state/app_state.ts';
import { HISTORY_STAGE_LABEL } from '../zones/strings.ts';
import { StageSwatch } from '../zones/StageSwatch.tsx';
import { BarChart } from './BarChart.tsx';
import { changeBarRows, HOLLOW, placeBarRows, planCountRows, planHaRows, SOLID, stageBarRows, stagePaint, stagesIn } from './rows.ts';
import { tCharts } from './strings.ts';
import './charts.css';

type OnFilter = (f: ChartFilter) => void;

const SECTION_TITLE = { 'stage-ha': 'stageTitle', district: 'districtTitle', commune: 'communeTitle', plan: 'planTitle' } as const;

function Section({ name, title, children }: { name: string; title: string; children: ComponentChildren }) {
  return (
    <section class="chart-card" data-testid={`chart-${name}`} aria-labelledby={`chart-${name}-title`}>
      <h3 id={`chart-${name}-title`}>{title}</h3>
      {children}
    </section>
  );
}

function StageSection({ state, features, onFilter }: { state: AppState; features: readonly ZoneFeature[]; onFilter: OnFilter }) {
  const lang = state.lang.value;
  const rows = stageHectares(features, state.computedHa.value);
  const anyMeasured = rows.some((r) => r.measuredCount > 0);
  const legend = [{ label: tCharts(lang, 'stageOfficial'), paint: SOLID }];
  if (anyMeasured) legend.push({ label: tCharts(lang, 'stageMeasured'), paint: HOLLOW });
  const bars = stageBarRows(rows, lang, state.areas.value !== null).map((r, i) => {
    const stage = rows[i]?.stage;
    return stage ? { ...r, icon: <StageSwatch stage={stage} size={12} /> } : r;
  });
  return (
    <Section name="stage-ha" title={tCharts(lang, 'stageTitle')}>
      <BarChart name="stage-ha" lang={lang} caption={tCharts(lang, 'stageTitle')} legend={legend} rows={bars} onBar={onFilter}
        rowHead={tCharts(lang, 'stageRowHead')}
        columns={(['colCount', 'stageColOfficial', 'stageColWithout', 'stageColMeasured', 'stageColMeasuredCount', 'stageColLocationOnly'] as const).map((k) => tCharts(lang, k))} />
      {rows.some((r) => r.locationOnly > 0) && <p class="chart-foot">{tCharts(lang, 'stageNoteLocationOnly')}</p>}
      <p class="chart-foot">{tCharts(lang, 'stageNoteMeasured')}{anyMeasured ? '' : ` ${tCharts(lang, 'stageNoMeasured')}`}</p>
    </Section>
  );
}

function PlaceSection({ level, lang, features, onFilter }: { level: 'district' | 'commune'; lang: Lang; features: readonly ZoneFeature[]; onFilter: OnFilter }) {
  const rows = level === 'district' ? featuresByDistrict(features) : featuresByCommune(features);
  const name = level === 'district' ? 'district' : 'commune';
  const title = tCharts(lang, level === 'district' ? 'districtTitle' : 'communeTitle');
  const legend = [{ label: tCharts(lang, 'placeConfirmed'), paint: SOLID }];
  if (rows.some((r) => r.unconfirmed > 0)) legend.push({ label: tCharts(lang, 'placeUnconfirmed'), paint: HOLLOW });
  return (
    <Section name={name} title={title}>
      {rows.length === 0 ? <p class="chart-empty">{tCharts(lang, 'empty')}</p> : (
        <>
          <BarChart name={name} lang={lang} caption={title} legend={legend} rows={placeBarRows(rows, level, lang)} onBar={onFilter}
            rowHead={tCharts(lang, level === 'district' ? 'districtRowHead' : 'communeRowHead')}
            columns={[tCharts(lang, 'colCount'), tCharts(lang, 'placeColConfirmed'), tCharts(lang, 'placeColUnconfirmed')]} />
          <p class="chart-foot">{tCharts(lang, 'placeNote')}</p>
        </>
      )}
    </Section>
  );
}

function PlanSection({ state, features, onFilter }: { state: AppState; features: readonly ZoneFeature[]; onFilter: OnFilter }) {
  const lang = state.lang.value;
  const plan = state.plan.value;
  const title = tCharts(lang, 'planTitle');
  if (!plan) return <Section name="plan" title={title}><p class="chart-empty" role="status">{tCharts(lang, 'planMissing')}</p></Section>;
  const rows = planVsMap(features, plan);
  const legend = [{ label: tCharts(lang, 'planPlanned'), paint: SOLID }, { label: tCharts(lang, 'planMapped'), paint: HOLLOW }];
  const countTitle = `${title}: ${tCharts(lang, 'planCountTitle')}`;
  const haTitle = `${title}: ${tCharts(lang, 'planHaTitle')}`;
  return (
    <Section name="plan" title={title}>
      <h4>{tCharts(lang, 'planCountTitle')}</h4>
      <BarChart name="plan-count" lang={lang} caption={countTitle} legend={legend} rows={planCountRows(rows, lang)} onBar={onFilter}
        rowHead={tCharts(lang, 'planRowHead')} columns={[tCharts(lang, 'planColPlanned'), tCharts(lang, 'planColMapped')]} />
      <h4>{tCharts(lang, 'planHaTitle')}</h4>
      <BarChart name="plan-ha" lang={lang} caption={haTitle} legend={legend} rows={planHaRows(rows, lang)} onBar={onFilter}
        rowHead={tCharts(lang, 'planRowHead')}
        columns={[tCharts(lang, 'planColPlannedHa'), tCharts(lang, 'planColMappedHa'), tCharts(lang, 'planColMappedWithout')]} />
      <p class="chart-foot">{tCharts(lang, 'planNotIdentifiedNote')} {tCharts(lang, 'planExpansionNote')} {tCharts(lang, 'planMappedHaNote')}</p>
      {(plan.unnamed_clusters.count ?? 0) > 0 && <p class="chart-foot">{tCharts(lang, 'planUnnamedNote', { n: plan.unnamed_clusters.count ?? 0 })}</p>}
    </Section>
  );
}

function ChangesSection({ state, onFilter }: { state: AppState; onFilter: OnFilter }) {
  const lang = state.lang.value;
  const details = state.details.value;
  const title = tCharts(lang, 'changesTitle');
  if (details !== 'loaded') {
    return (
      <Section name="changes" title={title}>
        <p class="chart-empty" role="status">{tCharts(lang, details === 'failed' ? 'historiesFailed' : 'loadingHistories')}</p>
      </Section>
    );
  }
  const rows = changesByYear(state.zones.value, state.year.value);
  const stages = stagesIn(rows);
  return (
    <Section name="changes" title={title}>
      {rows.length === 0 ? <p class="chart-empty">{tCharts(lang, 'empty')}</p> : (
        <BarChart name="changes" lang={lang} caption={title} rows={changeBarRows(rows, lang)} onBar={onFilter}
          legend={stages.map((s) => ({ label: HISTORY_STAGE_LABEL[lang][s], paint: stagePaint(s) }))}
          rowHead={tCharts(lang, 'changesRowHead')}
          columns={[...stages.map((s) => HISTORY_STAGE_LABEL[lang][s]), tCharts(lang, 'changesTotal'), tCharts(lang, 'changesFirst')]} />
      )}
      <p class="chart-foot">{tCharts(lang, 'changesNote')}</p>
    </Section>
  );
}

/** The charts view. `onFilter` applies a bar's filter to the map and list; `onClose` leaves the view (also on Escape). */
export function ChartsView({ state, onFilter, onClose }: { state: AppState; onFilter: OnFilter; onClose: () => void }) {
  const lang = state.lang.value;
  const year = state.year.value;
  const details = state.details.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The stage histories live in the whole data file: ask the loader for them, and take focus into the view.
    state.detailsWanted.value = true;
    focusOpenedView(heading.current);
  }, [state]);
  // With a year set, `datedZones` stays empty until the histories are in: say so rather than draw empty charts.
  const waiting = year !== null && details !== 'loaded';
  const features = state.datedZones.value;
  return (
    <section class="charts-view" data-testid="charts-view" aria-labelledby="charts-title"
      onKeyDown={(e) => { if (e.key === 'Escape') onClose(); }}>
      <header class="charts-head">
        <h2 id="charts-title" ref={heading} tabIndex={-1}>{year === null ? tCharts(lang, 'title') : tCharts(lang, 'titleAsOf', { year })}</h2>
        <button type="button" class="icon-btn" data-testid="charts-close" aria-label={tCharts(lang, 'close')} title={tCharts(lang, 'close')} onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p class="charts-intro">{tCharts(lang, 'intro')}{year === null ? '' : ` ${tCharts(lang, 'asOfNote', { year })}`}</p>
      {waiting && <p class="chart-empty" role="status">{details === 'failed' ? tCharts(lang, 'historiesFailed') : tCharts(lang, 'waitingYear', { year })}</p>}
      <div class="charts-grid">
        {waiting ? (
          (['stage-ha', 'district', 'commune', 'plan'] as const).map((name) => (
            <Section key={name} name={name} title={tCharts(lang, SECTION_TITLE[name])}><p class="chart-empty">{tCharts(lang, 'loadingHistories')}</p></Section>
          ))
        ) : (
          <>
            <StageSection state={state} features={features} onFilter={onFilter} />
            <PlaceSection level="district" lang={lang} features={features} onFilter={onFilter} />
            <PlaceSection level="commune" lang={lang} features={features} onFilter={onFilter} />
            <PlanSection state={state} features={features} onFilter={onFilter} />
          </>
        )}
        <ChangesSection state={state} onFilter={onFilter} />
      </div>
    </section>
  );
}
