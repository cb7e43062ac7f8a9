/**
 * The features of a file the user imported, drawn above the zones: added to MapLibre in slices with the
 * layers hidden (a 20 MB file would otherwise clone every position in one long task), then shown; one
 * feature highlighted through feature-state; the camera fitted to one or all. A newer import cancels an
 * older one still being added (compared by identity).
 */
import type { GeoJSONSource, Map as MapLibreMap, PaddingOptions, PointLike } from 'maplibre-gl';
import type { ImportedFeature } from '../import/types.ts';
import { addImportedLayers, IMPORTED_LAYER, IMPORTED_SOURCE, importedBounds, importedMapChunks, setImportedVisible } from './import_layers.ts';
import type { ImportedTheme } from './theme.ts';

/** Camera moves above this many features jump: animating would load a heavy file's tiles at every zoom on the way. */
const ANIMATE_MAX_FEATURES = 1000;

export class ImportedOverlay {
  private features: readonly ImportedFeature[] = [];
  private selectedId: string | null = null;

  /**
   * `whenReady` runs a step once the style has loaded; `onProblem` hears of a failure to add the data,
   * as text for the notice.
   */
  constructor(
    private readonly map: MapLibreMap,
    private readonly theme: ImportedTheme,
    private readonly whenReady: (fn: () => void) => void,
    private readonly onProblem: (message: string) => void,
  ) {}

  /** Replaces the imported features (an empty list removes them). Marks `imported-data` once the map holds them. */
  set(features: readonly ImportedFeature[]): void {
    this.features = features;
    this.selectedId = null;
    this.whenReady(() => {
      this.feed(features).catch((e: unknown) => this.onProblem(e instanceof Error ? e.message : String(e)));
    });
  }

  private async feed(features: readonly ImportedFeature[]): Promise<void> {
    if (addImportedLayers(this.map, this.theme)) {
      this.map.on('mouseenter', IMPORTED_LAYER.fill, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', IMPORTED_LAYER.fill, () => (this.map.getCanvas().style.cursor = ''));
    } else {
      this.map.removeFeatureState({ source: IMPORTED_SOURCE });
    }
    const source = this.map.getSource<GeoJSONSource>(IMPORTED_SOURCE);
    setImportedVisible(this.map, false);
    await source?.setData({ type: 'FeatureCollection', features: [] });
    for (const chunk of importedMapChunks(features)) {
      if (this.features !== features) return;
      await source?.updateData({ add: chunk });
    }
    if (this.features !== features) return;
    setImportedVisible(this.map, true);
    this.highlight(null, this.selectedId);
    performance.mark('imported-data');
  }

  /** Highlights one imported feature (or none). */
  select(id: string | null): void {
    const prev = this.selectedId;
    this.selectedId = id !== null && this.features.some((f) => f.id === id) ? id : null;
    const next = this.selectedId;
    if (prev !== next) this.whenReady(() => this.highlight(prev, next));
  }

  private highlight(prev: string | null, next: string | null): void {
    if (!this.map.getSource(IMPORTED_SOURCE)) return;
    if (prev !== null && prev !== next) this.map.setFeatureState({ source: IMPORTED_SOURCE, id: prev }, { selected: false });
    if (next !== null) this.map.setFeatureState({ source: IMPORTED_SOURCE, id: next }, { selected: true });
  }

  /** Fits the camera to one imported feature, or to all of them (`null`). */
  fit(id: string | null, padding: number | PaddingOptions): void {
    const b = importedBounds(this.features, id);
    const duration = this.features.length > ANIMATE_MAX_FEATURES ? 0 : 700;
    if (b) this.whenReady(() => this.map.fitBounds(b, { padding, maxZoom: 15, duration }));
  }

  /** The imported feature under a map point (it wins over the zones below), or null. */
  idAt(point: PointLike): string | null {
    if (!this.map.getLayer(IMPORTED_LAYER.fill)) return null;
    const hit = this.map.queryRenderedFeatures(point, { layers: [IMPORTED_LAYER.fill] })[0];
    return hit ? String(hit.properties['id']) : null;
  }
}
