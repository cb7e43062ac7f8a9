import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseUrl, URL_CASES } from '../url_cases.ts';
import { DEFAULT_URL_STATE, LAT_RANGE, LON_RANGE, decodeUrlState, type UrlState } from '../../src/state/url_state.ts';
import { closeBrowser, newSession, type Session } from './browser.ts';
import { baseUrl } from './driver.ts';

/**
 * Every malformed or hostile link of `URL_CASES` opened in a fresh load of the app (one page, reused):
 * no uncaught error, the camera inside the allowed bounds, nothing from the link in the DOM as markup, the
 * title unchanged, and the address bar rewritten to the canonical form of what the case decodes to.
 */
let s: Session;
let baseline: { scripts: number };
/** A transparent 1×1 PNG: what the optional online layers get, so cases naming them need no internet. */
const EMPTY_TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  // A small viewport: software WebGL draws it quickly, and 77 fresh loads stay affordable.
  s = await newSession({ width: 640, height: 480 });
  await s.page.route(/^https:\/\//, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: EMPTY_TILE }));
  await open('');
  baseline = { scripts: await s.page.evaluate(() => document.querySelectorAll('script').length) };
});
afterAll(async () => {
  await s.close();
  await closeBrowser();
});

/** Opens the app at a URL from scratch and waits until the map exists and the feature data is in. */
async function open(url: string): Promise<void> {
  await s.page.goto('about:blank');
  await s.page.goto(url || baseUrl(), { waitUntil: 'commit' });
  await s.page.waitForFunction(() => {
    const counts = [...document.querySelectorAll('.kind-chip .legend-count')].map((e) => Number(e.textContent));
    return Boolean(window.__zoneMap?.isStyleLoaded()) && counts.reduce((a, b) => a + b, 0) > 0;
  }, undefined, { timeout: 45_000 });
  // Let the link's selection apply and the URL settle.
  await s.page.waitForTimeout(150);
}

/** Attributes that run script or load things, anywhere in the document. */
async function injected(): Promise<string[]> {
  return s.page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || /javascript:|alert\(/i.test(a.value)) found.push(`${el.tagName} ${a.name}=${a.value}`);
      }
      if (el.tagName === 'IMG' && !/^(data:|blob:|http:\/\/127\.0\.0\.1)/.test((el as HTMLImageElement).src)) found.push(`IMG ${el.getAttribute('src')}`);
    }
    return found;
  });
}

const TITLE = { vi: 'Bản đồ khu, cụm công nghiệp Sóc Trăng', en: 'Sóc Trăng industrial zones & clusters' };

describe('hostile and malformed links', () => {
  it(`has at least 30 cases (${URL_CASES.length})`, () => {
    expect(URL_CASES.length).toBeGreaterThanOrEqual(30);
  });

  for (const c of URL_CASES) {
    it(c.name, async () => {
      const errorsBefore = s.errors.length;
      await open(caseUrl(c, baseUrl()));
      const expected: UrlState = { ...DEFAULT_URL_STATE, ...c.expect };
      // An embed shows the map only.
      if (expected.embed) expected.view = 'map';

      expect(s.errors.slice(errorsBefore)).toEqual([]);
      const cam = await s.page.evaluate(() => {
        const map = window.__zoneMap!;
        return { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng, min: map.getMinZoom(), max: map.getMaxZoom() };
      });
      expect(cam.zoom).toBeGreaterThanOrEqual(cam.min);
      expect(cam.zoom).toBeLessThanOrEqual(cam.max);
      expect(cam.lat).toBeGreaterThanOrEqual(LAT_RANGE[0]);
      expect(cam.lat).toBeLessThanOrEqual(LAT_RANGE[1]);
      expect(cam.lon).toBeGreaterThanOrEqual(LON_RANGE[0]);
      expect(cam.lon).toBeLessThanOrEqual(LON_RANGE[1]);

      expect(await s.page.evaluate(() => document.querySelectorAll('script').length)).toBe(baseline.scripts);
      expect(await injected()).toEqual([]);
      expect(await s.page.title()).toBe(TITLE[expected.lang]);
      expect(await s.page.locator('html').getAttribute('lang')).toBe(expected.lang);

      // The app took the link's state, and wrote it back canonically (camera aside: MapLibre owns it).
      const now = decodeUrlState(s.page.url());
      expect({ ...now, camera: null }).toEqual({ ...expected, camera: null });
      if (!expected.embed) expect(await s.page.getByTestId('search').inputValue()).toBe(expected.query);
      const selected = await s.page.locator('[data-testid="zone-panel"]').count();
      expect(selected).toBe(expected.selected ? 1 : 0);
    });
  }
});
