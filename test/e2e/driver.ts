/**
 * Speaks the app's language to the browser tests: open the app, search and choose from the list, toggle
 * a stage, switch the language, read the header, legend and notices. Specs use these (and the other
 * drivers) instead of raw selectors; only drivers touch the page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';

/** The address of the production build that the global setup serves. */
export const baseUrl = (): string => inject('baseUrl');

/** Where tests leave files for people to look at (screenshots, PDFs). */
export const RESULTS = 'test-results';

/** Opens the app (optionally at a hash, on another server than the build's) and waits for the map's first idle. */
export async function openApp(page: Page, hash = '', base = baseUrl()): Promise<void> {
  await page.goto(base + hash);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
  await page.waitForSelector('[data-testid="zone-list"] button.zone-item');
}

/** Opens the app at a hash and waits for the map's first idle and the linked feature's panel (embeds have no list). */
export async function openLink(page: Page, hash: string): Promise<void> {
  await page.goto(baseUrl() + hash);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
  await page.getByTestId('zone-panel').waitFor();
}

/** Opens the app without waiting for the map or the data (for a page whose data cannot load). */
export async function openPage(page: Page): Promise<void> {
  await page.goto(baseUrl());
}

/** Types into the search box (replacing its content). */
export async function search(page: Page, text: string): Promise<void> {
  await page.fill('[data-testid="search"]', text);
}

/** Names listed in the zone list, in order. */
export async function listedNames(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="zone-list"] .zone-item-name', (els) => els.map((e) => e.textContent ?? ''));
}

/** Ids of the features listed in the zone list, in order. */
export async function listedIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="zone-list"] button.zone-item', (els) => els.map((e) => e.getAttribute('data-zone-id') ?? ''));
}

/** Clicks a stage row of the legend. */
export async function toggleStage(page: Page, stage: string): Promise<void> {
  await page.click(`[data-testid="legend"] button[data-stage="${stage}"]`);
}

/** Whether the legend shows a stage as on (its row pressed). */
export async function stageShown(page: Page, stage: string): Promise<boolean> {
  return (await page.getAttribute(`[data-testid="legend"] button[data-stage="${stage}"]`, 'aria-pressed')) === 'true';
}

/** The stages the legend shows as hidden, in legend order. */
export async function hiddenStages(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="legend"] button[data-stage][aria-pressed="false"]', (els) => els.map((e) => e.getAttribute('data-stage') ?? ''));
}

/** Opens a legend that starts collapsed (embeds, phones); returns whether it was collapsed before. */
export async function expandLegend(page: Page): Promise<boolean> {
  const toggle = page.getByTestId('legend').locator('button[aria-expanded]');
  const wasCollapsed = (await toggle.getAttribute('aria-expanded')) === 'false';
  if (wasCollapsed) await toggle.click();
  return wasCollapsed;
}

/** Whether a stage row of the legend is visible. */
export async function stageRowVisible(page: Page, stage: string): Promise<boolean> {
  return page.getByTestId('legend').locator(`button[data-stage="${stage}"]`).isVisible();
}

/** The legend's rows explaining the outline styles: each row's geometry quality and text, in order. */
export async function legendQualityRows(page: Page): Promise<Array<{ quality: string; text: string }>> {
  return page.getByTestId('legend-quality').locator('li').evaluateAll((els) =>
    els.map((e) => ({ quality: e.getAttribute('data-quality') ?? '', text: e.textContent ?? '' })));
}

/** Whether the legend's rows explaining the outline styles are on screen. */
export async function legendQualityShown(page: Page): Promise<boolean> {
  return page.getByTestId('legend-quality').isVisible();
}

/** Whether the legend is on screen. */
export async function legendVisible(page: Page): Promise<boolean> {
  return page.getByTestId('legend').isVisible();
}

/** The legend's whole text. */
export async function legendText(page: Page): Promise<string> {
  return (await page.getByTestId('legend').textContent()) ?? '';
}

/** Clicks the language switch and waits until the page's language has changed. */
export async function toggleLanguage(page: Page): Promise<void> {
  const before = await documentLang(page);
  await page.getByTestId('lang-toggle').click();
  await page.waitForFunction((lang) => document.documentElement.lang !== lang, before);
}

/** The page's `<html lang>`. */
export async function documentLang(page: Page): Promise<string> {
  return (await page.locator('html').getAttribute('lang')) ?? '';
}

/** The app's heading (its title in the header). */
export async function appHeading(page: Page): Promise<string> {
  return (await page.locator('h1').textContent()) ?? '';
}

/** The address in the address bar, read in the page (it changes by `replaceState` without navigation events). */
export async function addressBar(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/** Waits for the notices area and returns its text. */
export async function noticeText(page: Page, timeout?: number): Promise<string> {
  const notices = page.getByTestId('notices');
  await notices.waitFor(timeout === undefined ? {} : { timeout });
  return (await notices.textContent()) ?? '';
}

/** Opens a feature from the list with the mouse and waits for its panel. */
export async function openZoneFromList(page: Page, id: string): Promise<void> {
  await page.click(`button.zone-item[data-zone-id="${id}"]`);
  await page.getByTestId('zone-panel').waitFor();
}

/** Opens a feature from the list with the keyboard (focus its entry, press Enter) and waits for its panel. */
export async function openZoneWithKeyboard(page: Page, id: string): Promise<void> {
  await page.focus(`button.zone-item[data-zone-id="${id}"]`);
  await page.keyboard.press('Enter');
  await page.getByTestId('zone-panel').waitFor();
}

/** Whether a list entry is marked as the current (selected) one. */
export async function listEntryIsCurrent(page: Page, id: string): Promise<boolean> {
  return (await page.getAttribute(`button.zone-item[data-zone-id="${id}"]`, 'aria-current')) === 'true';
}

/** The feature id of the list entry that has the keyboard focus, if one has. */
export async function focusedListEntry(page: Page): Promise<string | undefined> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['zoneId']);
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

/**
 * Serves the app's zone data changed by `edit` (applied to the parsed `geodata/zones.geojson`), so a
 * test can show a case the shipped data does not have yet, such as a surveyed boundary.
 */
export async function serveZones(page: Page, edit: (fc: { features: Array<{ properties: Record<string, unknown> }> }) => void): Promise<void> {
  const fc = JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: Array<{ properties: Record<string, unknown> }> };
  edit(fc);
  await page.route('**/zones-*.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(fc) }));
}

/** Serves zone data cut off in the middle, as a broken download would leave it. */
export async function serveBrokenZones(page: Page): Promise<void> {
  await page.route('**/zones-*.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[' }));
}

/** Saves a screenshot of the page under test-results/, for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: `${RESULTS}/${name}.png` });
}

/** The whole zone data file (`zones-<hash>.geojson`), not its core part (`zones-core-<hash>.geojson`). */
const WHOLE_ZONES = /\/zones-(?!core-)[\w-]+\.geojson$/;

/** Holds the whole zone data file back until the returned function is called (the core part comes through). */
export async function holdZoneDetails(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(WHOLE_ZONES, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Answers the whole zone data file with a 404 (the core part comes through). */
export async function failZoneDetails(page: Page): Promise<void> {
  await page.route(WHOLE_ZONES, (route) => route.fulfill({ status: 404, body: 'not found' }));
}

/**
 * When (ms from navigation) the map was first idle and the two zone files were requested; null for a file not
 * requested (yet). Waits up to `timeout` ms for the whole file's request when `waitForWhole`.
 */
export async function zoneDataTimeline(page: Page, waitForWhole = true): Promise<{ idle: number; core: number | null; whole: number | null }> {
  const read = () => page.evaluate((whole) => {
    const re = new RegExp(whole);
    const start = (test: (path: string) => boolean) =>
      performance.getEntriesByType('resource').find((e) => test(new URL(e.name).pathname))?.startTime ?? null;
    return {
      idle: performance.getEntriesByName('map-idle')[0]?.startTime ?? NaN,
      core: start((p) => /\/zones-core-[\w-]+\.geojson$/.test(p)),
      whole: start((p) => re.test(p)),
    };
  }, WHOLE_ZONES.source);
  if (waitForWhole) {
    await page.waitForFunction((whole) => {
      const re = new RegExp(whole);
      return performance.getEntriesByType('resource').some((e) => re.test(new URL(e.name).pathname));
    }, WHOLE_ZONES.source, { timeout: 30_000 });
  }
  return read();
}
