/** Small pieces shared by everything that reads the live map: its camera and a copy of its canvas. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '../state/view.ts';

/** A 2D copy of a (WebGL) canvas; read it in the same task as a `redraw()`, before the buffer is cleared. */
export function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  out.getContext('2d')?.drawImage(source, 0, 0);
  return out;
}

/** The camera as links carry it: zoom, centre in degrees, bearing and pitch. */
export function cameraOf(map: MapLibreMap): Camera {
  const c = map.getCenter();
  return { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
}
