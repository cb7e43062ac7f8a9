/**
 * Pointer interaction with the zones: hover highlighting (feature-state on the polygons and their
 * anchor points), the pointer cursor, and clicks — an imported feature under the pointer wins over the
 * zones below, and a zone or cluster wins over the economic zone behind it.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature, PointLike } from 'maplibre-gl';
import { POINTS_SOURCE, ZONES_SOURCE } from './style.ts';
import { INTERACTIVE_LAYERS } from './zone_layers.ts';

/** Sets `hover` or `selected` feature-state on a feature's polygon and anchor point (no-op for null). */
export function setZoneState(map: MapLibreMap, id: string | null, key: 'hover' | 'selected', value: boolean): void {
  if (!id) return;
  for (const source of [ZONES_SOURCE, POINTS_SOURCE]) map.setFeatureState({ source, id }, { [key]: value });
}

/** The feature a click or hover means: zones and clusters before the economic zone behind them. */
export function topFeatureId(features: MapGeoJSONFeature[] | undefined): string | null {
  if (!features?.length) return null;
  const nonEz = features.find((f) => f.properties['kind'] !== 'economic-zone');
  const id = (nonEz ?? features[0])?.properties['id'];
  return typeof id === 'string' ? id : null;
}

export interface PointerHandlers {
  /** A zone was clicked (its id), or the empty map (null); `add`: with Ctrl or ⌘ held (add to the comparison; Shift+drag is MapLibre's box zoom). */
  onSelect: (id: string | null, add: boolean) => void;
  /** The imported feature under a point, if any (checked first on click). */
  importedAt: (point: PointLike) => string | null;
  /** An imported feature was clicked. */
  onImportedClick?: (id: string) => void;
}

/** Binds hover and click on the zone layers of a loaded map. */
export function bindZonePointer(map: MapLibreMap, handlers: PointerHandlers): void {
  const canvas = map.getCanvas();
  let hovered: string | null = null;
  const hover = (id: string | null) => {
    if (id === hovered) return;
    setZoneState(map, hovered, 'hover', false);
    hovered = id;
    setZoneState(map, id, 'hover', true);
  };
  for (const layer of INTERACTIVE_LAYERS) {
    map.on('mousemove', layer, (e) => {
      const id = topFeatureId(e.features);
      if (id) hover(id);
      canvas.style.cursor = 'pointer';
    });
    map.on('mouseleave', layer, () => {
      hover(null);
      canvas.style.cursor = '';
    });
  }
  map.on('click', (e) => {
    const importedId = handlers.onImportedClick ? handlers.importedAt(e.point) : null;
    if (importedId !== null) {
      handlers.onImportedClick?.(importedId);
      return;
    }
    handlers.onSelect(topFeatureId(map.queryRenderedFeatures(e.point, { layers: INTERACTIVE_LAYERS })), e.originalEvent.ctrlKey || e.originalEvent.metaKey);
  });
}
