/** What the zone map controller is told at creation, and the test hook it sets. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../domain/zone.ts';
import type { BaseLayerId } from './online_layers.ts';
import type { ImportedView } from '../state/import_state.ts';

export interface ZoneMapOptions {
  container: HTMLElement;
  lang: Lang;
  /** Credits for the app's own data in each language (the basemap source adds its own). */
  attribution: Record<Lang, string[]>;
  /** Absolute URL of the embedded PMTiles basemap. */
  basemapUrl: string | null;
  /** Called with a feature id when the user clicks a zone, or null on empty map; `add` with Ctrl or ⌘ held. */
  onSelect: (id: string | null, add: boolean) => void;
  /** Called with a problem (a missing tile, a failed font): the library's own text, or null when it gives none. */
  onProblem: (message: string | null) => void;
  /** An online base layer could not load; the map is back on the embedded basemap. */
  onBaseLayerFailed: (id: BaseLayerId) => void;
  /** Called with an imported feature's id when the user clicks it (it then wins over zones below). */
  onImportedClick?: (id: string) => void;
  /** Called after each zoom with how many imported features are shown and how many of them as dots (null: none shown). */
  onImportedView?: (view: ImportedView | null) => void;
  /**
   * Key under which MapLibre keeps the camera in the page's hash (`#map=zoom/lat/lon`, beside the app's own
   * keys; see `src/state/url_sync.ts`); `false` leaves the URL alone. Default `map`.
   */
  hash?: string | false;
}

declare global {
  interface Window {
    /**
     * Test hook (documented in the README): the live MapLibre map, for the browser tests, benchmarks and
     * the picture script to read what is drawn. The app's own code never uses it.
     */
    __zoneMap?: MapLibreMap;
  }
}
