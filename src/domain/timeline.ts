/**
 * The map as of a year, from each feature's `stage_history`. A history entry says "a source dated `date`
 * reports the feature in `stage`". A feature appears from its first dated entry, in that entry's stage, and changes
 * stage at the first entry that records a new one; `dropped` takes it off the map (a feature removed from the plan)
 * until an entry puts it back. Where the sources give no date for a stage — a feature first recorded already
 * built or operating — the timeline says "date not published" (`earlierUndated`) instead of guessing a year.
 */
import type { PartialDate, Stage, StageEvent, ZoneFeature } from './zone.ts';

/** The timeline's range and the plan years marked on it. */
export const TIMELINE_FIRST_YEAR = 2005;
export const TIMELINE_LAST_YEAR = 2050;
export const PLAN_YEARS = [2030, 2050] as const;

/** The calendar year of a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/**
 * The stage a history records as of the end of `year`: the stage of its last entry dated in or before that year;
 * null when no entry is that old (not yet in any source) or the last such entry drops the feature.
 */
export function stageAsOf(history: readonly StageEvent[], year: number): Stage | null {
  const stage = entryAsOf(history, year)?.stage ?? null;
  return stage === 'dropped' ? null : stage;
}

/** The last history entry dated in or before `year` (the one the stage then rests on), or null. */
export function entryAsOf(history: readonly StageEvent[], year: number): StageEvent | null {
  let entry: StageEvent | null = null;
  for (const e of history) {
    if (yearOf(e.date) > year) break;
    entry = e;
  }
  return entry;
}

/**
 * The features as of `year`, each with the stage it had then (`stage` replaced; nothing else changes). Features
 * not yet recorded, or dropped, are left out. With `year` null, the features as they are.
 */
export function zonesAsOf(zones: readonly ZoneFeature[], year: number | null): readonly ZoneFeature[] {
  if (year === null) return zones;
  const out: ZoneFeature[] = [];
  for (const z of zones) {
    const stage = stageAsOf(z.properties.stage_history, year);
    if (stage === null) continue;
    out.push(stage === z.properties.stage ? z : { ...z, properties: { ...z.properties, stage } });
  }
  return out;
}

/** A year made safe for the timeline: an integer within its range, or null (today) for anything else. */
export function timelineYear(v: unknown): number | null {
  const n = typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : typeof v === 'number' ? v : NaN;
  if (!Number.isInteger(n)) return null;
  return Math.min(TIMELINE_LAST_YEAR, Math.max(TIMELINE_FIRST_YEAR, n));
}
