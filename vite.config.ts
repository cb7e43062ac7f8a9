import { defineConfig } from 'vite';

/** Static build: every asset (tiles, fonts, data) is served from the same origin. */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  preview: { port: 4310, strictPort: true },
  server: { port: 5173, strictPort: true },
});
