/**
 * Makes `public/og-soc-trang.png`, the Open Graph / Twitter image of `index.html`: the built app's province
 * view at 1200 × 630 px (the size chat apps and social sites show), drawn by headless Chromium.
 * Run after `npm run build`: `npx tsx scripts/make_og_image.ts`. Uses Debian's Chromium (`CHROMIUM_PATH`
 * to use another) and the app's embed mode, served on `OG_PORT` or a free port, with the legend open and the map controls hidden.
 */
import { existsSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { PROVINCE_BOUNDS } from '../src/state/view.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { portFromEnv } from './lib/ports.ts';

const OUT = 'public/og-soc-trang.png';

/** Shows the subtitle and a larger title; hides what only makes sense on a live page. */
const OG_CSS = `
  .app.embed .app-head { padding: 14px 22px; }
  .app.embed .app-head h1 { font-size: 26px; }
  .app.embed .app-head .subtitle { display: block; font-size: 15px; }
  .head-actions, .map-tools, .maplibregl-ctrl-top-right, .maplibregl-ctrl-attrib, .legend-head .icon-btn { display: none !important; }
  .embed-legend { width: 330px; bottom: 20px; left: 20px; }
`;

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
  const port = await portFromEnv('OG_PORT');
  const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1, locale: 'vi-VN' });
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${port}/#e=1`);
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 60_000 });
    await page.click('[data-testid="legend"] button[aria-expanded="false"]');
    await page.addStyleTag({ content: OG_CSS });
    // The header grew: let the map take its new size, refit the province and draw every tile.
    await page.evaluate((bounds) => new Promise<void>((resolve) => {
      const map = window.__zoneMap;
      if (!map) return resolve();
      map.resize();
      map.fitBounds(bounds, { padding: { top: 30, bottom: 30, left: 360, right: 30 }, animate: false });
      map.once('idle', () => resolve());
    }), PROVINCE_BOUNDS);
    await page.screenshot({ path: OUT });
    console.log(`${OUT}: ${statSync(OUT).size} bytes, 1200 × 630`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
