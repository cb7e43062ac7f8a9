/**
 * The comparison and the summary charts, each loaded the first time it is shown (neither is part of the first-load
 * JS) and laid over the map like the area table: focus moves to its heading when it opens, Escape closes it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Kind, Stage } from '../../domain/zone.ts';
import type { AppState } from '../../state/app_state.ts';
import { t } from './i18n.ts';

export interface ChartFilter { stages?: Stage[]; kinds?: Kind[]; query?: string }
type CompareProps = { state: AppState; onClose: () => void; onShowOnMap: (id: string) => void };
type ChartsProps = { state: AppState; onClose: () => void; onFilter: (f: ChartFilter) => void };

/** Loads a view module once; renders its component, an error in the UI language, or nothing while it loads. */
function useLazy<P>(load: () => Promise<ComponentType<P>>): [ComponentType<P> | null, string | null] {
  const [view, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    load().then((c) => setView(() => c), (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)));
  }, []);
  return [view, failed];
}

function Overlay({ name, lang, onClose, ready, children }: { name: string; lang: AppState['lang']['value']; onClose: () => void; ready: boolean; children: preact.ComponentChildren }) {
  const box = useRef<HTMLDivElement>(null);
  // Focus into the view once it has rendered: its heading (made focusable), so reading starts at the top.
  useEffect(() => {
    if (!ready) return;
    const heading = box.current?.querySelector<HTMLElement>('h2');
    if (heading) {
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, [ready]);
  return (
    <div
      class={`overlay-view overlay-${name}`}
      ref={box}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      {children}
      {!ready && <p class="overlay-loading" role="status">{t(lang, 'viewLoading')}</p>}
    </div>
  );
}

export function CompareHost(props: CompareProps) {
  const [View, failed] = useLazy<CompareProps>(() => import('../compare/CompareView.tsx').then((m) => m.CompareView));
  const lang = props.state.lang.value;
  if (failed) return <Overlay name="compare" lang={lang} onClose={props.onClose} ready><p role="alert">{t(lang, 'viewLoadFailed', { reason: failed })}</p></Overlay>;
  return <Overlay name="compare" lang={lang} onClose={props.onClose} ready={View !== null}>{View && <View {...props} />}</Overlay>;
}

export function ChartsHost(props: ChartsProps) {
  const [View, failed] = useLazy<ChartsProps>(() => import('../charts/ChartsView.tsx').then((m) => m.ChartsView));
  const lang = props.state.lang.value;
  if (failed) return <Overlay name="charts" lang={lang} onClose={props.onClose} ready><p role="alert">{t(lang, 'viewLoadFailed', { reason: failed })}</p></Overlay>;
  return <Overlay name="charts" lang={lang} onClose={props.onClose} ready={View !== null}>{View && <View {...props} />}</Overlay>;
}
