/**
 * The timeline's place in the sidebar: a heading and a button until it is wanted, then the timeline itself, loaded
 * on first use (it is not part of the first-load JS). A link with a year loads it at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { AppState } from '../../state/app_state.ts';
import { t } from '../app/i18n.ts';
import { lazyPart, useLazyPart } from '../app/lazy.ts';
import { tZones } from './strings.ts';

const timeline = lazyPart(() => import('./Timeline.tsx').then((m) => m.Timeline));

export function TimelineHost({ state }: { state: AppState }) {
  const lang = state.lang.value;
  const [wanted, setWanted] = useState<'link' | 'button' | null>(() => (state.year.peek() !== null ? 'link' : null));
  const yearSet = state.year.value !== null;
  useEffect(() => {
    if (yearSet && !wanted) setWanted('link');
  }, [yearSet]);
  const [View, failed] = useLazyPart(timeline, wanted !== null);
  if (View) return <View state={state} focusOnOpen={wanted === 'button'} />;
  return (
    <section class="timeline timeline-closed" data-testid="timeline" aria-labelledby="timeline-title">
      <div class="timeline-head">
        <h2 id="timeline-title">{tZones(lang, 'timelineTitle')}</h2>
        <button type="button" class="tl-btn" data-testid="timeline-open" aria-expanded={false} onClick={() => setWanted('button')}>
          {tZones(lang, 'timelineOpen')}
        </button>
      </div>
      {failed && <p role="alert">{t(lang, 'viewLoadFailed', { reason: failed })}</p>}
    </section>
  );
}
