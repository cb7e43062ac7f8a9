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
import './ui/app.css';
import { createAppState } from './state/app_state.ts';
import { App } from './ui/App.tsx';

const root = document.getElementById('app');
if (root) render(<App state={createAppState()} />, root);
