/**
 * The timeline: a year control (2005 → 2050, the plan years marked) that shows the map, the list and the legend as
 * of that year, and a play button that steps through the years in which the sources record a change, naming each
 * change and its source. "Today" puts the map back as it is. The histories live in the whole data file: until it
 * has loaded the control says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPartialDate } from '../../domain/format.ts';
import { PLAN_YEARS, TIMELINE_FIRST_YEAR, TIMELINE_LAST_YEAR } from '../../domain/timeline.ts';
import { timelineSteps, type TimelineChange, type TimelineStep } from '../../domain/timeline_steps.ts';
import type { Lang, ZoneFeature } from '../../domain/zone.ts';
import { setYear, type AppState } from '../../state/app_state.ts';
import { tx } from '../app/text.ts';
import { Source } from './Sources.tsx';
import { STAGE_LABEL, tZones } from './strings.ts';
import { tTimeline } from './timeline_strings.ts';

/** Time between two steps while playing, ms. */
const PLAY_STEP_MS = 1800;

const pct = (year: number) => ((year - TIMELINE_FIRST_YEAR) / (TIMELINE_LAST_YEAR - TIMELINE_FIRST_YEAR)) * 100;

/** The step (year with changes) after `year`, or the first one. */
function nextStep(steps: readonly TimelineStep[], year: number | null): TimelineStep | undefined {
  return year === null ? steps[0] : steps.find((s) => s.year > year);
}

export function Timeline({ state, focusOnOpen = false }: { state: AppState; /** Opened with its button: focus the year control. */ focusOnOpen?: boolean }) {
  const lang = state.lang.value;
  const year = state.year.value;
  const loaded = state.details.value === 'loaded';
  const [playing, setPlaying] = useState(false);
  const thisYear = new Date().getFullYear();
  const steps = loaded ? timelineSteps(state.zones.value) : [];
  const step = year === null ? undefined : steps.find((s) => s.year === year);
  const byId = new Map(state.zones.value.map((z) => [z.properties.id, z]));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const range = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusOnOpen) range.current?.focus();
  }, []);

  // Playing: one step at a time, stopping after the last one.
  useEffect(() => {
    if (!playing) return;
    if (!loaded) {
      state.detailsWanted.value = true;
      return;
    }
    const next = nextStep(steps, state.year.peek());
    if (!next) {
      setPlaying(false);
      return;
    }
    timer.current = setTimeout(() => setYear(state, next.year), state.year.peek() === null ? 0 : PLAY_STEP_MS);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, [playing, year, loaded]);

  const choose = (y: number | null) => {
    setPlaying(false);
    setYear(state, y);
  };
  // From today, "previous" is the latest year with a change and there is no "next"; the play button starts from the first.
  const prev = [...steps].reverse().find((s) => year === null || s.year < year);
  const next = year === null ? undefined : nextStep(steps, year);

  return (
    <section class="timeline" data-testid="timeline" aria-labelledby="timeline-title">
      <div class="timeline-head">
        <h2 id="timeline-title">{tZones(lang, 'timelineTitle')}</h2>
        <output class="timeline-year" data-testid="timeline-year" aria-live="off">
          {year === null ? tTimeline(lang, 'timelineToday') : tTimeline(lang, 'timelineAsOf', { year })}
        </output>
      </div>
      <div class="timeline-track">
        <label class="visually-hidden" for="timeline-range">{tTimeline(lang, 'timelineRangeLabel')}</label>
        <input
          id="timeline-range"
          ref={range}
          type="range"
          min={TIMELINE_FIRST_YEAR}
          max={TIMELINE_LAST_YEAR}
          step={1}
          list="timeline-marks"
          value={year ?? Math.min(TIMELINE_LAST_YEAR, thisYear)}
          aria-valuetext={year === null ? tTimeline(lang, 'timelineToday') : String(year)}
          data-testid="timeline-range"
          onInput={(e) => choose(Number((e.target as HTMLInputElement).value))}
        />
        <datalist id="timeline-marks">
          {[TIMELINE_FIRST_YEAR, ...PLAN_YEARS].map((y) => <option key={y} value={y} />)}
        </datalist>
        <div class="timeline-marks" aria-hidden="true">
          <span style={{ left: '0%' }}>{TIMELINE_FIRST_YEAR}</span>
          {PLAN_YEARS.map((y) => <span key={y} class="mark-plan" style={{ left: `${pct(y)}%` }}>{y}</span>)}
        </div>
        <p class="timeline-plan-note">{tTimeline(lang, 'timelinePlanMarks')}</p>
      </div>
      <div class="timeline-buttons">
        <button type="button" class="tl-btn" disabled={!loaded || !prev} onClick={() => prev && choose(prev.year)} data-testid="timeline-prev"
          aria-label={tTimeline(lang, 'timelinePrev')} title={tTimeline(lang, 'timelinePrev')}>◀</button>
        <button type="button" class="tl-btn tl-play" aria-pressed={playing} data-testid="timeline-play"
          onClick={() => {
            if (playing) return setPlaying(false);
            // Played to the end (or from today): start again from the first year with a change.
            if (!nextStep(steps, year) || year === null) setYear(state, null);
            setPlaying(true);
          }}>
          {playing ? tTimeline(lang, 'timelinePause') : tTimeline(lang, 'timelinePlay')}
        </button>
        <button type="button" class="tl-btn" disabled={!loaded || !next} onClick={() => next && choose(next.year)} data-testid="timeline-next"
          aria-label={tTimeline(lang, 'timelineNext')} title={tTimeline(lang, 'timelineNext')}>▶</button>
        <button type="button" class="tl-btn" disabled={year === null} onClick={() => choose(null)} data-testid="timeline-today">
          {tTimeline(lang, 'timelineBackToday')}
        </button>
      </div>
      <div class="timeline-step" role="status" data-testid="timeline-step">
        {year !== null && !loaded && <p>{tTimeline(lang, state.details.value === 'failed' ? 'timelineHistoryFailed' : 'timelineLoading')}</p>}
        {year !== null && loaded && (
          <>
            <p class="timeline-count">{tTimeline(lang, 'timelineShown', { n: state.datedZones.value.length, year })}</p>
            {year > thisYear && <p class="timeline-note">{tTimeline(lang, 'timelineFuture', { year: thisYear })}</p>}
            {step ? (
              <ul class="timeline-changes">
                {step.changes.map((c) => <Change key={`${c.id}-${c.event.date}`} change={c} zone={byId.get(c.id)} lang={lang} />)}
              </ul>
            ) : <p class="timeline-note">{tTimeline(lang, 'timelineNoChange', { year })}</p>}
          </>
        )}
      </div>
    </section>
  );
}

/** One change: date, feature, from → to, what happened and its source; "date not published" for earlier stages. */
function Change({ change, zone, lang }: { change: TimelineChange; zone: ZoneFeature | undefined; lang: Lang }) {
  const name = zone ? tx(zone.properties.short_name, lang) : change.id;
  const to = change.to === null ? tTimeline(lang, 'timelineDropped') : STAGE_LABEL[lang][change.to];
  return (
    <li class="timeline-change" data-zone-id={change.id}>
      <strong>{formatPartialDate(change.event.date, lang)}</strong>{' · '}{name}:{' '}
      {change.from === null ? tTimeline(lang, change.to === null ? 'timelineDropped' : 'timelineFirst', { stage: to }) : `${STAGE_LABEL[lang][change.from]} → ${to}`}
      {change.earlierUndated && <span class="timeline-undated"> {tTimeline(lang, 'timelineEarlierUndated')}</span>}
      <span class="timeline-text"> — {tx(change.event.text, lang)} </span>
      <Source src={change.event.source} lang={lang} />
    </li>
  );
}
