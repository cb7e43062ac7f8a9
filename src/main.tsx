import { render } from 'preact';
import './map/maplibre_css.ts';
// Vietnamese needs the latin and vietnamese subsets only, in the two weights the map and the UI use.
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-700.css';
import './ui/app/app.css';
import './ui/zones/zones.css';
import zonesUrl from '../geodata/zones.geojson?url';
import zonesCoreUrl from '../geodata/zones-core.geojson?url';
import provinceUrl from '../geodata/province.geojson?url';
import planUrl from '../geodata/plan.json?url';
import { loadAppData } from './state/load_data.ts';
import { prefetchBasemap } from './map/basemap_archive.ts';
import { BASEMAP_URL } from './ui/app/MapView.tsx';
import { App } from './ui/app/App.tsx';
import { createAppContext } from './ui/app/context.ts';
import { registerOffline } from './ui/app/offline.ts';
import { preloadZonePanel } from './ui/zones/ZonePanelHost.tsx';

/**
 * Settles once the map has drawn its first view (`map-idle`), or after 6 s (a slow or map-less page), so that
 * work the first view does not need starts after it.
 */
function afterFirstView(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName('map-idle').length) return resolve();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('map-idle').length) done();
    });
    const timer = setTimeout(() => done(), 6000);
    function done(): void {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    }
    observer.observe({ type: 'mark' });
  });
}

// The composition root: the basemap's header first (the map code, preloaded by index.html, is imported after the
// first render, so the list and legend fill in before MapLibre is evaluated), then state,
// URL sync, import state and drawing request, the data, and the page.
prefetchBasemap(BASEMAP_URL);
const ctx = createAppContext();
const firstView = afterFirstView();
void loadAppData(ctx.state, { zones: zonesUrl, zonesCore: zonesCoreUrl, province: provinceUrl, plan: planUrl }, firstView);
// Offline use: the service worker and its downloads wait for the first view.
void firstView.then(registerOffline);
// The details panel's code, for the first click.
void firstView.then(() => preloadZonePanel()).catch(() => undefined);
const root = document.getElementById('app');
if (root) render(<App ctx={ctx} />, root);
