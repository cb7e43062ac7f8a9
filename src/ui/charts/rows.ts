/**
 * From the domain's chart rows to what `BarChart` draws: labels, bars, printed values and table cells in the UI
 * language. The bar's printed value and its table cell use the same formatting, so the table says what the bars say.
 */
import { formatHa } from '../../domain/format.ts';
import { type ChangeYearRow, type PlaceRow, type PlaceUnit, type PlanRow, type StageHaRow } from '../../domain/summary_charts.ts';
import { HISTORY_STAGES, type HistoryStage, type Lang, type Stage } from '../../domain/zone.ts';
import { THEME } from '../../map/theme.ts';
import { HISTORY_STAGE_LABEL, STAGE_LABEL } from '../zones/strings.ts';
import type { BarRow, Paint } from './BarChart.tsx';
import { tCharts, type ChartsMessageKey } from './strings.ts';

/** The first series of a chart (official, planned, as recorded): solid. */
export const SOLID: Paint = { color: 'var(--brand-2)', stroke: 'var(--brand)', pattern: 'solid' };
/** The second series (measured, mapped, unconfirmed): hollow and hatched. */
export const HOLLOW: Paint = { color: 'var(--brand-2)', stroke: 'var(--brand-2)', pattern: 'hatch', hollow: true };

/** A stage drawn as the map draws it: its colour and its pattern (`dropped`: grey, ruled). */
export function stagePaint(s: HistoryStage): Paint {
  if (s === 'dropped') return { color: 'var(--muted)', stroke: 'var(--ink-2)', pattern: 'lines' };
  return { color: THEME.zones.stage[s], stroke: THEME.zones.stageStroke[s], pattern: THEME.zones.stageCue[s].pattern };
}

const stageSolid = (s: Stage): Paint => ({ color: THEME.zones.stage[s], stroke: THEME.zones.stageStroke[s], pattern: 'solid' });
const stageHollow = (s: Stage): Paint => ({ color: THEME.zones.stage[s], stroke: THEME.zones.stageStroke[s], pattern: 'hatch', hollow: true });

/** Hectares with one decimal where the figure has one (as the plan summary shows them). */
const ha = (v: number, lang: Lang): string => formatHa(v, lang, Math.round(v * 10) % 10 ? 1 : 0);
const num = (n: number, lang: Lang): string => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');

/** Hectares by stage: official (solid) and, where there are any, measured (hollow) bars. */
export function stageBarRows(rows: StageHaRow[], lang: Lang, areasLoaded: boolean): BarRow[] {
  return rows.map((r) => {
    const official = r.count > r.withoutOfficial ? ha(r.officialHa, lang) : r.count ? tCharts(lang, 'notPublished') : '—';
    const measured = areasLoaded ? ha(r.measuredHa, lang) : tCharts(lang, 'computing');
    const bars = [{ parts: [{ value: r.officialHa, paint: stageSolid(r.stage) }], text: official, srText: `${tCharts(lang, 'stageOfficialShort')} ${official}` }];
    if (r.measuredCount > 0) {
      bars.push({ parts: [{ value: areasLoaded ? r.measuredHa : 0, paint: stageHollow(r.stage) }], text: measured, srText: `${tCharts(lang, 'stageMeasuredShort')} ${measured}` });
    }
    const notes = [tCharts(lang, 'features', { n: r.count })];
    if (r.withoutOfficial) notes.push(tCharts(lang, 'stageNoOfficial', { n: r.withoutOfficial }));
    if (r.locationOnly) notes.push(tCharts(lang, 'stageLocationOnly', { n: r.locationOnly }));
    return {
      key: r.key, label: STAGE_LABEL[lang][r.stage], bars, note: notes.join(' · '), filter: r.filter,
      cells: [num(r.count, lang), official, num(r.withoutOfficial, lang), r.measuredCount ? measured : '—', num(r.measuredCount, lang), num(r.locationOnly, lang)],
    };
  });
}

const UNIT_KEY: Record<PlaceUnit, ChartsMessageKey> = {
  huyen: 'unitHuyen', 'thi-xa': 'unitThiXa', 'thanh-pho': 'unitThanhPho', xa: 'unitXa', phuong: 'unitPhuong', 'dac-khu': 'unitDacKhu',
};

/** A place's name in the UI language: "Huyện Châu Thành" / "Châu Thành district". */
function placeLabel(r: PlaceRow, level: 'district' | 'commune', lang: Lang): string {
  if (!r.place) return tCharts(lang, level === 'district' ? 'placeUnknownDistrict' : 'placeUnknownCommune');
  return tCharts(lang, UNIT_KEY[r.place.unit], { name: r.place.name });
}

/** Features by place: one stacked bar, as recorded (solid) then unconfirmed (hollow). */
export function placeBarRows(rows: PlaceRow[], level: 'district' | 'commune', lang: Lang): BarRow[] {
  return rows.map((r) => {
    const label = placeLabel(r, level, lang);
    return {
      key: r.key, label, filter: r.filter,
      note: r.unconfirmed ? tCharts(lang, 'placeUnconfirmedN', { n: r.unconfirmed }) : undefined,
      bars: [{ parts: [{ value: r.confirmed, paint: SOLID }, { value: r.unconfirmed, paint: HOLLOW }], text: num(r.count, lang), srText: tCharts(lang, 'features', { n: r.count }) }],
      cells: [num(r.count, lang), num(r.confirmed, lang), num(r.unconfirmed, lang)],
    };
  });
}

const PLAN_LABEL: Record<PlanRow['key'], ChartsMessageKey> = {
  'zones-2030': 'planZones2030', 'zones-2050': 'planZones2050', 'clusters-2050': 'planClusters2050', 'clusters-established': 'planClustersEstablished',
};

/** The plan against the map, in counts: planned (solid) and mapped (hollow) bars. */
export function planCountRows(rows: PlanRow[], lang: Lang): BarRow[] {
  return rows.map((r) => {
    const planned = r.planned.count === null ? tCharts(lang, 'notPublished')
      : r.planned.expansions ? tCharts(lang, 'planNewPlusExpansion', { n: r.planned.count, m: r.planned.expansions }) : num(r.planned.count, lang);
    const mapped = r.mapped ? num(r.mapped.count, lang) : tCharts(lang, 'planNotIdentified');
    return {
      key: r.key, label: tCharts(lang, PLAN_LABEL[r.key]), filter: r.filter,
      bars: [
        { parts: [{ value: (r.planned.count ?? 0) + r.planned.expansions, paint: SOLID }], text: planned, srText: `${tCharts(lang, 'planPlanned')} ${planned}` },
        { parts: [{ value: r.mapped?.count ?? 0, paint: HOLLOW }], text: mapped, srText: `${tCharts(lang, 'planMapped')} ${mapped}` },
      ],
      cells: [planned, mapped],
    };
  });
}

/** The plan against the map, in hectares: planned and the official areas of the mapped features (keys `<row>:ha`). */
export function planHaRows(rows: PlanRow[], lang: Lang): BarRow[] {
  return rows.map((r) => {
    const planned = r.planned.areaHa === null ? tCharts(lang, 'notPublished') : ha(r.planned.areaHa, lang);
    const mapped = !r.mapped ? tCharts(lang, 'planNotIdentified') : r.mapped.count > r.mapped.withoutOfficial ? ha(r.mapped.officialHa, lang) : r.mapped.count ? tCharts(lang, 'notPublished') : ha(0, lang);
    return {
      key: `${r.key}:ha`, label: tCharts(lang, PLAN_LABEL[r.key]), filter: r.filter,
      note: r.mapped?.withoutOfficial ? tCharts(lang, 'stageNoOfficial', { n: r.mapped.withoutOfficial }) : undefined,
      bars: [
        { parts: [{ value: r.planned.areaHa ?? 0, paint: SOLID }], text: planned, srText: `${tCharts(lang, 'planPlanned')} ${planned}` },
        { parts: [{ value: r.mapped?.officialHa ?? 0, paint: HOLLOW }], text: mapped, srText: `${tCharts(lang, 'planMapped')} ${mapped}` },
      ],
      cells: [planned, mapped, r.mapped ? num(r.mapped.withoutOfficial, lang) : '—'],
    };
  });
}

/** The history stages that occur in `rows`, in order (for the legend and the table's columns). */
export const stagesIn = (rows: ChangeYearRow[]): HistoryStage[] => HISTORY_STAGES.filter((s) => rows.some((r) => r.byStage[s] > 0));

/** Stage changes per year: one bar stacked by the stage after each change. */
export function changeBarRows(rows: ChangeYearRow[], lang: Lang): BarRow[] {
  const stages = stagesIn(rows);
  return rows.map((r) => {
    const parts = stages.map((s) => ({ value: r.byStage[s], paint: stagePaint(s) }));
    const sr = stages.filter((s) => r.byStage[s] > 0).map((s) => `${HISTORY_STAGE_LABEL[lang][s]} ${num(r.byStage[s], lang)}`);
    return {
      key: r.key, label: String(r.year), filter: r.filter,
      note: r.firstRecorded ? tCharts(lang, 'changesFirstN', { n: r.firstRecorded }) : undefined,
      bars: [{ parts, text: num(r.total, lang), srText: `${tCharts(lang, 'changesCount', { n: r.total })}: ${sr.join(', ')}` }],
      cells: [...stages.map((s) => num(r.byStage[s], lang)), num(r.total, lang), num(r.firstRecorded, lang)],
    };
  });
}
