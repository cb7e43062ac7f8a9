/**
 * The details panel, loaded the first time a feature is selected, or once the first view is drawn
 * (`preloadZonePanel`), so it is not part of the first-load JS and is still at hand for the first click.
 */
import type { ComponentChildren } from 'preact';
import type { AppState } from '../../state/app_state.ts';
import { t } from '../app/i18n.ts';
import { lazyPart, useLazyPart } from '../app/lazy.ts';

type PanelProps = { state: AppState; onClose: () => void; actions?: ComponentChildren };

const panel = lazyPart(() => import('./ZonePanel.tsx').then((m) => m.ZonePanel));

/** Loads the panel's module (once). */
export const preloadZonePanel = (): Promise<unknown> => panel.load();

export function ZonePanelHost(props: PanelProps) {
  const selected = props.state.selected.value !== null;
  const [View, failed] = useLazyPart(panel, selected);
  if (View) return <View {...props} />;
  if (failed && selected) return <p class="area-table-failed" role="alert">{t(props.state.lang.value, 'viewLoadFailed', { reason: failed })}</p>;
  return null;
}
