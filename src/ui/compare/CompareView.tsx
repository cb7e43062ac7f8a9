/**
 * "Compare sites side by side": the compared features (`state.compared`, at most `MAX_COMPARE`) in one table, with
 * Print (A4 landscape), Clear and Close. Escape closes. Opening it asks for the detail properties
 * (`state.detailsWanted`); until they are in, the cells that need them say so.
 */
import { dataDate, today } from '../app/dates.ts';
import { t } from '../app/i18n.ts';
import { focusOpenedView } from '../app/focus.ts';
import { useEffect, useRef } from 'preact/hooks';
import { clearCompare, toggleCompare, type AppState } from '../../state/app_state.ts';
import { MAX_COMPARE } from '../../state/view.ts';
import { CompareTable } from './CompareTable.tsx';
import { tCompare } from './strings.ts';
import './compare.css';

/** On `<html>` while the comparison prints: compare.css then prints the comparison and nothing else. */
export const PRINTING_COMPARE_CLASS = 'printing-compare';

/** Prints the comparison alone, on one A4 landscape page; the class comes off when printing is over. */
function printComparison(): void {
  const root = document.documentElement;
  const done = () => {
    root.classList.remove(PRINTING_COMPARE_CLASS);
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  root.classList.add(PRINTING_COMPARE_CLASS);
  window.print();
}

export interface CompareViewProps {
  state: AppState;
  onClose: () => void;
  onShowOnMap: (id: string) => void;
}

export function CompareView({ state, onClose, onShowOnMap }: CompareViewProps) {
  const lang = state.lang.value;
  const zones = state.compared.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    state.detailsWanted.value = true;
    focusOpenedView(heading.current);
    return () => document.documentElement.classList.remove(PRINTING_COMPARE_CLASS);
  }, []);
  // A removed column takes its focused button with it: focus goes back to the view's heading.
  const refocus = () => heading.current?.focus({ preventScroll: true });
  return (
    <section
      class="compare-view"
      data-testid="compare-view"
      aria-labelledby="compare-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <header class="compare-head">
        <h2 id="compare-title" tabIndex={-1} ref={heading}>{tCompare(lang, 'title')}</h2>
        <div class="compare-actions">
          {zones.length > 0 && (
            <>
              <button type="button" class="btn" data-testid="compare-print" onClick={printComparison}>
                {tCompare(lang, 'print')}
              </button>
              <button type="button" class="btn" data-testid="compare-clear" onClick={() => { clearCompare(state); refocus(); }}>
                {tCompare(lang, 'clear')}
              </button>
            </>
          )}
          <button type="button" class="btn btn-primary" data-testid="compare-close" onClick={onClose}>
            {tCompare(lang, 'close')}
          </button>
        </div>
      </header>
      {zones.length === 0 ? (
        <div class="compare-empty" data-testid="compare-empty">
          <p><strong>{tCompare(lang, 'emptyText')}</strong></p>
          <p>{tCompare(lang, 'emptyHow', { max: MAX_COMPARE })}</p>
        </div>
      ) : (
        <CompareTable
          state={state}
          zones={zones}
          onShowOnMap={onShowOnMap}
          onRemove={(id) => { toggleCompare(state, id); refocus(); }}
        />
      )}
      {zones.length > 0 && (
        // On paper only: where the figures come from, when they were checked and printed, and the link back.
        <p class="compare-print-foot">
          {t(lang, 'mapAttribution')}. {tCompare(lang, 'printFoot', { data: dataDate(state.zones.value, lang), printed: today(lang) })} {location.href}
        </p>
      )}
    </section>
  );
}
