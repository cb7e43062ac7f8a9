import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cameraPrecision, decodeUrlState, type Camera } from '../../src/state/url_state.ts';
import { newSession, useSession } from './browser.ts';
import { baseUrl, openApp, toggleStage } from './driver.ts';
import { closeShareDialog, openShareDialog, shareLink } from './share_driver.ts';
import { afterMove, mapCamera, panMap } from './map_driver.ts';

interface RawFeature { properties: { id: string; name: { vi: string; en: string } } }
const shipped = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: RawFeature[] }).features;
const nameOf = (id: string, lang: 'vi' | 'en') => shipped.find((f) => f.properties.id === id)!.properties.name[lang];

const s = useSession();

/** The camera a link carries matches a live camera within the link's rounding. */
function expectSameCamera(live: Camera, linked: Camera | null): void {
  expect(linked).not.toBeNull();
  const c = linked!;
  const tol = 10 ** -cameraPrecision(c.zoom);
  expect(Math.abs(live.zoom - c.zoom)).toBeLessThanOrEqual(0.006);
  expect(Math.abs(live.lat - c.lat)).toBeLessThanOrEqual(tol);
  expect(Math.abs(live.lon - c.lon)).toBeLessThanOrEqual(tol);
}

const chooseFromList = (id: string) => afterMove(s.page, () => s.page.click(`button.zone-item[data-zone-id="${id}"]`));
const panelTitle = () => s.page.getByTestId('zone-panel').locator('h2').textContent();
const hiddenStagesShown = () => s.page.$$eval('[data-testid="legend"] button[data-stage][aria-pressed="false"]', (els) => els.map((e) => e.getAttribute('data-stage')));

describe('share links', () => {
  it('a copied link opens the same feature, filters, language and view in a fresh page', async () => {
    await openApp(s.page);
    await chooseFromList('tran-de');
    await toggleStage(s.page, 'planned');
    await s.page.getByTestId('lang-toggle').click();
    await panMap(s.page, -140, 70);
    const sender = await mapCamera(s.page);

    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await openShareDialog(s.page);
    const link = await shareLink(s.page);
    await s.page.getByTestId('share-copy').click();
    await s.page.getByText('Copied').waitFor();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await s.page.getByTestId('share-import-note').textContent()).toMatch(/imported is not part of the link/);

    const linked = decodeUrlState(link);
    expect(linked).toMatchObject({ selected: 'tran-de', hiddenStages: ['planned'], lang: 'en', embed: false });
    expectSameCamera(sender, linked.camera);

    const fresh = await newSession();
    try {
      await fresh.page.goto(link);
      await fresh.page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
      const panel = fresh.page.getByTestId('zone-panel');
      await panel.waitFor();
      expect(await panel.locator('h2').textContent()).toBe(nameOf('tran-de', 'en'));
      expect(await fresh.page.locator('html').getAttribute('lang')).toBe('en');
      expect(await fresh.page.getAttribute('button[data-stage="planned"]', 'aria-pressed')).toBe('false');
      expectSameCamera(await mapCamera(fresh.page), linked.camera);
      expect(decodeUrlState(fresh.page.url())).toEqual(linked);
      expect(fresh.errors).toEqual([]);
    } finally {
      await fresh.close();
    }
  });

  it('Back and Forward step through selections and filter changes, camera included', async () => {
    await openApp(s.page);
    await chooseFromList('an-nghiep');
    const atAnNghiep = await mapCamera(s.page);
    await toggleStage(s.page, 'planned');
    await chooseFromList('tran-de');
    await s.page.waitForTimeout(100);

    const back = async () => {
      await s.page.goBack();
      await s.page.waitForTimeout(150);
    };
    await back();
    expect(await panelTitle()).toBe(nameOf('an-nghiep', 'vi'));
    expect(await hiddenStagesShown()).toEqual(['planned']);
    expectSameCamera(await mapCamera(s.page), decodeUrlState(s.page.url()).camera);
    expectSameCamera(atAnNghiep, decodeUrlState(s.page.url()).camera);
    await back();
    expect(await panelTitle()).toBe(nameOf('an-nghiep', 'vi'));
    expect(await hiddenStagesShown()).toEqual([]);
    await back();
    expect(await s.page.getByTestId('zone-panel').count()).toBe(0);

    await s.page.goForward();
    await s.page.waitForTimeout(150);
    expect(await panelTitle()).toBe(nameOf('an-nghiep', 'vi'));
    await s.page.goForward();
    await s.page.goForward();
    await s.page.waitForTimeout(150);
    expect(await panelTitle()).toBe(nameOf('tran-de', 'vi'));
    expect(await hiddenStagesShown()).toEqual(['planned']);
    expect(s.errors).toEqual([]);
  });

  it('offers an embed snippet whose options change the iframe address', async () => {
    await openApp(s.page, '#map=11/9.62/105.97&z=an-nghiep');
    await s.page.getByTestId('zone-panel').waitFor();
    await openShareDialog(s.page);
    const src = async () => {
      const code = await s.page.getByTestId('embed-code').inputValue();
      const m = /^<iframe src="([^"]+)" title="[^"]+" width="100%" height="480" style="border:0" loading="lazy" allowfullscreen><\/iframe>$/.exec(code);
      expect(m).not.toBeNull();
      return decodeUrlState(m![1]!.replace(/&amp;/g, '&'));
    };
    expect(await src()).toMatchObject({ embed: true, selected: 'an-nghiep', lang: 'vi', camera: { zoom: 11, lat: 9.62, lon: 105.97 } });
    await s.page.getByTestId('embed-fitted').check();
    await s.page.getByTestId('embed-selected').uncheck();
    await s.page.getByTestId('embed-lang-en').check();
    expect(await src()).toMatchObject({ embed: true, selected: null, lang: 'en', camera: null });
    await closeShareDialog(s.page);
  });

  it('loads the dialog, QR code and print code only when they are used', async () => {
    await openApp(s.page);
    const lazy = /\/assets\/(ShareDialog|SharePrint|PrintView|FactSheet)-[\w-]+\.js$/;
    expect(s.requests.filter((u) => lazy.test(u))).toEqual([]);
    await openShareDialog(s.page);
    expect(s.requests.filter((u) => lazy.test(u)).length).toBeGreaterThan(0);
    expect(await s.page.getByTestId('share-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;/);
  });
});

describe('embed mode', () => {
  it('shows the map with minimal chrome, cooperative gestures and an "open full map" link without the embed flag', async () => {
    await s.page.goto(`${baseUrl()}#map=11/9.62/105.97&z=an-nghiep&l=en&e=1`);
    await s.page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
    await s.page.getByTestId('zone-panel').waitFor();
    expect(await s.page.locator('.app.embed').count()).toBe(1);
    expect(await s.page.locator('.sidebar').count()).toBe(0);
    expect(await s.page.getByTestId('share-open').count()).toBe(0);
    expect(await s.page.getByTestId('table-toggle').count()).toBe(0);
    expect(await s.page.getByTestId('lang-toggle').count()).toBe(1);
    const legend = s.page.getByTestId('legend');
    expect(await legend.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('false');
    await legend.locator('button[aria-expanded]').click();
    expect(await legend.locator('button[data-stage="operating"]').isVisible()).toBe(true);
    expect(await s.page.evaluate(() => window.__zoneMap?.cooperativeGestures.isEnabled())).toBe(true);

    const full = s.page.getByTestId('open-full-map');
    expect(await full.getAttribute('target')).toBe('_blank');
    expect(await full.getAttribute('rel')).toBe('noopener');
    await full.focus();
    const href = (await full.getAttribute('href')) ?? '';
    expect(href.startsWith(baseUrl())).toBe(true);
    expect(decodeUrlState(href)).toMatchObject({ embed: false, selected: 'an-nghiep', lang: 'en', camera: { zoom: 11, lat: 9.62, lon: 105.97 } });
    // Selecting in an embed never adds entries to the host page's history.
    const before = await s.page.evaluate(() => history.length);
    await s.page.getByTestId('zone-panel').locator('.panel-close').click();
    await s.page.waitForTimeout(100);
    expect(await s.page.evaluate(() => history.length)).toBe(before);
    expect(s.errors).toEqual([]);
  });
});
