/**
 * The composition root's product: everything the UI works with, made once at start-up. The state and
 * the URL sync come first (the link's view — filters, language, selection — applies before anything
 * renders), then the import state, and a signal that holds the map controller once the map exists.
 */
import { signal, type Signal } from '@preact/signals';
import type { ZoneMapController } from '../../map/zone_map.ts';
import { createAppState, type AppState } from '../../state/app_state.ts';
import { createImportState, type ImportState } from '../../state/import_state.ts';
import { createUrlSync, type UrlSync } from '../../state/url_sync.ts';

export interface AppContext {
  state: AppState;
  sync: UrlSync;
  imp: ImportState;
  /** The map controller; null until the map is created, and if it cannot be (no WebGL). */
  map: Signal<ZoneMapController | null>;
}

/** Creates the app's state, its URL sync (applying the link at once), the import state and the map slot. */
export function createAppContext(): AppContext {
  const state = createAppState();
  const sync = createUrlSync(state);
  return { state, sync, imp: createImportState(), map: signal(null) };
}
