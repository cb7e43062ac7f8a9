/**
 * Parts loaded the first time they are shown (none is part of the first-load JS): the comparison and the summary
 * charts, laid over the map like the area table (focus moves to the view's heading when it opens, Escape closes
 * it), and the embed's list of features.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartFilter } from '../../domain/summary_charts.ts';
import type { AppState } from '../../state/app_state.ts';
import { t } from './i18n.ts';
import { focusOpenedView } from './focus.ts';
import { lazyPart, useLazyPart } from './lazy.ts';

type CompareProps = { state: AppState; onClose: () => void; onShowOnMap: (id: string) => void };
type ChartsProps = { state: AppState; onClose: () => void; onFilter: (f: ChartFilter) => void };
type EmbedListProps = { state: AppState; onChoose: (id: string, from: HTMLElement) => void };

/** A component whose module loads on first render: nothing while it loads, then the component (or why it failed). */
function lazy<P extends { state: AppState }>(load: () => Promise<ComponentType<P>>, overlay: string | null) {
  const part = lazyPart(load);
  return function Lazy(props: P) {
    const [View, failed] = useLazyPart(part);
    const box = useRef<HTMLDivElement>(null);
    const lang = props.state.lang.value;
    // Focus into the view once it has rendered, if the user opened it: its heading (made focusable).
    useEffect(() => {
      const heading = View && box.current?.querySelector<HTMLElement>('h2');
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      focusOpenedView(heading);
    }, [View]);
    const body = failed ? <p role="alert">{t(lang, 'viewLoadFailed', { reason: failed })}</p> : View ? <View {...props} /> : null;
    if (overlay === null) return body;
    const onClose = (props as unknown as { onClose: () => void }).onClose;
    return (
      <div
        class={`overlay-view overlay-${overlay}`}
        ref={box}
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || e.defaultPrevented) return;
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
      >
        {body ?? <p class="overlay-loading" role="status">{t(lang, 'viewLoading')}</p>}
      </div>
    );
  };
}

export const CompareHost = lazy<CompareProps>(() => import('../compare/CompareView.tsx').then((m) => m.CompareView), 'compare');
export const ChartsHost = lazy<ChartsProps>(() => import('../charts/ChartsView.tsx').then((m) => m.ChartsView), 'charts');
export const EmbedListHost = lazy<EmbedListProps>(() => import('./EmbedList.tsx').then((m) => m.EmbedList), null);
