/**
 * For printing from the browser's menu (no printout of our own mounted): a 2D copy of the map canvas laid
 * over the map, because a WebGL canvas without `preserveDrawingBuffer` prints blank. Drawn synchronously
 * in `beforeprint` (render, then copy in the same task); removed after printing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { copyCanvas } from './canvas.ts';

/** Installs the `beforeprint`/`afterprint` handlers; `skip()` true leaves the map alone. Returns the uninstaller. */
export function installPrintSnapshot(map: MapLibreMap, skip: () => boolean): () => void {
  let copy: HTMLCanvasElement | null = null;
  const before = () => {
    if (skip()) return;
    map.redraw();
    copy = copyCanvas(map.getCanvas());
    copy.className = 'print-snapshot';
    map.getContainer().append(copy);
  };
  const after = () => {
    copy?.remove();
    copy = null;
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
  };
}
