/**
 * First-view bench, page (b): bare MapLibre drawing what the app's map draws at start — the app's own style
 * (`buildStyle`), fonts, stage patterns, PMTiles basemap and the shipped zones (their core file, which is what the
 * app's first view loads) and province outline turned into
 * map features by the app's own functions — with the same camera and interaction settings, and nothing else: no
 * UI, no app state, no controls. The limit for this content.
 */
import { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import zonesUrl from '../../geodata/zones-core.geojson?url';
import provinceUrl from '../../geodata/province.geojson?url';
import type { ZoneFeature } from '../../src/domain/zone.ts';
import { fontFaces } from '../../src/map/fonts.ts';
import { toMapPoints, toMapPolygons } from '../../src/map/map_features.ts';
import { addStagePatterns } from '../../src/map/patterns.ts';
import { registerPmtilesProtocol } from '../../src/map/pmtiles_protocol.ts';
import { buildStyle, POINTS_SOURCE, PROVINCE_SOURCE, ZONES_SOURCE } from '../../src/map/style.ts';
import { THEME } from '../../src/map/theme.ts';
import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM, PROVINCE_BOUNDS } from '../../src/map/view.ts';
import { fetchCollection, mapContainer, whenLoadedWith } from './page_setup.ts';

const container = mapContainer();
// The core file, as the app's first view loads it; valid (npm run validate), so used without the app's parser.
const data = Promise.all([
  fetchCollection<FeatureCollection<ZoneFeature['geometry'], ZoneFeature['properties']>>(zonesUrl),
  fetchCollection<FeatureCollection<Geometry>>(provinceUrl),
]);
registerPmtilesProtocol();
const basemapUrl = new URL('basemap/soc-trang.pmtiles', document.baseURI).href;
// `?drop=symbol,line,…` leaves out every layer of those types, `?drop=dash` every dash pattern, `?drop=pattern` the
// stage patterns: experiments, to weigh what each part of the style costs (not used by the bench's own runs).
const drop = new Set((new URLSearchParams(location.search).get('drop') ?? '').split(',').filter(Boolean));
const style = buildStyle({ theme: THEME, lang: 'vi', fontFaces: fontFaces(), province: null, basemapUrl });
style.layers = style.layers.filter((l) => !drop.has(l.type) && !(drop.has('pattern') && l.paint && 'fill-pattern' in l.paint));
if (drop.has('dash')) for (const l of style.layers) if (l.paint && 'line-dasharray' in l.paint) delete l.paint['line-dasharray'];
const map = new MapLibreMap({
  container,
  style,
  bounds: PROVINCE_BOUNDS,
  fitBoundsOptions: { padding: 24 },
  maxBounds: MAX_BOUNDS,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  attributionControl: false,
  dragRotate: false,
  pitchWithRotate: false,
});
map.once('style.load', () => addStagePatterns(map, THEME.zones, window.devicePixelRatio));
whenLoadedWith(map, data, ([zones, province]) => {
  const features = zones.features as ZoneFeature[];
  map.getSource<GeoJSONSource>(ZONES_SOURCE)?.setData(toMapPolygons(features));
  map.getSource<GeoJSONSource>(POINTS_SOURCE)?.setData(toMapPoints(features));
  map.getSource<GeoJSONSource>(PROVINCE_SOURCE)?.setData(province);
});
