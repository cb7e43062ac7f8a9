import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';
import { baseUrl, listedNames, openApp, search, toggleStage } from './driver.ts';
import { clickZoneOnMap, mapIdle, renderedZoneIds } from './map_driver.ts';

interface RawFeature { properties: { id: string; stage: string; kind: string; name: { vi: string; en: string }; official_area_ha: number | null } }
const shipped = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: RawFeature[] }).features;
const byId = (id: string) => shipped.find((f) => f.properties.id === id)!;

const s = useSession();

describe('zone map', () => {
  it('loads without console errors and requests nothing from another host', async () => {
    await openApp(s.page);
    await mapIdle(s.page);
    expect(s.errors).toEqual([]);
    const foreign = s.requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u));
    expect(foreign).toEqual([]);
  });

  it('renders one polygon per feature of geodata/zones.geojson', async () => {
    await openApp(s.page);
    await mapIdle(s.page);
    expect(await renderedZoneIds(s.page)).toEqual(shipped.map((f) => f.properties.id).sort());
  });

  it('opens the panel with official and computed hectares when a zone is clicked on the map', async () => {
    await openApp(s.page);
    await s.page.evaluate(() => window.__zoneMap?.jumpTo({ center: [105.9515, 9.6395], zoom: 12 }));
    await mapIdle(s.page);
    await clickZoneOnMap(s.page, 'an-nghiep');
    const panel = s.page.locator('[data-testid="zone-panel"]');
    await panel.waitFor();
    expect(await panel.locator('h2').textContent()).toBe(byId('an-nghiep').properties.name.vi);
    expect(await panel.getByTestId('official-area').textContent()).toMatch(/^243,00\sha$/);
    const computed = (await panel.getByTestId('computed-area').textContent()) ?? '';
    const ha = Number(computed.replace(/\s*ha$/, '').replace(/\./g, '').replace(',', '.'));
    expect(Math.abs(ha - 243) / 243).toBeLessThan(0.01);
    // The shape was drawn to its official size: the panel says so instead of showing a difference.
    expect(await panel.getByTestId('area-sized-note').isVisible()).toBe(true);
    expect(await panel.getByTestId('area-diff').count()).toBe(0);
    expect(await panel.textContent()).toContain('không phải ranh giới đo đạc');
  });

  it('finds Trần Đề by "tran de" and Đại Ngãi by "dai ngai"', async () => {
    await openApp(s.page);
    await search(s.page, 'tran de');
    const names = await listedNames(s.page);
    expect(names).toContain(byId('tran-de').properties.name.vi);
    expect(names.every((n) => /trần đề/i.test(n) || n.length > 0)).toBe(true);
    expect(names).not.toContain(byId('an-nghiep').properties.name.vi);
    await search(s.page, 'dai ngai');
    expect(await listedNames(s.page)).toContain(byId('dai-ngai').properties.name.vi);
  });

  it('hides a stage on the map and in the list when its legend row is clicked', async () => {
    await openApp(s.page);
    const planned = shipped.filter((f) => f.properties.stage === 'planned').map((f) => f.properties.id);
    expect(planned.length).toBeGreaterThan(0);
    await toggleStage(s.page, 'planned');
    await mapIdle(s.page);
    const onMap = await renderedZoneIds(s.page);
    expect(onMap.filter((id) => planned.includes(id))).toEqual([]);
    expect(onMap.length).toBe(shipped.length - planned.length);
    const names = await listedNames(s.page);
    expect(names.length).toBe(shipped.length - planned.length);
    expect(await s.page.getAttribute('button[data-stage="planned"]', 'aria-pressed')).toBe('false');
    await toggleStage(s.page, 'planned');
    expect((await listedNames(s.page)).length).toBe(shipped.length);
  });

  it('switches the whole UI to English and back', async () => {
    await openApp(s.page);
    const toggle = s.page.getByTestId('lang-toggle');
    expect(await s.page.locator('h1').textContent()).toContain('khu, cụm công nghiệp');
    await toggle.click();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await s.page.locator('h1').textContent()).toBe('Sóc Trăng industrial zones & clusters');
    expect(await listedNames(s.page)).toContain(byId('an-nghiep').properties.name.en);
    expect(await s.page.getByTestId('legend').textContent()).toContain('Operating');
    await toggle.click();
    expect(await s.page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('selects from the list with the keyboard, and Escape returns focus to the entry', async () => {
    await openApp(s.page);
    await s.page.focus('button.zone-item[data-zone-id="dai-ngai"]');
    await s.page.keyboard.press('Enter');
    const panel = s.page.getByTestId('zone-panel');
    await panel.waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    expect(await s.page.getAttribute('button.zone-item[data-zone-id="dai-ngai"]', 'aria-current')).toBe('true');
    await s.page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['zoneId'])).toBe('dai-ngai');
  });

  it('sets the plan against the map and calls out the unnamed clusters', async () => {
    await openApp(s.page);
    const summary = s.page.getByTestId('summary');
    expect(await summary.textContent()).toMatch(/10 KCN \(4\.334\sha\) và 18 CCN \(983,6\sha\)/);
    expect(await summary.getByTestId('summary-unnamed').textContent()).toContain('13 cụm công nghiệp');
    await summary.locator('summary').click();
    expect(await summary.locator('tr[data-kind="cluster"] td').last().textContent()).toMatch(/^5/);
  });

  it('says so when the zone data is broken, and keeps the page working', async () => {
    await s.page.route('**/zones-*.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type":"FeatureCollection","features":[' }));
    await s.page.goto(baseUrl());
    const notice = s.page.getByTestId('notices');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Không tải được dữ liệu');
    expect(await s.page.getByTestId('legend').isVisible()).toBe(true);
    await s.page.getByTestId('lang-toggle').click();
    expect(await s.page.locator('h1').textContent()).toBe('Sóc Trăng industrial zones & clusters');
    expect(await notice.textContent()).toContain('Could not load the zone data');
  });
});
