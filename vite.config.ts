import { defineConfig } from 'vite';
import { envPort } from './scripts/lib/ports.ts';
import { earlyFetches, precompress } from './scripts/build/first_view_plugin.ts';
import { securityHeaders } from './scripts/lib/security_headers.ts';
import { offlinePlugin } from './scripts/build/service_worker.ts';

/**
 * `PORT` for `npm start`, `PREVIEW_PORT` for `npm run preview`: when set, the server uses exactly that
 * port and stops if it is taken; when unset, it starts at the default and moves on to the next free
 * port, printing the address it chose.
 */
function serverPort(name: string, fallback: number): { port: number; strictPort: boolean } {
  const port = envPort(name);
  return port === undefined ? { port: fallback, strictPort: false } : { port, strictPort: true };
}

/** Static build: every asset (tiles, fonts, data) is served from the same origin. */
export default defineConfig({
  base: './',
  plugins: [earlyFetches(), offlinePlugin(), precompress()],
  build: {
    target: 'es2022',
    // Data files stay files (a small one would become a data: URL, which the CSP's connect-src refuses to fetch).
    assetsInlineLimit: (file) => (/\.(geo)?json$/.test(file) ? false : undefined),
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk, so `npm run size` can weigh it apart from the app; Preact (core, hooks, JSX,
        // signals) in one, which every lazy part shares, rather than scattered over small shared chunks.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
            { name: 'preact', test: /node_modules[\\/](preact|@preact[\\/]signals(-core)?)[\\/]/ },
          ],
        },
      },
    },
  },
  // The dev server pre-bundles the dependencies it finds from these entries before the first page
  // load. The workers are listed because the scanner does not follow `new Worker(new URL(…))`:
  // its libraries were found only at the first import, and the page reloaded, losing the file.
  optimizeDeps: { entries: ['index.html', 'src/import/import.worker.ts', 'src/import/overlap.worker.ts'] },
  server: serverPort('PORT', 5173),
  // The build is previewed (and browser-tested) under the headers a host should send: a strict CSP among them.
  preview: { ...serverPort('PREVIEW_PORT', 4310), headers: securityHeaders() },
});
