/**
 * Adding a feature to the comparison and taking it out: the button of the details panel and of each list entry,
 * Ctrl/⌘+click on the map (`toggleCompareAnnounced`), and the status line that says what happened.
 */
import { signal } from '@preact/signals';
import type { ZoneFeature } from '../../domain/zone.ts';
import { MAX_COMPARE } from '../../state/view.ts';
import { toggleCompare, type AppState } from '../../state/app_state.ts';
import { t } from './i18n.ts';
import { tx } from './text.ts';

/** The last thing the comparison buttons did, for the status line (screen readers hear it). */
const said = signal('');

/** Adds or removes a feature and says so. */
export function toggleCompareAnnounced(state: AppState, zone: ZoneFeature): void {
  const lang = state.lang.peek();
  const before = state.compare.peek().length;
  const inNow = toggleCompare(state, zone.properties.id);
  const n = state.compare.peek().length;
  if (n === before) return; // full: the notice says so
  said.value = t(lang, inNow ? 'compareAdded' : 'compareRemoved', { name: tx(zone.properties.short_name, lang), n, max: MAX_COMPARE });
}

/** "+ Compare" / "✓ In comparison" for one feature (`compact`: the list's small square button). */
export function CompareToggle({ state, zone, compact = false }: { state: AppState; zone: ZoneFeature; compact?: boolean }) {
  const lang = state.lang.value;
  const on = state.compare.value.includes(zone.properties.id);
  const name = tx(zone.properties.short_name, lang);
  return (
    <button
      type="button"
      class={`compare-toggle ${compact ? 'compact' : 'share-btn secondary'} ${on ? 'on' : ''}`}
      aria-pressed={on}
      aria-label={compact ? t(lang, on ? 'compareRemoveLabel' : 'compareAddLabel', { name }) : undefined}
      title={t(lang, on ? 'compareRemoveLabel' : 'compareAddLabel', { name })}
      data-testid={compact ? `list-compare-${zone.properties.id}` : 'panel-compare'}
      onClick={() => toggleCompareAnnounced(state, zone)}
    >
      {compact ? (on ? '✓' : '+') : t(lang, on ? 'compareIn' : 'compareAdd')}
    </button>
  );
}

/** The toggle for the selected feature (the details panel's). */
export function SelectedCompareToggle({ state }: { state: AppState }) {
  const zone = state.selected.value;
  return zone ? <CompareToggle state={state} zone={zone} /> : null;
}

/** The status line the comparison buttons speak through. */
export function CompareStatus() {
  return <p class="visually-hidden" role="status" data-testid="compare-status">{said.value}</p>;
}
