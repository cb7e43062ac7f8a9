/**
 * Speaks "the map" to the browser tests: what it has drawn, its camera, moving and clicking it, the
 * basemap and its online layers. Reads the map through `window.__zoneMap` (the app's test hook).
 */
import type { Page } from 'playwright-core';
import type { Camera } from '../../src/state/url_state.ts';

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

/** Ids of the features the map has rendered (footprints, location-only rings, the economic zone), de-duplicated. */
export async function renderedZoneIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = window.__zoneMap;
    if (!map) return [];
    const feats = map.queryRenderedFeatures({ layers: ['zone-fill', 'zone-ring', 'ez-fill'] });
    return [...new Set(feats.map((f) => String(f.properties['id'])))].sort();
  });
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

/** Number of features of a map layer drawn in the current view. */
export async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((id) => window.__zoneMap?.queryRenderedFeatures({ layers: [id] }).length ?? 0, layer);
}

/** The live map's camera. */
export async function mapCamera(page: Page): Promise<Camera> {
  return page.evaluate(() => {
    const map = window.__zoneMap;
    if (!map) throw new Error('no map');
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lon: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
  });
}

/** Moves the camera at once (no animation) and waits for the map to render the new view. */
export async function showMapAt(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(({ center, zoom }) => window.__zoneMap?.jumpTo({ center, zoom }), { center, zoom });
  await mapIdle(page);
}

/** Clicks the map at a geographic position. */
export async function clickMapAt(page: Page, lonLat: [number, number], opts: { ctrl?: boolean } = {}): Promise<void> {
  const pt = await page.evaluate((ll) => {
    const map = window.__zoneMap;
    if (!map) throw new Error('no map');
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonLat);
  if (opts.ctrl) await page.keyboard.down('Control');
  await page.mouse.click(pt.x, pt.y);
  if (opts.ctrl) await page.keyboard.up('Control');
}

/** Clicks the map at a feature's anchor point (`ctrl`: with Ctrl held). */
export async function clickZoneOnMap(page: Page, id: string, opts: { ctrl?: boolean } = {}): Promise<void> {
  const at = await page.evaluate((zid) => {
    const f = window.__zoneMap?.querySourceFeatures('zones-points').find((x) => x.properties['id'] === zid);
    if (!f || f.geometry.type !== 'Point') throw new Error(`no point for ${zid}`);
    return f.geometry.coordinates as [number, number];
  }, id);
  await clickMapAt(page, at, opts);
}

/**
 * Runs `move`, then waits for the map's `moveend` and for MapLibre's throttled hash update, i.e. until
 * the camera in the address bar (`map=`) reads as the live camera at the precision it is written with.
 */
export async function afterMove(page: Page, move: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __moved?: Promise<void> };
    w.__moved = new Promise<void>((r) => window.__zoneMap?.once('moveend', () => r()));
  });
  await move();
  await page.evaluate(() => (window as unknown as { __moved?: Promise<void> }).__moved);
  await page.waitForFunction(() => {
    const map = window.__zoneMap;
    const value = /(?:^#|&)map=([^&]*)/.exec(location.hash)?.[1];
    if (!map || value === undefined) return false;
    const [zoom = '', lat = '', lon = ''] = decodeURIComponent(value).split('/');
    // A value written with d decimals is the live value rounded to d decimals.
    const near = (written: string, live: number) => Math.abs(Number(written) - live) <= 0.5 * 10 ** -((written.split('.')[1] ?? '').length) + 1e-9;
    const c = map.getCenter();
    return near(zoom, map.getZoom()) && near(lat, c.lat) && near(lon, c.lng);
  });
}

/** Drags the map by (dx, dy) CSS pixels with the mouse, as a user pans, and waits until the URL has the new camera. */
export async function panMap(page: Page, dx: number, dy: number): Promise<void> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map box');
  const x = box.x + box.width * 0.35;
  const y = box.y + box.height * 0.5;
  await afterMove(page, async () => {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
    await page.mouse.up();
  });
}

/** Whether the map asks for two fingers / Ctrl to move (as in an embed). */
export async function cooperativeGestures(page: Page): Promise<boolean> {
  return page.evaluate(() => window.__zoneMap?.cooperativeGestures.isEnabled() ?? false);
}

/** Where the map container, its wrapper and its canvas sit on the page (CSS pixels), or null where missing. */
export async function mapBoxes(page: Page): Promise<Record<'map' | 'wrap' | 'canvas', { x: number; y: number; w: number; h: number } | null>> {
  return page.evaluate(() => {
    const rect = (sel: string) => {
      const r = document.querySelector(sel)?.getBoundingClientRect();
      return r ? { x: r.x, y: r.y, w: r.width, h: r.height } : null;
    };
    return { map: rect('[data-testid="map"]'), wrap: rect('.map-wrap'), canvas: rect('[data-testid="map"] canvas') };
  });
}

/** Source layers of the basemap drawn in the current view, and the place names shown. */
export async function basemapContent(page: Page): Promise<{ layers: string[]; names: string[] }> {
  return page.evaluate(() => {
    const map = window.__zoneMap!;
    const ids = map.getStyle().layers.filter((l) => l.id.startsWith('basemap-')).map((l) => l.id);
    const feats = map.queryRenderedFeatures({ layers: ids });
    return {
      layers: [...new Set(feats.map((f) => f.sourceLayer ?? ''))].sort(),
      names: [...new Set(feats.filter((f) => f.sourceLayer === 'place').map((f) => String(f.properties['name'])))],
    };
  });
}

/** Starts recording the basemap archive's responses: the Range header asked and the status answered. */
export function recordArchiveResponses(page: Page): Array<{ range: string | undefined; status: number }> {
  const seen: Array<{ range: string | undefined; status: number }> = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.pmtiles')) seen.push({ range: r.request().headers()['range'], status: r.status() });
  });
  return seen;
}

/** Makes every OpenStreetMap tile request fail, as when offline. */
export async function blockOpenStreetMap(page: Page): Promise<void> {
  await page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
}

/** Chooses a base layer in the layer switcher (`embedded`, `osm`, `satellite`). */
export async function chooseBaseLayer(page: Page, value: string): Promise<void> {
  await page.getByTestId('layer-switcher').locator('button').click();
  // click, not check: a failure may switch the radio back before Playwright re-reads it.
  await page.click(`input[name="base-layer"][value="${value}"]`);
}

/** The base layer the layer switcher shows as chosen. */
export async function chosenBaseLayer(page: Page): Promise<string | null> {
  return page.locator('input[name="base-layer"]:checked').getAttribute('value');
}

/** Whether the map has an online base layer. */
export async function hasOnlineBaseLayer(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(window.__zoneMap?.getLayer('online-base')));
}
