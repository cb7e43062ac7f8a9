import { render } from 'preact';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import './ui/app.css';
import { createAppState } from './state/app_state.ts';
import { App } from './ui/App.tsx';

const root = document.getElementById('app');
if (root) render(<App state={createAppState()} />, root);
