/**
 * Malformed and hostile links in the browser. Every case of `URL_CASES` (which `url_state.test.ts`
 * decodes in node, with 3,000 generated hashes besides) is replayed as a hash change in one running page;
 * a few representative links are opened in a fresh page, where the app reads them before its first render.
 * Each time: no uncaught error, nothing from the link in the DOM as markup, the camera inside the allowed
 * bounds, title and language as the link says, and the address bar rewritten to the canonical form of the
 * state the case decodes to, which the app shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseUrl, URL_CASES, type UrlCase } from '../url_cases.ts';
import { DEFAULT_URL_STATE, LAT_RANGE, LON_RANGE, decodeUrlState, encodeUrlState, type UrlState } from '../../src/state/url_state.ts';
import { closeBrowser, newSession, type Session } from './browser.ts';
import { baseUrl } from './driver.ts';
import { linkOutcome, openUrl, replaceHash, scriptCount, serveEmptyOnlineTiles } from './url_driver.ts';

const TITLE = { vi: 'Bản đồ khu, cụm công nghiệp Sóc Trăng', en: 'Sóc Trăng industrial zones & clusters' };

/** One representative link per kind of trouble, opened in a fresh page. */
const FRESH_LOADS = [
  'query-truncated-utf8-sequence', // broken percent-encoding
  'query-html-attribute-breakout', // script-ish search text
  'query-bidi-override', // bidi override
  'fbclid-in-query-string', // tracking parameters, in the query string a hash change cannot reach
  'very-long-query-value-dropped', // a huge hash
  'lat-lon-outside-the-world', // a camera outside the world
  'id-quote-breakout', // an unknown, hostile feature id
  'every-key-set', // every key at once, in an embed (only a fresh page can become one)
].map((name) => {
  const c = URL_CASES.find((x) => x.name === name);
  if (!c) throw new Error(`no case ${name} in URL_CASES`);
  return c;
});

/** A URL's hash without MapLibre's `map=` pair (MapLibre writes the camera in its own time). */
function hashWithoutCamera(url: string): string {
  const at = url.indexOf('#');
  const pairs = at < 0 ? [] : url.slice(at + 1).split('&').filter((p) => p && !p.startsWith('map='));
  return pairs.length ? `#${pairs.join('&')}` : '';
}

let s: Session;
let scriptsAtStart = 0;

beforeAll(async () => {
  // A small viewport: software WebGL draws it quickly.
  s = await newSession({ width: 640, height: 480 });
  await serveEmptyOnlineTiles(s.page);
  await openUrl(s.page, baseUrl());
  scriptsAtStart = await scriptCount(s.page);
});
afterAll(async () => {
  await s.close();
  await closeBrowser();
});

/** Everything a case must leave true, given the state the page should now be in. */
async function expectSafeAndApplied(c: UrlCase, expected: UrlState, errorsBefore: number): Promise<void> {
  const now = await linkOutcome(s.page);
  expect(s.errors.slice(errorsBefore), c.name).toEqual([]);
  expect(now.camera.zoom, c.name).toBeGreaterThanOrEqual(now.camera.minZoom);
  expect(now.camera.zoom, c.name).toBeLessThanOrEqual(now.camera.maxZoom);
  expect(now.camera.lat, c.name).toBeGreaterThanOrEqual(LAT_RANGE[0]);
  expect(now.camera.lat, c.name).toBeLessThanOrEqual(LAT_RANGE[1]);
  expect(now.camera.lon, c.name).toBeGreaterThanOrEqual(LON_RANGE[0]);
  expect(now.camera.lon, c.name).toBeLessThanOrEqual(LON_RANGE[1]);

  expect(now.scripts, c.name).toBe(scriptsAtStart);
  expect(now.injected, c.name).toEqual([]);
  expect(now.title, c.name).toBe(TITLE[expected.lang]);
  expect(now.lang, c.name).toBe(expected.lang);

  // The app took the link's state and wrote it back canonically (camera aside: MapLibre owns it).
  expect({ ...decodeUrlState(now.url), camera: null }, c.name).toEqual({ ...expected, camera: null });
  expect(hashWithoutCamera(now.url), c.name).toBe(encodeUrlState({ ...expected, camera: null }));
  // Search text from a link is shown as text, in the box (an embed has none).
  expect(now.searchText, c.name).toBe(expected.embed ? null : expected.query);
  expect(now.panelOpen, c.name).toBe(expected.selected !== null);
}

describe('hostile and malformed links', () => {
  it(`every case of the table, replayed as a hash change in one page (${URL_CASES.length} cases)`, async () => {
    for (const [i, c] of URL_CASES.entries()) {
      // From the default state each time, as a fresh page would start: an unknown key decodes to it.
      await replaceHash(s.page, `#reset=${i}`, false);
      const errorsBefore = s.errors.length;
      // Only the hash: a query string cannot change without a reload. The table's query strings hold
      // tracking parameters only, which decode to nothing, so the expected state is the case's.
      const url = caseUrl(c, baseUrl());
      const at = url.indexOf('#');
      await replaceHash(s.page, at < 0 ? '' : url.slice(at));
      // A running page's embed flag is fixed at load: a link's `e=1` does not turn it into an embed.
      await expectSafeAndApplied(c, { ...DEFAULT_URL_STATE, ...c.expect, embed: false }, errorsBefore);
    }
  }, 120_000);

  for (const c of FRESH_LOADS) {
    it(`${c.name}, opened in a fresh page`, async () => {
      const errorsBefore = s.errors.length;
      await openUrl(s.page, caseUrl(c, baseUrl()));
      const expected: UrlState = { ...DEFAULT_URL_STATE, ...c.expect };
      // An embed shows the map only.
      if (expected.embed) expected.view = 'map';
      await expectSafeAndApplied(c, expected, errorsBefore);
    });
  }
});
