/**
 * The composition root's product: everything the UI works with, made once at start-up. The state and
 * the URL sync come first (the link's view — filters, language, selection — applies before anything
 * renders), then the import state, and a signal that holds the map controller once the map exists.
 */
import { effect, signal, untracked, type Signal } from '@preact/signals';
import type { ZoneMapController } from '../../map/zone_map.ts';
import { createAppState, type AppState } from '../../state/app_state.ts';
import { createDrawRequest, dismissDraw, type DrawRequest } from '../../state/draw_request.ts';
import { closeImportPanel, createImportState, type ImportState } from '../../state/import_state.ts';
import { createUrlSync, type UrlSync } from '../../state/url_sync.ts';

export interface AppContext {
  state: AppState;
  sync: UrlSync;
  imp: ImportState;
  /** Whether the boundary workbench is open, and what to start it from (its state loads with it). */
  draw: DrawRequest;
  /** The map controller; null until the map is created, and if it cannot be (no WebGL). */
  map: Signal<ZoneMapController | null>;
}

/** Creates the app's state, its URL sync (applying the link at once), the import state, the drawing request and the map slot. */
export function createAppContext(): AppContext {
  const state = createAppState();
  const sync = createUrlSync(state);
  const imp = createImportState();
  const draw = createDrawRequest();
  // One side panel at a time: opening the workbench closes the import panel, and the other way round.
  effect(() => {
    if (draw.open.value) untracked(() => closeImportPanel(imp));
  });
  effect(() => {
    if (imp.panelOpen.value) untracked(() => dismissDraw(draw));
  });
  return { state, sync, imp, draw, map: signal(null) };
}
