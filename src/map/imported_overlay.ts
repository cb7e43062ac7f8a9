/**
 * The features of a file the user imported, drawn above the zones: added to MapLibre in slices with the
 * layers hidden (a 20 MB file would otherwise clone every position in one long task), then shown; every
 * feature too small to see at the current zoom also drawn as a dot, and the count reported; one feature
 * highlighted through feature-state; the camera fitted to one or all. A newer import cancels an older one
 * still being added (compared by identity).
 */
import type { GeoJSONSource, Map as MapLibreMap, PaddingOptions, PointLike } from 'maplibre-gl';
import type { ImportedFeature } from '../import/types.ts';
import type { ImportedView } from '../state/import_state.ts';
import {
  addImportedLayers, dotFilter, dotThresholdM, IMPORTED_LAYER, IMPORTED_POINTS_SOURCE, IMPORTED_SOURCE, importedBounds, importedMapChunks,
  importedPoints, setImportedVisible, type ImportedPoints,
} from './import_layers.ts';
import type { ImportedTheme } from './theme.ts';

/** Camera moves above this many features jump: animating would load a heavy file's tiles at every zoom on the way. */
const ANIMATE_MAX_FEATURES = 1000;

export class ImportedOverlay {
  private features: readonly ImportedFeature[] = [];
  private points: ImportedPoints['features'] = [];
  private selectedId: string | null = null;

  /**
   * `whenReady` runs a step once the style has loaded; `onProblem` hears of a failure to add the data,
   * as text for the notice; `onView` hears how many features are shown, and how many as dots, after every
   * zoom (null when none are shown).
   */
  constructor(
    private readonly map: MapLibreMap,
    private readonly theme: ImportedTheme,
    private readonly whenReady: (fn: () => void) => void,
    private readonly onProblem: (message: string) => void,
    private readonly onView: (view: ImportedView | null) => void = () => undefined,
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
    // No import yet: nothing to add (two more sources would hold back the map's first `idle`).
    if (features.length === 0 && !this.map.getSource(IMPORTED_SOURCE)) {
      this.onView(null);
      performance.mark('imported-data');
      return;
    }
    if (addImportedLayers(this.map, this.theme)) {
      for (const layer of [IMPORTED_LAYER.fill, IMPORTED_LAYER.dot]) {
        this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
        this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
      }
      this.map.on('zoomend', () => this.updateDots());
    } else {
      this.map.removeFeatureState({ source: IMPORTED_SOURCE });
      this.map.removeFeatureState({ source: IMPORTED_POINTS_SOURCE });
    }
    const source = this.map.getSource<GeoJSONSource>(IMPORTED_SOURCE);
    setImportedVisible(this.map, false);
    this.points = [];
    this.onView(null);
    await source?.setData({ type: 'FeatureCollection', features: [] });
    for (const chunk of importedMapChunks(features)) {
      if (this.features !== features) return;
      await source?.updateData({ add: chunk });
    }
    if (this.features !== features) return;
    const points = importedPoints(features);
    await this.map.getSource<GeoJSONSource>(IMPORTED_POINTS_SOURCE)?.setData(points);
    if (this.features !== features) return;
    this.points = points.features;
    this.updateDots();
    setImportedVisible(this.map, true);
    this.highlight(null, this.selectedId);
    performance.mark('imported-data');
  }

  /** Shows a dot for each feature too small to see at the current zoom, and reports the count. */
  private updateDots(): void {
    if (!this.map.getLayer(IMPORTED_LAYER.dot)) return;
    const zoom = this.map.getZoom();
    const lat = this.map.getCenter().lat;
    this.map.setFilter(IMPORTED_LAYER.dot, dotFilter(zoom, lat));
    const below = dotThresholdM(zoom, lat);
    this.onView(this.points.length ? { total: this.points.length, dots: this.points.filter((p) => p.properties.size_m < below).length } : null);
  }

  /** Highlights one imported feature (or none). */
  select(id: string | null): void {
    const prev = this.selectedId;
    this.selectedId = id !== null && this.features.some((f) => f.id === id) ? id : null;
    const next = this.selectedId;
    if (prev !== next) this.whenReady(() => this.highlight(prev, next));
  }

  private highlight(prev: string | null, next: string | null): void {
    for (const source of [IMPORTED_SOURCE, IMPORTED_POINTS_SOURCE]) {
      if (!this.map.getSource(source)) continue;
      if (prev !== null && prev !== next) this.map.setFeatureState({ source, id: prev }, { selected: false });
      if (next !== null) this.map.setFeatureState({ source, id: next }, { selected: true });
    }
  }

  /** Fits the camera to one imported feature, or to all of them (`null`); marks `imported-fit` when the move starts. */
  fit(id: string | null, padding: number | PaddingOptions): void {
    const b = importedBounds(this.features, id);
    const duration = this.features.length > ANIMATE_MAX_FEATURES ? 0 : 700;
    if (!b) return;
    this.whenReady(() => {
      this.map.fitBounds(b, { padding, maxZoom: 15, duration });
      performance.mark('imported-fit');
    });
  }

  /** The imported feature under a map point (it wins over the zones below), or null. */
  idAt(point: PointLike): string | null {
    if (!this.map.getLayer(IMPORTED_LAYER.fill)) return null;
    const hit = this.map.queryRenderedFeatures(point, { layers: [IMPORTED_LAYER.dot, IMPORTED_LAYER.fill] })[0];
    return hit ? String(hit.properties['id']) : null;
  }
}
