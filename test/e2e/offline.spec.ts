/**
 * Offline in the field: after one visit the service worker holds the whole app — shell, data, fonts and the
 * PMTiles basemap — and a reload without any network draws the map with every feature (the basemap's Range
 * requests answered from the cache), opens a zone with its details, searches and prints. The app is installable
 * (a manifest with icons).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { preview } from 'vite';
import { freePort } from '../../scripts/lib/ports.ts';
import { closeBrowser, getBrowser } from './browser.ts';
import { baseUrl, listedIds, markDocument, openApp, openZoneFromList, search } from './driver.ts';
import { shippedIds } from './geodata.ts';
import { renderedZoneIds } from './map_driver.ts';
import { panelDetailsShown, panelText } from './panel_driver.ts';
import { printCalls, sheetPdf, stubPrint } from './print_driver.ts';

/** Waits until the service worker controls the page and has cached the build, basemap included. */
async function offlineReady(page: Page): Promise<{ files: number; basemap: boolean }> {
  const read = () => page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    const key = (await caches.keys()).find((k) => k.startsWith('soc-trang-'));
    if (reg?.active?.state !== 'activated' || !navigator.serviceWorker.controller || !key) return null;
    const reqs = await (await caches.open(key)).keys();
    return { files: reqs.length, basemap: reqs.some((r) => r.url.endsWith('.pmtiles')) };
  });
  const until = Date.now() + 60_000;
  for (;;) {
    const r = await read();
    if (r) return r;
    if (Date.now() > until) throw new Error('the service worker did not take over within 60 s');
    await page.waitForTimeout(250);
  }
}

describe('offline after one visit', () => {
  let context: BrowserContext | undefined;
  afterAll(async () => {
    await context?.close();
    await closeBrowser();
  });

  it('is installable: a manifest with icons of 192 and 512 px', async () => {
    const b = await getBrowser();
    context = await b.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(baseUrl());
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(new URL(href!, baseUrl()).href)).json() as { icons: Array<{ sizes: string }>; start_url: string; display: string };
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.display).toBe('standalone');
    await page.close();
  });

  it('draws the map, opens a zone, searches and prints without a network', async () => {
    const page = await context!.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page);
    const cached = await offlineReady(page);
    expect(cached).toMatchObject({ basemap: true });
    expect(cached.files).toBeGreaterThan(20);

    await context!.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
    expect(await renderedZoneIds(page)).toEqual(shippedIds());
    // Basemap tiles came from the cache: the map drew its land and water, not only the zones.
    expect(await page.evaluate(() => window.__zoneMap?.querySourceFeatures('basemap', { sourceLayer: 'water' }).length ?? 0)).toBeGreaterThan(0);

    await openZoneFromList(page, 'tran-de');
    await panelDetailsShown(page);
    expect(await panelText(page)).toContain('Các mốc (theo nguồn)');
    await search(page, 'an nghiep');
    expect(await listedIds(page)).toEqual(expect.arrayContaining(['an-nghiep']));

    await stubPrint(page);
    await page.getByTestId('fact-sheet-open').click();
    const pdf = await sheetPdf(page, 'fact-sheet', 'offline-fact-sheet.pdf');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(await printCalls(page)).toBe(1);
    expect(errors).toEqual([]);
    await context!.setOffline(false);
  });
});

/** The cache names of the app's service worker on the page's origin. */
const cacheKeys = (page: Page): Promise<string[]> => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('soc-trang-')));

describe('a new version is offered, not forced', () => {
  afterAll(closeBrowser);
  it('keeps the page as it is until the user reloads, then switches', async () => {
    // A copy of the build on its own server, so the test can publish a "new version" of it mid-visit.
    const dir = mkdtempSync(join(tmpdir(), 'soc-trang-sw-'));
    cpSync('dist', dir, { recursive: true });
    const port = await freePort();
    const server = await preview({ build: { outDir: dir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'warn' });
    const b = await getBrowser();
    const ctx = await b.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN', serviceWorkers: 'allow' });
    try {
      const page = await ctx.newPage();
      await openApp(page, '', `http://127.0.0.1:${port}/`);
      await offlineReady(page);
      const [before] = await cacheKeys(page);
      // The user is mid-task: a zone open, a search typed.
      await openZoneFromList(page, 'tran-de');
      await search(page, 'tran de');
      const mark = await markDocument(page);

      // A new build is published: same files, a new version in the worker.
      const sw = join(dir, 'sw.js');
      writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const VERSION = "([^"]*)";/, 'const VERSION = "$1-next";'));
      await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())?.update(); });
      await page.getByTestId('update-ready').waitFor({ timeout: 60_000 });

      // Offered, not forced: the same document, the panel and the search still there, the old version in charge.
      expect(await mark.stillSameDocument()).toBe(true);
      expect(await page.getByTestId('zone-panel').isVisible()).toBe(true);
      expect(await page.getByTestId('search').inputValue()).toBe('tran de');
      expect(await cacheKeys(page)).toEqual(expect.arrayContaining([before, `${before}-next`]));
      expect(await page.getByTestId('update-ready').textContent()).toContain('Đã có phiên bản mới');

      // The user takes it: the page reloads under the new version, at the same link, and the old cache is gone.
      await Promise.all([page.waitForEvent('load'), page.getByTestId('update-ready').getByRole('button').click()]);
      await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
      expect(await mark.stillSameDocument()).toBe(false);
      await page.getByTestId('zone-panel').waitFor();
      expect(await cacheKeys(page)).toEqual([`${before}-next`]);
      expect(await page.getByTestId('update-ready').count()).toBe(0);
    } finally {
      await ctx.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
