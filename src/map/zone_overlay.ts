/**
 * The shipped zones on the map: their polygon and point data, the selected one (feature-state), the stage and
 * kind filter on every zone layer, and their labels' language. Part of `ZoneMapController`, which owns the map.
 */
import type { ExpressionSpecification, FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { KINDS, STAGES, type Kind, type Lang, type Stage, type ZoneFeature } from '../domain/zone.ts';
import { toMapPoints, toMapPolygons } from './map_features.ts';
import { POINTS_SOURCE, ZONES_SOURCE } from './style.ts';
import type { ZoneTheme } from './theme.ts';
import { labelField, ZONE_LAYER, zoneLayers } from './zone_layers.ts';
import { setZoneState } from './zone_pointer.ts';

export class ZoneOverlay {
  private zones: readonly ZoneFeature[] = [];
  private selectedId: string | null = null;
  /** What the sources hold now (JSON of the map features), so the same data is never sent to the worker twice. */
  private sent: string | null = null;
  /** Each zone layer's own filter, which the stage and kind filter is added to. */
  private readonly baseFilters = new Map<string, FilterSpecification | undefined>();

  /** `whenReady` runs a step once the style has loaded. */
  constructor(private readonly map: MapLibreMap, theme: ZoneTheme, lang: Lang, private readonly whenReady: (fn: () => void) => void) {
    for (const layer of zoneLayers(ZONES_SOURCE, theme, lang)) this.baseFilters.set(layer.id, 'filter' in layer ? layer.filter : undefined);
  }

  /** Replaces the zone data. The selection survives if its id still exists. */
  set(zones: readonly ZoneFeature[]): void {
    this.zones = zones;
    this.whenReady(() => {
      const polygons = toMapPolygons(zones);
      const points = toMapPoints(zones);
      // The whole data file replaces the core one with the same shapes and map properties: nothing to send again.
      const key = JSON.stringify([polygons, points]);
      if (key === this.sent) return;
      this.sent = key;
      this.map.getSource<GeoJSONSource>(ZONES_SOURCE)?.setData(polygons);
      this.map.getSource<GeoJSONSource>(POINTS_SOURCE)?.setData(points);
      // New data has no feature-state: forget the highlight, then select again (if the id still exists).
      const sel = this.selectedId;
      this.selectedId = null;
      this.select(sel);
    });
  }

  /** Highlights one feature (or none) through feature-state. */
  select(id: string | null): void {
    this.whenReady(() => {
      if (id === this.selectedId) return;
      setZoneState(this.map, this.selectedId, 'selected', false);
      this.selectedId = id && this.zones.some((z) => z.properties.id === id) ? id : null;
      setZoneState(this.map, this.selectedId, 'selected', true);
    });
  }

  /** Shows only the given stages and kinds, and with `ids` (a search's matches) only those features. */
  filter(stages: ReadonlySet<Stage>, kinds: ReadonlySet<Kind>, ids: readonly string[] | null = null): void {
    const visible: FilterSpecification = [
      'all',
      ['in', ['get', 'stage'], ['literal', STAGES.filter((s) => stages.has(s))]],
      ['in', ['get', 'kind'], ['literal', KINDS.filter((k) => kinds.has(k))]],
      ...(ids ? [['in', ['get', 'id'], ['literal', [...ids]]] as ExpressionSpecification] : []),
    ];
    this.whenReady(() => {
      for (const [layerId, base] of this.baseFilters) {
        this.map.setFilter(layerId, base ? ['all', base, visible] as FilterSpecification : visible);
      }
    });
  }

  /** Zone labels in a language. */
  setLanguage(lang: Lang): void {
    this.whenReady(() => {
      for (const id of [ZONE_LAYER.label, ZONE_LAYER.ezLabel]) this.map.setLayoutProperty(id, 'text-field', labelField(lang));
    });
  }
}
