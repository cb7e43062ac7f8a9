/**
 * The one controller that owns the MapLibre map and keeps it private. UI code calls `setZones()`, `select()`,
 * `setFilter()`, `setLanguage()`, `flyTo()` and asks for what it needs — a picture of the map, the visible bounds,
 * the element to return focus to — never touching a MapLibre object. Every call is safe to repeat and waits for
 * the style to load (`whenReady`). Hover and selection go through feature-state, never by re-sending data. The
 * zones, the imported file, the optional online base layer and the drawing board are their own classes
 * (`ZoneOverlay`, `ImportedOverlay`, `OnlineBaseLayer`, `DrawTool`).
 */
import { Map as MapLibreMap, type GeoJSONSource, type PaddingOptions } from 'maplibre-gl';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import type { Kind, Lang, Stage, ZoneFeature } from '../domain/zone.ts';
import { basemapLabelFields } from './basemap_layers.ts';
import { FONT_BOLD, fontFaces } from './fonts.ts';
import { cornerPair, geometryBbox } from '../domain/geometry.ts';
import { cameraOf } from './canvas.ts';
import { ImportedOverlay } from './imported_overlay.ts';
import { ZoneOverlay } from './zone_overlay.ts';
import { MAP_UI_STRINGS, MapControls } from './controls.ts';
import { installPrintSnapshot } from './print_snapshot.ts';
import { bindZonePointer } from './zone_pointer.ts';
import type { MapPicture, OffscreenOptions } from './map_image.ts';
import { OnlineBaseLayer } from './online_base.ts';
import type { BaseLayerId } from './online_layers.ts';
import { addStagePatterns } from './patterns.ts';
import { registerPmtilesProtocol, startWorkers } from './pmtiles_protocol.ts';
import { buildStyle, PROVINCE_SOURCE } from './style.ts';
import { THEME, type Theme } from './theme.ts';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, PROVINCE_BOUNDS } from './view.ts';
import { ZONE_LAYER } from './zone_layers.ts';
import type { ZoneMapOptions } from './zone_map_options.ts';

export type { ZoneMapOptions } from './zone_map_options.ts';
import type { ImportedFeature } from '../import/types.ts';
import type { DrawTool, DrawToolHandlers } from './draw_tool.ts';
import { snapVertices } from './snap.ts';
import type { Camera } from '../state/view.ts';

/** Owns the map: sources, layers, interaction and feature-state. */
export class ZoneMapController {
  private readonly map: MapLibreMap;
  private readonly theme: Theme;
  private zones: readonly ZoneFeature[] = [];
  private ready = false;
  private readonly online: OnlineBaseLayer;
  private readonly imported: ImportedOverlay;
  private readonly zoneData: ZoneOverlay;
  private readonly controls: MapControls;
  private pending: Array<() => void> = [];
  /** While the boundary workbench is open, clicks draw instead of selecting zones or imported features. */
  private drawing = false;
  private snapCache: Position[] | null = null;
  private importedFeatures: readonly ImportedFeature[] = [];

  constructor(private readonly opts: ZoneMapOptions) {
    startWorkers();
    this.theme = THEME;
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
      locale: MAP_UI_STRINGS[opts.lang],
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.controls = new MapControls(this.map, opts.attribution, opts.lang);
    this.zoneData = new ZoneOverlay(this.map, this.theme.zones, opts.lang, (fn) => this.whenReady(fn));
    window.__zoneMap = this.map;
    this.map.once('idle', () => performance.mark('map-idle'));
    // Ready as soon as the style is parsed (its sources exist), not after their first tiles ('load'): the zones' data
    // then goes to the worker alongside the basemap's tiles instead of after them.
    this.map.once('style.load', () => this.onLoad());
    this.online = new OnlineBaseLayer(this.map, ZONE_LAYER.ezFill, opts.onBaseLayerFailed);
    this.imported = new ImportedOverlay(this.map, this.theme.imported, (fn) => this.whenReady(fn), opts.onProblem, opts.onImportedView);
    this.map.on('error', (e) => {
      if (!this.online.owns(e)) opts.onProblem(e.error?.message || null);
    });
  }

  private onLoad(): void {
    // The compact attribution opens expanded; start it folded so it never covers the map.
    this.controls.collapseCredits();
    addStagePatterns(this.map, this.theme.zones, window.devicePixelRatio);
    bindZonePointer(this.map, {
      onSelect: (id, add) => {
        if (!this.drawing) this.opts.onSelect(id, add);
      },
      importedAt: (p) => (this.drawing ? null : this.imported.idAt(p)),
      onImportedClick: this.opts.onImportedClick,
    });
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

  /** Replaces the former-province outline drawn under the zones. */
  setProvince(outline: FeatureCollection<Geometry>): void {
    this.whenReady(() => this.map.getSource<GeoJSONSource>(PROVINCE_SOURCE)?.setData(outline));
  }

  /** Replaces the zone data. Selection and hover survive if their ids still exist. */
  setZones(zones: readonly ZoneFeature[]): void {
    this.zones = zones;
    this.snapCache = null;
    this.zoneData.set(zones);
  }

  /** Highlights one feature (or none) through feature-state. */
  select(id: string | null): void {
    this.zoneData.select(id);
  }

  /** Shows only the given stages and kinds, and with `ids` (a search's matches) only those features. */
  setFilter(stages: ReadonlySet<Stage>, kinds: ReadonlySet<Kind>, ids: readonly string[] | null = null): void {
    this.zoneData.filter(stages, kinds, ids);
  }

  /** Switches map labels and credits to a language without touching data. */
  setLanguage(lang: Lang): void {
    this.controls.setLanguage(lang);
    this.zoneData.setLanguage(lang);
    this.whenReady(() => {
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
    const b = cornerPair(geometryBbox(f.geometry));
    this.whenReady(() => this.map.fitBounds(b, { padding: opts.padding ?? 80, maxZoom: 13, animate: opts.animate ?? true, duration: 900 }));
  }

  /** Shows the features of an imported file above the zones (replacing any before); marks `imported-data` when drawn. */
  setImported(features: readonly ImportedFeature[]): void {
    this.imported.set(features);
    this.importedFeatures = features;
    this.snapCache = null;
  }

  /**
   * Opens the boundary workbench on the map (its code loads now, on first use); until `close`, clicks draw
   * instead of selecting zones or imported features.
   */
  async openDrawTool(handlers: DrawToolHandlers): Promise<{ tool: DrawTool; close: () => void }> {
    const { DrawTool } = await import('./draw_tool.ts');
    await new Promise<void>((resolve) => this.whenReady(resolve));
    this.drawing = true;
    const tool = new DrawTool(this.map, this.theme.draw, handlers, () => (this.snapCache ??= snapVertices(this.zones, this.importedFeatures)), FONT_BOLD);
    return { tool, close: () => { tool.destroy(); this.drawing = false; } };
  }

  /** Pans the map by screen pixels (the keyboard's way to move the centre where a point is placed). */
  panBy(dx: number, dy: number): void {
    this.whenReady(() => this.map.panBy([dx, dy], { duration: 150 }));
  }

  /** Highlights one imported feature (or none). */
  selectImported(id: string | null): void {
    this.imported.select(id);
  }

  /** Fits the camera to one imported feature, or to all of them (`null`). */
  fitImported(id: string | null, padding: number | PaddingOptions = 60): void {
    this.imported.fit(id, padding);
  }

  /** Fits the whole former province. */
  fitProvince(animate = true): void {
    this.whenReady(() => this.map.fitBounds(PROVINCE_BOUNDS, { padding: 24, animate }));
  }

  /** The camera as links carry it: zoom, centre in degrees, bearing and pitch. */
  camera(): Camera {
    return cameraOf(this.map);
  }

  /** The visible area, `[[west, south], [east, north]]`. */
  visibleBounds(): [[number, number], [number, number]] {
    const b = this.map.getBounds();
    return [[b.getWest(), b.getSouth()], [b.getEast(), b.getNorth()]];
  }

  /** The element that takes keyboard focus for the map (focus returns here after a panel opened from a map click closes). */
  focusTarget(): HTMLElement {
    return this.map.getCanvas();
  }

  /** A picture of the visible map as it is now (loads the picture code on first use). */
  async capture(): Promise<MapPicture> {
    const { captureMap } = await import('./map_image.ts');
    return captureMap(this.map);
  }

  /** The live map's style drawn into a hidden map of another size or view (a printout's map box). */
  async renderPicture(opts: OffscreenOptions): Promise<MapPicture> {
    const { renderMapOffscreen } = await import('./map_image.ts');
    return renderMapOffscreen(this.map, opts);
  }

  /**
   * While the page is printed from the browser's menu, lays a 2D copy of the map over it (a WebGL canvas
   * prints blank). `skip()` says when not to (a printout of our own is mounted). Returns the uninstaller.
   */
  printSnapshots(skip: () => boolean): () => void {
    return installPrintSnapshot(this.map, skip);
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
