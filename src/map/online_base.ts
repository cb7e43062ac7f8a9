/**
 * Shows one optional online raster layer over the embedded basemap (under the zones). A layer
 * that errors, or shows no tile within `ONLINE_LAYER_TIMEOUT_MS`, is removed and reported, so the
 * map is always left on the embedded basemap. Owned by the zone map controller.
 */
import type { Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { ONLINE_LAYERS, ONLINE_LAYER_TIMEOUT_MS, type BaseLayerId } from './online_layers.ts';

const SOURCE = 'online-base';
const LAYER = 'online-base';

export class OnlineBaseLayer {
  private current: { id: BaseLayerId; timer: ReturnType<typeof setTimeout> | null } | null = null;

  /** `beforeLayerId`: the raster goes under this layer; `onFailed`: the layer was dropped. */
  constructor(
    private readonly map: MapLibreMap,
    private readonly beforeLayerId: string,
    private readonly onFailed: (id: BaseLayerId) => void,
  ) {
    map.on('error', (e) => {
      if (this.current && (e as { sourceId?: string }).sourceId === SOURCE) this.fail();
    });
  }

  /** Whether a map error event belongs to the online layer (the controller reports the others). */
  owns(e: unknown): boolean {
    return (e as { sourceId?: string }).sourceId === SOURCE;
  }

  /** Switches to `id`; `'embedded'` (or an unknown id) removes any online layer. Safe to repeat. */
  show(id: BaseLayerId): void {
    if (this.current?.id === id || (!this.current && id === 'embedded')) return;
    this.remove();
    const layer = ONLINE_LAYERS.find((l) => l.id === id);
    if (!layer) return;
    this.map.addSource(SOURCE, {
      type: 'raster', tiles: layer.tiles, tileSize: layer.tileSize, maxzoom: layer.maxzoom, attribution: layer.attribution,
    });
    this.map.addLayer({ id: LAYER, type: 'raster', source: SOURCE }, this.beforeLayerId);
    this.current = { id, timer: setTimeout(() => this.fail(), ONLINE_LAYER_TIMEOUT_MS) };
    const onData = (e: MapSourceDataEvent) => {
      if (e.sourceId !== SOURCE || !e.tile || !this.current) return;
      if (this.current.timer) clearTimeout(this.current.timer);
      this.current.timer = null;
      this.map.off('sourcedata', onData);
    };
    this.map.on('sourcedata', onData);
  }

  /** Removes the online layer, if any. */
  remove(): void {
    if (!this.current) return;
    if (this.current.timer) clearTimeout(this.current.timer);
    this.current = null;
    if (this.map.getLayer(LAYER)) this.map.removeLayer(LAYER);
    if (this.map.getSource(SOURCE)) this.map.removeSource(SOURCE);
  }

  private fail(): void {
    const id = this.current?.id;
    if (!id) return;
    this.remove();
    this.onFailed(id);
  }
}
