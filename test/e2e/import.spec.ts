import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { Download } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { largeGeoJsonText } from '../../scripts/make_import_fixtures.ts';
import { useSession } from './browser.ts';
import { openApp } from './driver.ts';
import { clickMapAt, mapIdle } from './map_driver.ts';
import { keysHandledDuringImport, recordedStages, recordStages } from './import_probe.ts';
import {
  afterImport, dragOverMap, dropOnMap, expectedMessages, fixture, importedOnMap, listedImported,
  openWithButton, openWithInput, shownMessages, shownSeverities,
} from './import_driver.ts';

const s = useSession();
afterEach(() => {
  expect(s.errors).toEqual([]);
});

/** Former Sóc Trăng, generously: lon 105.5–106.4 E, lat 9.2–10.0 N. */
const inSocTrang = (b: [number, number, number, number] | null): boolean =>
  b !== null && b[0] > 105.5 && b[2] < 106.4 && b[1] > 9.2 && b[3] < 10.0;

const sorted = (xs: string[]): string[] => [...xs].sort();

async function downloadedBytes(d: Download): Promise<Buffer> {
  const path = await d.path();
  return readFileSync(path);
}

describe('check your own file', () => {
  it('opens a valid file with the Open file button: listed with three areas, drawn and fitted on the map', async () => {
    await openApp(s.page);
    await openWithButton(s.page, fixture('valid-feature-collection.geojson'));
    expect(await listedImported(s.page)).toEqual(['Lô A – KCN thử nghiệm', 'Lô B “Đại Ngãi”']);
    const alt = await s.page.locator('.imp-item-alt').first().textContent();
    expect(alt).toMatch(/Elipxoit WGS84 [\d.,]+\sha · Turf \(mặt cầu\) [\d.,]+\sha/);
    expect(await s.page.locator('.imp-item-ha strong').first().textContent()).toMatch(/^[\d.,]+\sha$/);
    const onMap = await importedOnMap(s.page);
    expect(onMap.ids).toEqual(['import-1', 'import-2']);
    await mapIdle(s.page);
    const inView = await s.page.evaluate(() => window.__zoneMap!.queryRenderedFeatures({ layers: ['imported-fill'] }).length);
    expect(inView).toBeGreaterThan(0);
    expect(await s.page.getByTestId('import-file').textContent()).toContain('tối đa 50 MB');
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('valid-feature-collection.geojson'), 'vi')));
  });

  it('imports a KML dropped onto the map, showing the drop overlay while dragging', async () => {
    await openApp(s.page);
    expect(await dragOverMap(s.page)).toBe(true);
    await dropOnMap(s.page, fixture('valid.kml'));
    expect(await s.page.getByTestId('drop-overlay').count()).toBe(0);
    expect(await listedImported(s.page)).toEqual(['Lô A – KCN thử nghiệm', 'Lô B & C']);
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('valid.kml'), 'vi')));
  });

  it('offers VN-2000 reprojection for a file in metres; accepting puts it near Sóc Trăng', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('vn2000-metres.geojson'));
    expect(await s.page.getByTestId('offer-reproject').isVisible()).toBe(true);
    expect((await importedOnMap(s.page)).ids).toEqual([]);
    await s.page.selectOption('[data-testid="import-meridian-preset"]', '104.75');
    expect(await s.page.inputValue('[data-testid="import-meridian"]')).toBe('104.75');
    await s.page.selectOption('[data-testid="import-meridian-preset"]', '105.5');
    await afterImport(s.page, () => s.page.click('[data-testid="import-reproject"]'));
    const onMap = await importedOnMap(s.page);
    expect(onMap.ids).toHaveLength(2);
    expect(inSocTrang(onMap.bbox)).toBe(true);
    expect(await s.page.getByTestId('applied-reproject').textContent()).toContain('105°30′');
    const opts = { sourceCrs: { kind: 'vn2000-tm3' as const, centralMeridianDeg: 105.5 } };
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('vn2000-metres.geojson'), 'vi', opts)));
  });

  it('offers to swap latitude and longitude; accepting puts the feature near Sóc Trăng', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('swapped-lat-lon.geojson'));
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('swapped-lat-lon.geojson'), 'vi')));
    await afterImport(s.page, () => s.page.click('[data-testid="import-swap"]'));
    const onMap = await importedOnMap(s.page);
    expect(onMap.ids).toEqual(['import-1']);
    expect(inSocTrang(onMap.bbox)).toBe(true);
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('swapped-lat-lon.geojson'), 'vi', { swapLatLon: true })));
  });

  it('shows every message of a broken file, errors first, and draws nothing', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('nan-coordinates.geojson'));
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('nan-coordinates.geojson'), 'vi')));
    expect((await shownSeverities(s.page))[0]).toBe('error');
    await openWithInput(s.page, fixture('truncated.geojson'));
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('truncated.geojson'), 'vi')));
    expect((await importedOnMap(s.page)).ids).toEqual([]);
  });

  it('refuses a file over the 50 MB limit with a message, before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-e2e-'));
    const path = join(dir, 'qua-lon.geojson');
    writeFileSync(path, '');
    truncateSync(path, 51 * 1024 * 1024);
    await openApp(s.page);
    try {
      await openWithInput(s.page, path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await s.page.locator('[data-code="file-too-large"]').textContent()).toContain('vượt giới hạn 50 MB');
    expect((await importedOnMap(s.page)).ids).toEqual([]);
  });

  it('re-renders the messages in English when the language changes', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('too-few-positions.geojson'));
    await s.page.click('[data-testid="lang-toggle"]');
    expect(sorted(await shownMessages(s.page))).toEqual(sorted(await expectedMessages(fixture('too-few-positions.geojson'), 'en')));
    expect(await s.page.locator('#import-title').textContent()).toBe('Check your own file');
  });

  it('selects an imported feature clicked on the map and shows its overlap with the zone under it', async () => {
    const lot: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [{
      type: 'Feature', properties: { name: 'Lô trong An Nghiệp' },
      geometry: { type: 'Polygon', coordinates: [[[105.945, 9.632], [105.958, 9.632], [105.958, 9.646], [105.945, 9.646], [105.945, 9.632]]] },
    }] };
    await openApp(s.page);
    await afterImport(s.page, () => s.page.setInputFiles('[data-testid="import-file-input"]', {
      name: 'lo-an-nghiep.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(lot)),
    }));
    await mapIdle(s.page);
    await clickMapAt(s.page, [105.9515, 9.639]);
    const detail = s.page.getByTestId('import-detail');
    await detail.waitFor();
    expect(await detail.locator('h4').textContent()).toBe('Lô trong An Nghiệp');
    await s.page.getByTestId('import-overlap').waitFor();
    const row = s.page.locator('[data-testid="import-overlap"] tr[data-zone="an-nghiep"]');
    expect(await row.locator('td').allTextContents()).toEqual([expect.stringMatching(/ha$/), expect.stringMatching(/%$/), expect.stringMatching(/%$/)]);
    expect(await s.page.getByTestId('import-compare').textContent()).toMatch(/An Nghiệp.*243,00\sha/);
    expect(await s.page.getByTestId('zone-panel').count()).toBe(0);
  });

  it('exports the repaired features as RFC 7946 GeoJSON (exterior rings counter-clockwise)', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('clockwise-exterior.geojson'));
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="import-export"]')]);
    expect(download.suggestedFilename()).toBe('clockwise-exterior-checked.geojson');
    const out = JSON.parse((await downloadedBytes(download)).toString('utf8')) as FeatureCollection<Polygon> & { crs?: unknown };
    expect(out.crs).toBeUndefined();
    const twiceArea = (r: Position[]) => r.reduce((a, p, i) => { const q = r[(i + 1) % r.length]!; return a + p[0]! * q[1]! - q[0]! * p[1]!; }, 0);
    const [outer, hole] = out.features[0]!.geometry.coordinates;
    expect(twiceArea(outer!)).toBeGreaterThan(0);
    expect(twiceArea(hole!)).toBeLessThan(0);
  });

  it('downloads the shipped data as CSV with a UTF-8 BOM and Vietnamese names', async () => {
    await openApp(s.page);
    await s.page.click('[data-testid="import-open"]');
    await s.page.getByTestId('download-csv').waitFor();
    const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="download-csv"]')]);
    expect(download.suggestedFilename()).toBe('kcn-ccn-soc-trang.csv');
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Khu công nghiệp An Nghiệp');
    expect(text.split('\r\n')[0]).toContain('vn2000_tm3_ha');
  });

  it('downloads the shipped data as GeoJSON and KML, one feature or placemark per zone', async () => {
    const zones = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as FeatureCollection).features.length;
    await openApp(s.page);
    await s.page.click('[data-testid="import-open"]');
    await s.page.getByTestId('download-kml').waitFor();
    const [gj] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="download-geojson"]')]);
    expect((JSON.parse((await downloadedBytes(gj)).toString('utf8')) as FeatureCollection).features).toHaveLength(zones);
    const [kml] = await Promise.all([s.page.waitForEvent('download'), s.page.click('[data-testid="download-kml"]')]);
    expect(kml.suggestedFilename()).toBe('kcn-ccn-soc-trang.kml');
    const text = (await downloadedBytes(kml)).toString('utf8');
    expect(text.match(/<Placemark>/g)).toHaveLength(zones);
    expect(text).toContain('<name>Khu công nghiệp An Nghiệp</name>');
  });
});

describe('a 20 MB file', () => {
  let dir = '';
  let path = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-e2e-'));
    path = join(dir, 'large-20mb.geojson');
    writeFileSync(path, largeGeoJsonText(20 * 1024 * 1024));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // How long the page's longest task lasts depends on the machine's load: `npm run bench:import-page` prints it.
  it('is parsed in the worker with a progress bar while the page keeps handling input', async () => {
    await openApp(s.page);
    await recordStages(s.page);
    const k = await keysHandledDuringImport(s.page, path);
    console.log(`20 MB import: ${Math.round(k.importMs)} ms, worker ${Math.round(k.parseMs)} ms; ${k.handled} of ${k.sent} key presses ` +
      `handled while the worker worked, longest stretch without one ${Math.round(k.longestGapMs)} ms`);
    // Proportions, not milliseconds: a loaded machine slows the parse and the page alike.
    expect(k.handled).toBeGreaterThanOrEqual(3);
    expect(k.longestGapMs).toBeLessThan(k.parseMs / 2);
    expect(await recordedStages(s.page)).toEqual(expect.arrayContaining(['Đang đọc tệp…', 'Đang kiểm tra hình học…']));
    expect(await s.page.locator('[data-testid="import-feature-list"] li').count()).toBe(50);
    expect((await importedOnMap(s.page)).ids.length).toBeGreaterThan(20_000);
  }, 150_000);
});
