/**
 * First-view bench, page (c): MapLibre with an empty style — a background and one GeoJSON source holding the
 * shipped zones' polygons, drawn as a fill — with the app's camera. The limit of the stack: what any map of these
 * polygons costs, whatever its basemap, fonts or UI.
 */
import { Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import zonesUrl from '../../geodata/zones-core.geojson?url';
import { PROVINCE_BOUNDS } from '../../src/map/view.ts';
import { fetchCollection, mapContainer, whenLoadedWith } from './page_setup.ts';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const container = mapContainer();
const zones = fetchCollection(zonesUrl);
const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: { zones: { type: 'geojson', data: EMPTY } },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#d6e6ee' } },
      { id: 'zones-fill', type: 'fill', source: 'zones', paint: { 'fill-color': '#e69f00', 'fill-opacity': 0.6 } },
    ],
  },
  bounds: PROVINCE_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
});
whenLoadedWith(map, zones, (fc) => map.getSource<GeoJSONSource>('zones')?.setData(fc));
