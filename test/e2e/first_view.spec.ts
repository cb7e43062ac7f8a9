/**
 * The first thing a new user sees, on the dev server that `npm start` runs and on the production
 * build: the map fills its area, reaches idle and draws every feature, with no console error, on a
 * desktop and a phone. (The dev server once showed a 0 px map: MapLibre's stylesheet came after the
 * app's there and not in the build, so only this check on both catches it.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowser, newSession } from './browser.ts';
import { startDevServer, type DevServer } from './dev_server.ts';
import { baseUrl, markDocument, openApp, saveScreenshot } from './driver.ts';
import { shippedIds } from './geodata.ts';
import { mapBoxes, mapIdle, renderedZoneIds } from './map_driver.ts';
import { openAreaTable } from './table_driver.ts';
import { fixture, listedImported, openWithInput } from './import_driver.ts';
import { closeShareDialog, openShareDialog } from './share_driver.ts';
import { chooseImported, simplifiedNote } from './import_trust_driver.ts';
import { openWorkbench } from './draw_driver.ts';

const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];

let dev: DevServer | undefined;
beforeAll(async () => {
  dev = await startDevServer();
}, 90_000);
afterAll(async () => {
  await closeBrowser();
  await dev?.stop();
});

const SERVERS = [
  { name: 'dev server (npm start)', tag: 'dev', url: () => dev!.url },
  { name: 'production build', tag: 'build', url: () => baseUrl() },
];

describe.each(SERVERS)('first view on the $name', ({ tag, url }) => {
  it.each(VIEWPORTS)('shows the map with every feature at $width × $height', async (viewport) => {
    const s = await newSession(viewport);
    try {
      await openApp(s.page, '', url());
      await mapIdle(s.page);
      const box = await mapBoxes(s.page);
      // The container fills its place in the layout, and the canvas fills the container.
      expect(box.map).not.toBeNull();
      expect(box.map!.h).toBeGreaterThanOrEqual(viewport.height * 0.4);
      expect(box.map!.w).toBeGreaterThanOrEqual(Math.min(viewport.width, 600));
      for (const other of [box.wrap, box.canvas]) {
        expect(other).not.toBeNull();
        for (const k of ['x', 'y', 'w', 'h'] as const) expect(Math.abs(other![k] - box.map![k])).toBeLessThanOrEqual(1);
      }
      expect(await renderedZoneIds(s.page)).toEqual(shippedIds());
      expect(s.errors).toEqual([]);
      await saveScreenshot(s.page, `first-view-${tag}-${viewport.width}x${viewport.height}`);
    } finally {
      await s.close();
    }
  });
});

describe('the dev server', () => {
  // Vite's dev server bundles a dependency the first time a page asks for it and, when the dependency
  // is new, reloads the page: a file being imported or a dialog being opened would be lost.
  it('loads the lazy parts (file import and overlap workers, workbench, share dialog, area table) without reloading the page', async () => {
    const s = await newSession();
    try {
      await openApp(s.page, '', dev!.url);
      const doc = await markDocument(s.page);
      try {
        await openWithInput(s.page, fixture('3d-coordinates.geojson'), 20_000);
      } catch (err) {
        expect(await doc.stillSameDocument(), 'the page was reloaded while the file was imported').toBe(true);
        throw err;
      }
      expect(await listedImported(s.page)).toHaveLength(1);
      await chooseImported(s.page);
      await simplifiedNote(s.page);
      await openWorkbench(s.page);
      await openShareDialog(s.page);
      await closeShareDialog(s.page);
      await openAreaTable(s.page);
      expect(await doc.stillSameDocument()).toBe(true);
      expect(s.errors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
