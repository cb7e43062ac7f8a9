/**
 * What the two comparison pages of the first-view bench share: the map box sized like the app's map, MapLibre's
 * worker and stylesheet set up as the app sets them, the shipped zones fetched, and the `map-idle` mark.
 */
import { setWorkerUrl, type Map as MapLibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import '../../src/map/maplibre_css.ts';

/** The map box, sized to `?w=…&h=…` (CSS px) when given: the bench passes the size of the app's map. */
export function mapContainer(): HTMLElement {
  // MapLibre 6 loads its worker from a URL of the build, as the app's controller sets it.
  setWorkerUrl(workerUrl);
  const el = document.getElementById('map');
  if (!el) throw new Error('no #map element');
  const q = new URLSearchParams(location.search);
  const w = Number(q.get('w'));
  const h = Number(q.get('h'));
  if (w > 0 && h > 0) Object.assign(el.style, { width: `${w}px`, height: `${h}px` });
  return el;
}

/** Fetches a GeoJSON file shipped with the build. */
export async function fetchCollection<T extends FeatureCollection>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return (await res.json()) as T;
}

/**
 * Exposes the map as the app does (`window.__zoneMap`), runs `fill` once both the style (`style.load`: its sources
 * exist, as the app waits for) and `data` are in, and marks `map-idle` on the first `idle` after that: the map
 * drawn with its data.
 */
export function whenLoadedWith<T>(map: MapLibreMap, data: Promise<T>, fill: (d: T) => void): void {
  window.__zoneMap = map;
  const loaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
  void Promise.all([loaded, data]).then(([, d]) => {
    fill(d);
    map.once('idle', () => performance.mark('map-idle'));
  });
}
