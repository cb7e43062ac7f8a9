/**
 * The one controller that owns the MapLibre map. UI code calls `setZones()`, `select()`,
 * `setFilter()`, `setLanguage()` and `flyTo()`; every call is safe to repeat. Hover and selection
 * go through feature-state, never by re-sending data.
 */
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
  type FilterSpecification,
  type MapGeoJSONFeature,
  type GeoJSONSource,
  type PaddingOptions,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection, Geometry } from 'geojson';
import { KINDS, STAGES, type Kind, type Lang, type Stage, type ZoneFeature } from '../domain/zone.ts';
import { basemapLabelFields } from './basemap_layers.ts';
import { fontFaces } from './fonts.ts';
import { toMapPoints, toMapPolygons } from './map_features.ts';
import { geometryBounds } from './bounds.ts';
import { OnlineBaseLayer } from './online_base.ts';
import type { BaseLayerId } from './online_layers.ts';
import { makePattern } from './patterns.ts';
import { registerPmtilesProtocol } from './pmtiles_protocol.ts';
import { buildStyle, PROVINCE_SOURCE, ZONES_SOURCE } from './style.ts';
import { THEME, type Theme } from './theme.ts';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, PROVINCE_BOUNDS } from './view.ts';
import { INTERACTIVE_LAYERS, labelField, patternImageId, ZONE_LAYER, zoneLayers } from './zone_layers.ts';
import type { ImportedFeature } from '../import/types.ts';
import type { Camera } from '../state/url_state.ts';
import { addImportedLayers, IMPORTED_LAYER, IMPORTED_SOURCE, importedBounds, importedMapChunks, setImportedVisible } from './import_layers.ts';

setWorkerUrl(workerUrl);

const POINTS_SOURCE = `${ZONES_SOURCE}-points`;

export interface ZoneMapOptions {
  container: HTMLElement;
  lang: Lang;
  attribution: string[];
  /** Absolute URL of the embedded PMTiles basemap. */
  basemapUrl: string | null;
  /** Called with a feature id when the user clicks a zone, or null on empty map. */
  onSelect: (id: string | null) => void;
  /** Called with a short, user-facing problem (a missing tile, a failed font). */
  onProblem: (message: string) => void;
  /** An online base layer could not load; the map is back on the embedded basemap. */
  onBaseLayerFailed: (id: BaseLayerId) => void;
  /** Called with an imported feature's id when the user clicks it (it then wins over zones below). */
  onImportedClick?: (id: string) => void;
  theme?: Theme;
  /**
   * Key under which MapLibre keeps the camera in the page's hash (`#map=zoom/lat/lon`, beside the app's own
   * keys; see `src/state/url_sync.ts`); `false` leaves the URL alone. Default `map`.
   */
  hash?: string | false;
}

declare global {
  interface Window {
    /** The map instance, for tests and benchmarks. */
    __zoneMap?: MapLibreMap;
  }
}

/** Owns the map: sources, layers, interaction and feature-state. */
export class ZoneMapController {
  readonly map: MapLibreMap;
  private readonly theme: Theme;
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();
  private zones: readonly ZoneFeature[] = [];
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private ready = false;
  private readonly online: OnlineBaseLayer;
  private pending: Array<() => void> = [];
  private imported: { features: readonly ImportedFeature[]; selectedId: string | null } = { features: [], selectedId: null };

  constructor(private readonly opts: ZoneMapOptions) {
    this.theme = opts.theme ?? THEME;
    registerPmtilesProtocol();
    this.map = new MapLibreMap({
      container: opts.container,
      style: buildStyle({ theme: this.theme, lang: opts.lang, fontFaces: fontFaces(), province: null, basemapUrl: opts.basemapUrl }),
      bounds: PROVINCE_BOUNDS,
      fitBoundsOptions: { padding: 24 },
      maxBounds: MAX_BOUNDS,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      hash: opts.hash ?? 'map',
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
    this.map.addControl(new AttributionControl({ compact: true, customAttribution: opts.attribution }), 'bottom-right');
    for (const layer of zoneLayers(ZONES_SOURCE, this.theme.zones, opts.lang)) {
      this.baseFilters.set(layer.id, 'filter' in layer ? layer.filter : undefined);
    }
    window.__zoneMap = this.map;
    this.map.once('idle', () => performance.mark('map-idle'));
    this.map.on('load', () => this.onLoad());
    this.online = new OnlineBaseLayer(this.map, ZONE_LAYER.ezFill, opts.onBaseLayerFailed);
    this.map.on('error', (e) => {
      if (!this.online.owns(e)) opts.onProblem(e.error?.message ?? 'map error');
    });
  }

  private onLoad(): void {
    // The compact attribution opens expanded; start it folded so it never covers the map.
    this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
    for (const stage of STAGES) {
      const cue = this.theme.zones.stageCue[stage];
      const img = makePattern(cue.pattern, this.theme.zones.stageStroke[stage], 8 * window.devicePixelRatio);
      if (!this.map.hasImage(patternImageId(stage))) {
        this.map.addImage(patternImageId(stage), img, { pixelRatio: window.devicePixelRatio });
      }
    }
    this.bindPointer();
    this.ready = true;
    const queued = this.pending;
    this.pending = [];
    for (const fn of queued) fn();
  }

  /** Runs now if the style is loaded, else once it is. */
  private whenReady(fn: () => void): void {
    if (this.ready) fn();
    else this.pending.push(fn);
  }

  private bindPointer(): void {
    const canvas = this.map.getCanvas();
    for (const layer of INTERACTIVE_LAYERS) {
      this.map.on('mousemove', layer, (e) => {
        const id = this.topFeatureId(e.features);
        if (id) this.setHover(id);
        canvas.style.cursor = 'pointer';
      });
      this.map.on('mouseleave', layer, () => {
        this.setHover(null);
        canvas.style.cursor = '';
      });
    }
    this.map.on('click', (e) => {
      const hit = this.map.getLayer(IMPORTED_LAYER.fill) && this.map.queryRenderedFeatures(e.point, { layers: [IMPORTED_LAYER.fill] })[0];
      if (hit && this.opts.onImportedClick) return this.opts.onImportedClick(String(hit.properties['id']));
      const features = this.map.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS });
      this.opts.onSelect(this.topFeatureId(features));
    });
  }

  /** The clicked feature, preferring zones and clusters over the economic zone behind them. */
  private topFeatureId(features: MapGeoJSONFeature[] | undefined): string | null {
    if (!features?.length) return null;
    const nonEz = features.find((f) => f.properties['kind'] !== 'economic-zone');
    const id = (nonEz ?? features[0])?.properties['id'];
    return typeof id === 'string' ? id : null;
  }

  private setState(id: string | null, key: 'hover' | 'selected', value: boolean): void {
    if (!id) return;
    for (const source of [ZONES_SOURCE, POINTS_SOURCE]) {
      this.map.setFeatureState({ source, id }, { [key]: value });
    }
  }

  private setHover(id: string | null): void {
    if (id === this.hoveredId) return;
    this.setState(this.hoveredId, 'hover', false);
    this.hoveredId = id;
    this.setState(id, 'hover', true);
  }

  /** Replaces the former-province outline drawn under the zones. */
  setProvince(outline: FeatureCollection<Geometry>): void {
    this.whenReady(() => this.map.getSource<GeoJSONSource>(PROVINCE_SOURCE)?.setData(outline));
  }

  /** Replaces the zone data. Selection and hover survive if their ids still exist. */
  setZones(zones: readonly ZoneFeature[]): void {
    this.zones = zones;
    this.whenReady(() => {
      this.map.getSource<GeoJSONSource>(ZONES_SOURCE)?.setData(toMapPolygons(zones));
      this.map.getSource<GeoJSONSource>(POINTS_SOURCE)?.setData(toMapPoints(zones));
      const sel = this.selectedId;
      this.selectedId = null;
      this.select(sel);
    });
  }

  /** Highlights one feature (or none) through feature-state. */
  select(id: string | null): void {
    this.whenReady(() => {
      if (id === this.selectedId) return;
      this.setState(this.selectedId, 'selected', false);
      this.selectedId = id && this.zones.some((z) => z.properties.id === id) ? id : null;
      this.setState(this.selectedId, 'selected', true);
    });
  }

  /** Shows only the given stages and kinds. */
  setFilter(stages: ReadonlySet<Stage>, kinds: ReadonlySet<Kind>): void {
    const visible: FilterSpecification = [
      'all',
      ['in', ['get', 'stage'], ['literal', STAGES.filter((s) => stages.has(s))]],
      ['in', ['get', 'kind'], ['literal', KINDS.filter((k) => kinds.has(k))]],
    ];
    this.whenReady(() => {
      for (const [layerId, base] of this.baseFilters) {
        this.map.setFilter(layerId, base ? ['all', base, visible] as FilterSpecification : visible);
      }
    });
  }

  /** Switches map labels to a language without touching data. */
  setLanguage(lang: Lang): void {
    this.whenReady(() => {
      for (const id of [ZONE_LAYER.label, ZONE_LAYER.ezLabel]) this.map.setLayoutProperty(id, 'text-field', labelField(lang));
      for (const [id, field] of Object.entries(basemapLabelFields(lang))) {
        if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', field);
      }
    });
  }

  /**
   * Shows an online raster layer over the embedded basemap (under the zones), or only the
   * embedded basemap. A layer that errors or shows no tile in time is removed and reported.
   */
  setBaseLayer(id: BaseLayerId): void {
    this.whenReady(() => this.online.show(id));
  }

  /** Moves the camera to a feature, fitting its bounds. */
  flyTo(id: string, opts: { animate?: boolean; padding?: number | PaddingOptions } = {}): void {
    const f = this.zones.find((z) => z.properties.id === id);
    if (!f) return;
    const b = geometryBounds(f.geometry);
    this.map.fitBounds(b, { padding: opts.padding ?? 80, maxZoom: 13, animate: opts.animate ?? true, duration: 900 });
  }

  /**
   * Shows the features of an imported file above the zones (replacing any before). They are added
   * in slices (`importedMapChunks`) with the layers hidden, then shown; marks `imported-data` then.
   */
  setImported(features: readonly ImportedFeature[]): void {
    this.imported = { features, selectedId: null };
    this.whenReady(() => void this.feedImported(features).catch((e: unknown) => this.opts.onProblem(String(e))));
  }

  private async feedImported(features: readonly ImportedFeature[]): Promise<void> {
    if (addImportedLayers(this.map, this.theme.imported)) {
      this.map.on('mouseenter', IMPORTED_LAYER.fill, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', IMPORTED_LAYER.fill, () => (this.map.getCanvas().style.cursor = ''));
    } else this.map.removeFeatureState({ source: IMPORTED_SOURCE });
    const source = this.map.getSource<GeoJSONSource>(IMPORTED_SOURCE);
    setImportedVisible(this.map, false);
    await source?.setData({ type: 'FeatureCollection', features: [] });
    for (const chunk of importedMapChunks(features)) {
      if (this.imported.features !== features) return;
      await source?.updateData({ add: chunk });
    }
    if (this.imported.features !== features) return;
    setImportedVisible(this.map, true);
    this.selectImported(this.imported.selectedId, true);
    performance.mark('imported-data');
  }

  /** Highlights one imported feature (or none) through feature-state. */
  selectImported(id: string | null, force = false): void {
    const prev = this.imported.selectedId;
    this.imported.selectedId = id && this.imported.features.some((f) => f.id === id) ? id : null;
    const next = this.imported.selectedId;
    this.whenReady(() => {
      if ((prev === next && !force) || !this.map.getSource(IMPORTED_SOURCE)) return;
      if (prev && prev !== next) this.map.setFeatureState({ source: IMPORTED_SOURCE, id: prev }, { selected: false });
      if (next) this.map.setFeatureState({ source: IMPORTED_SOURCE, id: next }, { selected: true });
    });
  }

  /** Fits the camera to one imported feature, or to all of them (`null`). */
  fitImported(id: string | null, padding: number | PaddingOptions = 60): void {
    const b = importedBounds(this.imported.features, id);
    // A large import jumps: animating would load its heavy tiles at every zoom on the way.
    const duration = this.imported.features.length > 1000 ? 0 : 700;
    if (b) this.whenReady(() => this.map.fitBounds(b, { padding, maxZoom: 15, duration }));
  }

  /** Fits the whole former province. */
  fitProvince(animate = true): void {
    this.map.fitBounds(PROVINCE_BOUNDS, { padding: 24, animate });
  }

  /** The camera as links carry it: zoom, centre in degrees, bearing and pitch. */
  camera(): Camera {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng, bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }

  /** Cooperative gestures (two fingers, or Ctrl + scroll, to zoom) for a map embedded in another page. */
  setCooperativeGestures(on: boolean): void {
    if (on) this.map.cooperativeGestures.enable();
    else this.map.cooperativeGestures.disable();
  }

  /** Re-computes the canvas size after a layout change. */
  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.online.remove();
    this.map.remove();
    if (window.__zoneMap === this.map) delete window.__zoneMap;
  }
}
