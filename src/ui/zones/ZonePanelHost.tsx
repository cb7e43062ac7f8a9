/**
 * The details panel, loaded the first time a feature is selected, or once the first view is drawn (`preloadZonePanel`),
 * so it is not part of the first-load JS and is still at hand for the first click.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AppState } from '../../state/app_state.ts';
import { tZones } from './strings.ts';

type PanelProps = { state: AppState; onClose: () => void; actions?: ComponentChildren };

let panel: ComponentType<PanelProps> | null = null;
let loading: Promise<ComponentType<PanelProps>> | null = null;

/** Loads the panel's module (once); resolves with its component. */
export function preloadZonePanel(): Promise<ComponentType<PanelProps>> {
  loading ??= import('./ZonePanel.tsx').then((m) => (panel = m.ZonePanel));
  // A failed load may be tried again (the next selection).
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

export function ZonePanelHost(props: PanelProps) {
  const [View, setView] = useState<ComponentType<PanelProps> | null>(() => panel);
  const [failed, setFailed] = useState<string | null>(null);
  const selected = props.state.selected.value !== null;
  useEffect(() => {
    if (!selected || View) return;
    setFailed(null);
    preloadZonePanel().then((c) => setView(() => c), (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)));
  }, [selected]);
  if (View) return <View {...props} />;
  if (failed && selected) return <p class="area-table-failed" role="alert">{tZones(props.state.lang.value, 'tableLoadFailed', { reason: failed })}</p>;
  return null;
}
