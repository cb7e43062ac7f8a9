/**
 * Speaks "links" to the browser tests of hostile and malformed URLs: open the app at a URL, put a new
 * hash into a running page as a user editing the address bar would, and read what a link could have
 * harmed: injected markup, the title, the language, the camera, the search box and the panel.
 */
import type { Page } from 'playwright-core';

/** A transparent 1×1 PNG: what the optional online layers get, so links naming them need no internet. */
const EMPTY_TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Answers every https request (the online base layers) with an empty tile. */
export async function serveEmptyOnlineTiles(page: Page): Promise<void> {
  await page.route(/^https:\/\//, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: EMPTY_TILE }));
}

/**
 * Waits until the app has settled on what its URL says: the next frame has passed (the app's effects,
 * such as the title and `<html lang>`, run in a task after it) and the camera is at rest.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r)));
    const map = window.__zoneMap;
    if (map?.isMoving()) await new Promise<void>((r) => map.once('moveend', () => r()));
  });
}

/**
 * Opens the app at a URL in a fresh document (by way of about:blank, so even a hash-only change reloads)
 * and waits until the map's style and the feature data are in, any linked feature is applied and the
 * app has settled. Works for embeds, which have no list.
 */
export async function openUrl(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => {
    const counts = [...document.querySelectorAll('.kind-chip .legend-count')].map((e) => Number(e.textContent));
    return Boolean(window.__zoneMap?.isStyleLoaded()) && counts.reduce((a, b) => a + b, 0) > 0;
  }, undefined, { timeout: 45_000 });
  await settled(page);
}

/**
 * Sets `location.hash` in the running page, as a hand-edited address would, and waits until the app
 * has handled the `hashchange` (its own listeners run first and rewrite the URL in their microtasks) and
 * settled (unless `settle` is false: the app has then applied the hash but may not have redrawn). A hash that
 * leaves the URL as it is fires no event, and the app keeps the state that URL has.
 */
export async function replaceHash(page: Page, hash: string, settle = true): Promise<void> {
  await page.evaluate(async (h) => {
    const before = location.href;
    const handled = new Promise<void>((r) => addEventListener('hashchange', () => r(), { once: true }));
    location.hash = h;
    if (location.href !== before) await handled;
  }, hash);
  if (settle) await settled(page);
}

/** Number of `<script>` elements in the document. */
export async function scriptCount(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('script').length);
}

/** What a link could have harmed or changed, read in one go (the page may be busy drawing). */
export interface LinkOutcome {
  /** The live camera and the map's zoom range. */
  camera: { zoom: number; lat: number; lon: number; minZoom: number; maxZoom: number };
  /** Number of `<script>` elements. */
  scripts: number;
  /**
   * Markup a link could have injected anywhere: event-handler attributes, attribute values with
   * `javascript:` or `alert(`, images from other places than the app, iframes, objects and embeds.
   */
  injected: string[];
  title: string;
  lang: string;
  url: string;
  /** The text in the search box, or null where the page has none (an embed). */
  searchText: string | null;
  panelOpen: boolean;
}

/** Reads the page after a link: camera, scripts, injected markup, title, language, URL, search box and panel. */
export async function linkOutcome(page: Page): Promise<LinkOutcome> {
  return page.evaluate(() => {
    const map = window.__zoneMap;
    if (!map) throw new Error('no map');
    const injected: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name) || /javascript:|alert\(/i.test(a.value)) injected.push(`${el.tagName} ${a.name}=${a.value}`);
      }
      if (el.tagName === 'IMG' && !/^(data:|blob:|http:\/\/127\.0\.0\.1)/.test((el as HTMLImageElement).src)) injected.push(`IMG ${el.getAttribute('src')}`);
      if (/^(IFRAME|OBJECT|EMBED)$/.test(el.tagName)) injected.push(`${el.tagName} ${el.getAttribute('src') ?? el.getAttribute('data') ?? ''}`);
    }
    const box = document.querySelector<HTMLInputElement>('[data-testid="search"]');
    return {
      camera: { zoom: map.getZoom(), lat: map.getCenter().lat, lon: map.getCenter().lng, minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom() },
      scripts: document.querySelectorAll('script').length,
      injected,
      title: document.title,
      lang: document.documentElement.lang,
      url: location.href,
      searchText: box ? box.value : null,
      panelOpen: document.querySelector('[data-testid="zone-panel"]') !== null,
    };
  });
}
