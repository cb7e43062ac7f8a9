/**
 * The rows of the "compare sites side by side" view, as data: each compared feature's stage (as of a year, or
 * today), official area, occupancy and straight-line distances to the places an investor asks about, with the
 * best value of a row marked where "best" is unambiguous — the nearest distance and the most advanced stage. A
 * bigger official area or a higher occupancy is not "better" for every investor, so those rows are never marked.
 * Pure.
 */
import { distanceKm, REFERENCE_PLACES, type ReferencePlace } from './nearby.ts';
import { plane, pointSegment } from './distance.ts';
import { entryAsOf } from './timeline.ts';
import type { Bilingual, SourceRef, Stage, StageEvent, ZoneFeature, ZoneProperties } from './zone.ts';

/**
 * Cần Thơ International Airport (VVCT): its aerodrome reference point, 10°05′02″N 105°42′36″E, from Vietnam's
 * AIP, as [lon, lat].
 */
export const CAN_THO_AIRPORT: ReferencePlace & { source: SourceRef } = {
  id: 'can-tho-airport',
  name: { vi: 'Sân bay quốc tế Cần Thơ', en: 'Cần Thơ International Airport' },
  at: [105.71, 10.083889],
  source: {
    url: 'https://vnaic.vn/images/stories/vnaic.vn/SanPhamDichVu/AIPVietNam/Related%20Links/2023-01-AMDT/html/eAIP/AD-2.VVCT-en-GB.html',
    title: 'Vietnam eAIP AD 2.VVCT (Can Tho International), AMDT 2023-01',
    date: '2023',
  },
};

/**
 * National Road 1A as the map draws it: a copy of the `ql1a` line of `geodata/roads.geojson` ([lon, lat]; a test
 * keeps the two equal). A schematic line through a few sourced points and town centres, not the real alignment:
 * wherever a distance to it is shown, it must be called a schematic road.
 */
export const QL1A_SCHEMATIC: readonly [number, number][] = [
  [105.75095, 10.0009], [105.82096, 9.81371], [105.90202, 9.7007], [105.967, 9.6301],
  [105.959, 9.6], [105.95, 9.5691], [105.745, 9.431], [105.72776, 9.29414],
];

/** Something a distance is measured to: a place (a point), or the schematic QL1A (a line, to its nearest point). */
export type DistanceTarget =
  | { key: string; kind: 'place'; name: Bilingual; at: readonly [number, number]; source: SourceRef | null }
  | { key: 'ql1a'; kind: 'schematic-road'; name: Bilingual; line: readonly [number, number][]; source: null };

/** The distance rows, in order: Sóc Trăng centre, Trần Đề fishing port, Cần Thơ centre, the airport, QL1A. */
export const DISTANCE_TARGETS: readonly DistanceTarget[] = [
  ...REFERENCE_PLACES.map((p): DistanceTarget => ({ key: p.id, kind: 'place', name: p.name, at: p.at, source: null })),
  { key: CAN_THO_AIRPORT.id, kind: 'place', name: CAN_THO_AIRPORT.name, at: CAN_THO_AIRPORT.at, source: CAN_THO_AIRPORT.source },
  { key: 'ql1a', kind: 'schematic-road', name: { vi: 'Quốc lộ 1A', en: 'National Road 1A' }, line: QL1A_SCHEMATIC, source: null },
];

/** Fraction digits distances are shown with (0.1 km); they are compared at that precision, so equal-looking values tie. */
export const DISTANCE_DIGITS = 1;

/**
 * Shortest distance in kilometres from a [lon, lat] point to a polyline, on a local plane around the point
 * (equirectangular: within a few tenths of a per cent over the tens of kilometres involved here).
 */
export function distanceToLineKm(from: readonly [number, number], line: readonly [number, number][]): number {
  const to = plane([from[0], from[1]]);
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i += 1) best = Math.min(best, pointSegment([0, 0], to(line[i]!), to(line[i + 1]!)));
  return best / 1000;
}

/** Straight-line distance in kilometres from `from` to a target (great circle to a place; nearest point of a line). */
export function distanceToTargetKm(from: readonly [number, number], target: DistanceTarget): number {
  return target.kind === 'place' ? distanceKm(from, target.at) : distanceToLineKm(from, target.line);
}

/**
 * Which values are best: the smallest (`min`) or largest (`max`) of the values present. A missing value (null)
 * never wins; tied values are all marked; with fewer than two values present nothing is compared, so nothing is
 * marked.
 */
export function markBest(values: readonly (number | null)[], better: 'min' | 'max'): boolean[] {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (present.length < 2) return values.map(() => false);
  const target = better === 'min' ? Math.min(...present) : Math.max(...present);
  return values.map((v) => v === target);
}

/** How far along a stage is: operating > built > land clearance > planned (not the order of `STAGES`). */
export const STAGE_RANK: Readonly<Record<Stage, number>> = { operating: 3, built: 2, 'land-clearance': 1, planned: 0 };

/**
 * A feature's stage as of the end of `year` (null: today), with the history entry it rests on.
 * `stage` is null when no source records the feature by then (`event` null) or the entry drops it from the plan
 * (`event.stage` is `dropped`). Today's stage is `stage` with the last history entry (null while histories have not
 * loaded).
 */
export interface StageAt {
  stage: Stage | null;
  event: StageEvent | null;
}

/** The stage of `p` as of the end of `year`, or today's stage when `year` is null (see `StageAt`). */
export function stageAt(p: Pick<ZoneProperties, 'stage' | 'stage_history'>, year: number | null): StageAt {
  const history = p.stage_history;
  if (year === null) return { stage: p.stage, event: history[history.length - 1] ?? null };
  const event = entryAsOf(history, year);
  return { stage: event === null || event.stage === 'dropped' ? null : event.stage, event };
}

/** One cell of a row: the value (null: missing — not published, or not known yet) and whether it is the row's best. */
export interface CompareCell<T> {
  value: T | null;
  best: boolean;
}

/** A distance row: the target and one cell of kilometres per feature. */
export interface DistanceRow {
  target: DistanceTarget;
  cells: CompareCell<number>[];
}

/** The data rows of a comparison, one cell per feature in the order given. */
export interface ComparisonRows {
  /** Stage as of the year (today when null); value null while histories are needed and not loaded. */
  stage: CompareCell<StageAt>[];
  /** Official hectares; never marked best. */
  officialHa: CompareCell<number>[];
  /** Occupancy in per cent; never marked best. */
  occupancyPct: CompareCell<number>[];
  distances: DistanceRow[];
}

const cells = <T>(values: readonly (T | null)[], best: readonly boolean[] = []): CompareCell<T>[] =>
  values.map((value, i) => ({ value, best: best[i] ?? false }));

/**
 * The rows comparing `zones` (the app compares at most four). `year`: the timeline's year, null for today.
 * `historiesLoaded`: whether `stage_history` holds data; with a year set and no histories, the stage is unknown.
 * Distances are rounded to `DISTANCE_DIGITS` before the nearest is picked.
 */
export function comparisonRows(zones: readonly ZoneFeature[], year: number | null, historiesLoaded: boolean): ComparisonRows {
  const props = zones.map((z) => z.properties);
  const stages = props.map((p) => (year !== null && !historiesLoaded ? null : stageAt(p, year)));
  const round = (km: number) => Math.round(km * 10 ** DISTANCE_DIGITS) / 10 ** DISTANCE_DIGITS;
  return {
    stage: cells(stages, markBest(stages.map((s) => (s?.stage ? STAGE_RANK[s.stage] : null)), 'max')),
    officialHa: cells(props.map((p) => p.official_area_ha)),
    occupancyPct: cells(props.map((p) => p.occupancy_pct)),
    distances: DISTANCE_TARGETS.map((target) => {
      const km = props.map((p) => distanceToTargetKm(p.anchor, target));
      return { target, cells: cells(km, markBest(km.map(round), 'min')) };
    }),
  };
}
