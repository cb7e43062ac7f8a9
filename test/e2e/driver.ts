/**
 * Speaks the app's language to the browser tests: open the app, choose a zone, search, toggle a
 * stage. Specs use these instead of raw selectors.
 */
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

/** Opens the app (optionally at a hash, on another server than the build's) and waits for the map's first idle. */
export async function openApp(page: Page, hash = '', base = baseUrl()): Promise<void> {
  await page.goto(base + hash);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
  await page.waitForSelector('[data-testid="zone-list"] button.zone-item');
}

/** Ids of the features the map has rendered (footprints, location-only rings, the economic zone), de-duplicated. */
export async function renderedZoneIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__zoneMap;
    if (!map) return [];
    const feats = map.queryRenderedFeatures({ layers: ['zone-fill', 'zone-ring', 'ez-fill'] });
    return [...new Set(feats.map((f) => String(f.properties['id'])))].sort();
  });
}

/** Waits until the map has finished rendering the latest change. */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__zoneMap;
        if (!map) return resolve();
        map.triggerRepaint();
        map.once('idle', () => resolve());
      }),
  );
}

/** Clicks the map at a feature's anchor point. */
export async function clickZoneOnMap(page: Page, id: string): Promise<void> {
  const pt = await page.evaluate((zid) => {
    const map = window.__zoneMap;
    if (!map) throw new Error('no map');
    const f = map.querySourceFeatures('zones-points').find((x) => x.properties['id'] === zid);
    if (!f || f.geometry.type !== 'Point') throw new Error(`no point for ${zid}`);
    const p = map.project(f.geometry.coordinates as [number, number]);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, id);
  await page.mouse.click(pt.x, pt.y);
}

/** Types into the search box (replacing its content). */
export async function search(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="search"]', text);
}

/** Names listed in the zone list, in order. */
export async function listedNames(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="zone-list"] .zone-item-name', (els) => els.map((e) => e.textContent ?? ''));
}

/** Clicks a stage row of the legend. */
export async function toggleStage(page: Page, stage: string): Promise<void> {
  await page.click(`[data-testid="legend"] button[data-stage="${stage}"]`);
}

/**
 * Leaves a mark on the current document; `stillSameDocument()` tells whether it is still there, i.e.
 * the page has not been reloaded or replaced since (URL hash changes keep it).
 */
export async function markDocument(page: Page): Promise<{ stillSameDocument: () => Promise<boolean> }> {
  await page.evaluate(() => {
    (window as unknown as { __documentMark?: boolean }).__documentMark = true;
  });
  return { stillSameDocument: () => page.evaluate(() => (window as unknown as { __documentMark?: boolean }).__documentMark === true) };
}

/** Opens the area table from the header and waits for its rows (the area module loads lazily). */
export async function openAreaTable(page: Page): Promise<void> {
  await page.getByTestId('table-toggle').click();
  await page.getByTestId('area-table').locator('tbody tr').first().waitFor();
}

/** One rendered outline: the feature, the layer drawing it, its geometry quality and its evaluated line style. */
export interface RenderedOutline {
  id: string;
  layer: string;
  quality: string;
  kind: string;
  dash: number[];
  width: number;
}

/** The outlines the map has drawn (footprint lines and location-only rings), with their line style as evaluated per feature. */
export async function renderedOutlines(page: Page): Promise<RenderedOutline[]> {
  return page.evaluate(() => {
    const map = window.__zoneMap;
    if (!map) return [];
    return map.queryRenderedFeatures({ layers: ['zone-line', 'zone-ring'] }).map((f) => {
      const paint = (f.layer as { paint?: Record<string, unknown> }).paint ?? {};
      const dash = paint['line-dasharray'] as { from?: number[] } | number[] | undefined;
      return {
        id: String(f.properties['id']),
        layer: f.layer.id,
        quality: String(f.properties['quality']),
        kind: String(f.properties['kind']),
        dash: Array.isArray(dash) ? dash : dash?.from ?? [],
        width: Number(paint['line-width']),
      };
    });
  });
}

/**
 * Serves the app's zone data changed by `edit` (applied to the parsed `geodata/zones.geojson`), so a
 * test can show a case the shipped data does not have yet, such as a surveyed boundary.
 */
export async function serveZones(page: Page, edit: (fc: { features: Array<{ properties: Record<string, unknown> }> }) => void): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const fc = JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: Array<{ properties: Record<string, unknown> }> };
  edit(fc);
  await page.route('**/zones-*.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(fc) }));
}

/** Opens a feature from the list and waits for its panel. */
export async function openZoneFromList(page: Page, id: string): Promise<void> {
  await page.click(`button.zone-item[data-zone-id="${id}"]`);
  await page.getByTestId('zone-panel').waitFor();
}
