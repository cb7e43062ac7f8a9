/**
 * The figures behind the summary charts ("the numbers as pictures"): hectares by stage, features by former
 * district and by new commune, the plan against the map, and stage changes per year. Pure: features, computed
 * hectares and the plan in; rows out, each with the filter a click on its bar applies to the map and list.
 *
 * Every chart counts zones and clusters only: the coastal economic zone (a backdrop of about 40,000 ha) is
 * counted apart, never in stage sums, as in the legend and the area table.
 */
import { areaUse, stageTotals, type StageTotals } from './area_use.ts';
import type { Plan } from './plan.ts';
import { foldForSearch } from './search.ts';
import { timelineSteps } from './timeline_steps.ts';
import { HISTORY_STAGES, STAGES, type HistoryStage, type Kind, type Stage, type ZoneFeature } from './zone.ts';

/**
 * What a click on a bar filters the map and list to: only these stages, only these kinds, this search text; or, for
 * a year of the timeline, the map as of that year (whose timeline step then lists that year's changes).
 */
export interface ChartFilter {
  stages?: Stage[];
  kinds?: Kind[];
  query?: string;
  year?: number;
}

/** The kinds every chart counts. */
export const CHART_KINDS: readonly Kind[] = ['zone', 'cluster'];

function charted(features: readonly ZoneFeature[]): ZoneFeature[] {
  return features.filter((z) => z.properties.kind !== 'economic-zone');
}

/* ----------------------------------------------------------------------------------------------------------- */
/* Hectares by stage                                                                                           */

/** One stage's figures (the legend's, `stageTotals`) with what a click on its bar filters to. */
export interface StageHaRow extends StageTotals {
  key: Stage;
  stage: Stage;
  /** Location-only features: a position, no footprint and no computed area; counted apart. */
  locationOnly: number;
  filter: ChartFilter;
}

/**
 * Official and measured hectares per stage, in `STAGES` order, by the legend's own rules (`stageTotals`): shapes
 * drawn to their official size and location-only features are not measurements and add no computed area.
 */
export function stageHectares(features: readonly ZoneFeature[], computedHa: ReadonlyMap<string, number>): StageHaRow[] {
  const totals = stageTotals(features, computedHa);
  const locationOnly = (stage: Stage) => charted(features).filter((z) => z.properties.stage === stage && areaUse(z.properties) === 'none').length;
  return STAGES.map((stage) => ({
    key: stage, stage, ...totals[stage], locationOnly: locationOnly(stage), filter: { stages: [stage], kinds: [...CHART_KINDS] },
  }));
}

/* ----------------------------------------------------------------------------------------------------------- */
/* Features by place                                                                                           */

/** Administrative words: former district level (`huyen`, `thi-xa`, `thanh-pho`) and new commune level. */
export type PlaceUnit = 'huyen' | 'thi-xa' | 'thanh-pho' | 'xa' | 'phuong' | 'dac-khu';

/** A place named by a feature's text: its administrative word and its proper name as written (Vietnamese). */
export interface Place {
  unit: PlaceUnit;
  name: string;
}

/** The places a text names and whether the text hedges them ("có lẽ", "chưa xác nhận", "hoặc", "chưa rõ"). */
export interface PlacesOf {
  places: Place[];
  hedged: boolean;
}

// A proper name: capitalised words or numbers ("An Lạc Thôn", "Đại Ân 2"); it ends at the first lower-case word.
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}]*(?:[ \t]+[\p{Lu}\p{N}][\p{L}\p{N}]*)*)`;
const DISTRICT_RE = new RegExp(String.raw`(?<!\p{L})(huyện|Huyện|thị xã|Thị xã|thành phố|Thành phố|TP)[ \t]+${NAME}`, 'gu');
// "xã" but not the "xã" of "thị xã" (a former town, district level).
const COMMUNE_RE = new RegExp(String.raw`(?<!\p{L})(?<![Tt]hị[ \t])(xã|Xã|phường|Phường|đặc khu|Đặc khu)[ \t]+${NAME}`, 'gu');
const UNIT_OF: Record<string, PlaceUnit> = {
  'huyện': 'huyen', 'thị xã': 'thi-xa', 'thành phố': 'thanh-pho', tp: 'thanh-pho', 'xã': 'xa', 'phường': 'phuong', 'đặc khu': 'dac-khu',
};
/** The administrative word as written in Vietnamese, lower case (`TP` stays short, as the data writes it). */
export const UNIT_WORD_VI: Record<PlaceUnit, string> = {
  huyen: 'huyện', 'thi-xa': 'thị xã', 'thanh-pho': 'TP', xa: 'xã', phuong: 'phường', 'dac-khu': 'đặc khu',
};
const HEDGE_RE = /\b(co le|chua xac nhan|hoac|chua ro)\b/;

/**
 * The places a Vietnamese location text names, by the rule the charts use (the shipped texts are free prose,
 * not lists: commas and "và" also occur inside asides, so the text is not split on separators). Parenthesised
 * asides (which list the former units merged in) and a note after " — " are dropped; every administrative word
 * of the level followed by a capitalised name is then a place. A text that says "có lẽ", "chưa xác nhận",
 * "hoặc" or "chưa rõ" hedges all its places.
 */
export function placesOf(textVi: string, level: 'district' | 'commune'): PlacesOf {
  let text = textVi.normalize('NFC');
  for (let prev = ''; prev !== text;) {
    prev = text;
    text = text.replace(/\([^()]*\)/g, ' ');
  }
  text = text.split(/\s[—–]\s/)[0] ?? '';
  const re = level === 'district' ? DISTRICT_RE : COMMUNE_RE;
  const places: Place[] = [];
  for (const m of text.matchAll(re)) {
    const unit = UNIT_OF[(m[1] ?? '').toLowerCase()];
    const name = m[2];
    if (unit && name && !places.some((p) => p.unit === unit && foldForSearch(p.name) === foldForSearch(name))) places.push({ unit, name });
  }
  return { places, hedged: HEDGE_RE.test(foldForSearch(textVi)) };
}

/** One bar of a place chart; `place` null is the row of features whose text names no place of the level. */
export interface PlaceRow {
  key: string;
  place: Place | null;
  /** Features naming this place: `confirmed` + `unconfirmed` (hedged texts). */
  count: number;
  confirmed: number;
  unconfirmed: number;
  ids: string[];
  /**
   * The search for the place with its administrative word ("huyện Châu Thành"): it finds every feature of the
   * row, and may find a few more, as the search matches words anywhere in a feature's texts. Null for the
   * `unknown` row, which no filter selects.
   */
  filter: ChartFilter | null;
}

function placeRows(features: readonly ZoneFeature[], level: 'district' | 'commune'): PlaceRow[] {
  const rows = new Map<string, PlaceRow>();
  const unknown: PlaceRow = { key: 'unknown', place: null, count: 0, confirmed: 0, unconfirmed: 0, ids: [], filter: null };
  for (const z of charted(features)) {
    const p = z.properties;
    const { places, hedged } = placesOf(level === 'district' ? p.old_district.vi : p.new_communes.vi, level);
    const targets = places.map((place) => {
      const key = `${place.unit}:${foldForSearch(place.name).replace(/ /g, '-')}`;
      let row = rows.get(key);
      if (!row) {
        row = { key, place, count: 0, confirmed: 0, unconfirmed: 0, ids: [], filter: { kinds: [...CHART_KINDS], query: `"${UNIT_WORD_VI[place.unit]} ${place.name}"` } };
        rows.set(key, row);
      }
      return row;
    });
    for (const row of targets.length ? targets : [unknown]) {
      row.count += 1;
      if (hedged) row.unconfirmed += 1;
      else row.confirmed += 1;
      row.ids.push(p.id);
    }
  }
  const out = [...rows.values()].sort((a, b) => b.count - a.count || b.confirmed - a.confirmed || (a.place?.name ?? '').localeCompare(b.place?.name ?? '', 'vi'));
  return unknown.count > 0 ? [...out, unknown] : out;
}

/**
 * Zones and clusters by former district (`old_district`, before 1 July 2025), by the rule of `placesOf`: a feature
 * naming several districts counts in each; a hedged one counts as unconfirmed; one naming none in the `unknown` row.
 */
export function featuresByDistrict(features: readonly ZoneFeature[]): PlaceRow[] {
  return placeRows(features, 'district');
}

/** Zones and clusters by commune or ward of Cần Thơ since 1 July 2025 (`new_communes`), as `featuresByDistrict`. */
export function featuresByCommune(features: readonly ZoneFeature[]): PlaceRow[] {
  return placeRows(features, 'commune');
}

/* ----------------------------------------------------------------------------------------------------------- */
/* The plan against the map                                                                                    */

export type PlanRowKey = 'zones-2030' | 'zones-2050' | 'clusters-2050' | 'clusters-established';

/** What is on the map for a plan row. */
export interface MappedFigures {
  count: number;
  /** Sum of the published official areas, ha. */
  officialHa: number;
  withoutOfficial: number;
}

/** One plan figure against the map; null fields are figures not published (plan) or not identifiable (map). */
export interface PlanRow {
  key: PlanRowKey;
  kind: 'zone' | 'cluster';
  /** 2030 target, 2050 vision, or the clusters established by the province's report. */
  horizon: 2030 | 2050 | 'established';
  planned: { count: number | null; areaHa: number | null; /** Expansions of existing zones besides the new ones. */ expansions: number };
  /** Null when the data cannot say which mapped features the figure covers (the 2030 target names none). */
  mapped: MappedFigures | null;
  /** Null where no filter shows exactly the mapped features the row counts. */
  filter: ChartFilter | null;
}

function mappedOf(features: readonly ZoneFeature[]): MappedFigures {
  return {
    count: features.length,
    officialHa: features.reduce((s, z) => s + (z.properties.official_area_ha ?? 0), 0),
    withoutOfficial: features.filter((z) => z.properties.official_area_ha === null).length,
  };
}

/**
 * The plan's figures beside the features on the map. The 2030 target (new zones and an expansion, no area) names no
 * features, so its mapped side is null. The map draws An Nghiệp's expansion as its own feature, which the plan's 10
 * zones count with An Nghiệp.
 */
export function planVsMap(features: readonly ZoneFeature[], plan: Plan): PlanRow[] {
  const zones = features.filter((z) => z.properties.kind === 'zone');
  const clusters = features.filter((z) => z.properties.kind === 'cluster');
  const established = new Set(plan.established_clusters.ids);
  return [
    {
      key: 'zones-2030', kind: 'zone', horizon: 2030,
      planned: { count: plan.horizon_2030.count, areaHa: plan.horizon_2030.area_ha, expansions: plan.horizon_2030.expansions },
      mapped: null, filter: null,
    },
    {
      key: 'zones-2050', kind: 'zone', horizon: 2050,
      planned: { count: plan.zones.count, areaHa: plan.zones.area_ha, expansions: 0 }, mapped: mappedOf(zones), filter: { kinds: ['zone'] },
    },
    {
      key: 'clusters-2050', kind: 'cluster', horizon: 2050,
      planned: { count: plan.clusters.count, areaHa: plan.clusters.area_ha, expansions: 0 }, mapped: mappedOf(clusters), filter: { kinds: ['cluster'] },
    },
    {
      key: 'clusters-established', kind: 'cluster', horizon: 'established',
      planned: { count: plan.established_clusters.count, areaHa: plan.established_clusters.area_ha, expansions: 0 },
      // A subset of the mapped clusters: no stage, kind or search filter shows exactly it.
      mapped: mappedOf(clusters.filter((z) => established.has(z.properties.id))), filter: null,
    },
  ];
}

/* ----------------------------------------------------------------------------------------------------------- */
/* Stage changes per year                                                                                      */

/** One year of the timeline: its changes counted by the stage they led to (`dropped`: taken out of the plan). */
export interface ChangeYearRow {
  key: string;
  year: number;
  total: number;
  byStage: Record<HistoryStage, number>;
  /** Of `total`, how many are a feature's first record (it was not on the map before). */
  firstRecorded: number;
  /** The map as of the year (its timeline step lists the changes counted). */
  filter: ChartFilter;
}

/**
 * Changes per year from `timelineSteps` (an entry repeating the stage before it is no change; a first record is
 * one), up to and including `upTo` when given. Needs the whole histories (`details` loaded).
 */
export function changesByYear(features: readonly ZoneFeature[], upTo: number | null = null): ChangeYearRow[] {
  const zones = charted(features);
  // A feature's first history entry is always its first change (nothing was recorded before it).
  const firsts = new Set(zones.map((z) => z.properties.stage_history[0]));
  return timelineSteps(zones)
    .filter((s) => upTo === null || s.year <= upTo)
    .map((s) => {
      const byStage = Object.fromEntries(HISTORY_STAGES.map((h) => [h, 0])) as Record<HistoryStage, number>;
      for (const c of s.changes) byStage[c.to ?? 'dropped'] += 1;
      return {
        key: String(s.year), year: s.year, total: s.changes.length, byStage,
        firstRecorded: s.changes.filter((c) => firsts.has(c.event)).length,
        filter: { year: s.year },
      };
    });
}
