/**
 * The timeline's changes: when the sources record a feature first, changing stage, dropped from the plan or back,
 * grouped by year for the play button (see `timeline.ts` for what an entry's date means). Apart from `timeline.ts`
 * so the first view, which only needs a feature's stage as of a year, does not carry it.
 */
import type { HistoryStage, Stage, StageEvent, ZoneFeature } from './zone.ts';
import { yearOf } from './timeline.ts';

/** One change on the timeline: a feature first recorded, changing stage, dropped, or back after being dropped. */
export interface TimelineChange {
  id: string;
  /** The stage before (null: not on the map before). */
  from: Stage | null;
  /** The stage after (null: dropped). */
  to: Stage | null;
  /** The entry that records the change: its date, text and source. */
  event: StageEvent;
  /**
   * A feature first recorded beyond `planned` (already clearing land, built or operating): when it entered the
   * plan and reached the stages before is not published.
   */
  earlierUndated: boolean;
}

/** A feature's changes, oldest first; an entry that repeats the stage before it is no change. */
export function changesOf(zone: ZoneFeature): TimelineChange[] {
  const out: TimelineChange[] = [];
  let prev: HistoryStage | null = null;
  for (const e of zone.properties.stage_history) {
    if (e.stage !== prev) {
      out.push({
        id: zone.properties.id,
        from: prev === null || prev === 'dropped' ? null : prev,
        to: e.stage === 'dropped' ? null : e.stage,
        event: e,
        earlierUndated: prev === null && e.stage !== 'planned' && e.stage !== 'dropped',
      });
    }
    prev = e.stage;
  }
  return out;
}

/** One step of the play button: a year and every change recorded in it, oldest first. */
export interface TimelineStep {
  year: number;
  changes: TimelineChange[];
}

/** The years in which something changed, with their changes (ordered by date, then feature id). */
export function timelineSteps(zones: readonly ZoneFeature[]): TimelineStep[] {
  const byYear = new Map<number, TimelineChange[]>();
  for (const z of zones) {
    for (const c of changesOf(z)) {
      const y = yearOf(c.event.date);
      const list = byYear.get(y) ?? [];
      list.push(c);
      byYear.set(y, list);
    }
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, changes]) => ({ year, changes: changes.sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.id < b.id ? -1 : 1)) }));
}

