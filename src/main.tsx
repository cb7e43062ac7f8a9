import { render } from 'preact';
import './map/maplibre_css.ts';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/vietnamese-700.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import './ui/app/app.css';
import './ui/zones/zones.css';
import zonesUrl from '../geodata/zones.geojson?url';
import provinceUrl from '../geodata/province.geojson?url';
import planUrl from '../geodata/plan.json?url';
import { loadAppData } from './state/load_data.ts';
import { App } from './ui/app/App.tsx';
import { createAppContext } from './ui/app/context.ts';

// The composition root: state, URL sync and import state, then the data, then the page.
const ctx = createAppContext();
void loadAppData(ctx.state, { zones: zonesUrl, province: provinceUrl, plan: planUrl });
const root = document.getElementById('app');
if (root) render(<App ctx={ctx} />, root);
