import { defineConfig } from 'vite';

/** Static build: every asset (tiles, fonts, data) is served from the same origin. */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk, so `npm run size` can weigh it apart from the app.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] },
      },
    },
  },
  preview: { port: 4310, strictPort: true },
  server: { port: 5173, strictPort: true },
});
