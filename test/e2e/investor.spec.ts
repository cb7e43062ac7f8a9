/**
 * The investor's view: shortlist sites and compare them side by side (the comparison travels in links), see the
 * map as of a year (exactly the features recorded by then, in the stage they had then), and read the numbers as
 * charts whose tables add up to the legend's totals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parseZoneCollection } from '../../src/domain/zone_parser.ts';
import { stageAsOf } from '../../src/domain/timeline.ts';
import { useSession } from './browser.ts';
import { addressBar, baseUrl, listedIds, openApp, openZoneFromList, saveScreenshot } from './driver.ts';
import { clickZoneOnMap, showMapAt } from './map_driver.ts';
import { openShareDialog, shareLink } from './share_driver.ts';
import { pdfInfo, pdfText, stubPrint } from './print_driver.ts';

const s = useSession();
const { features } = parseZoneCollection(JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')));

/** The feature ids heading the comparison table's columns, in order. */
const comparedColumns = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="compare-table"] thead th[data-zone-id]', (ths) => ths.map((th) => th.getAttribute('data-zone-id') ?? ''));

/** Id → stage of every feature the map has rendered. */
async function renderedStages(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const map = window.__zoneMap;
    const out: Record<string, string> = {};
    for (const f of map?.queryRenderedFeatures({ layers: ['zone-fill', 'zone-ring', 'ez-fill'] }) ?? []) out[String(f.properties['id'])] = String(f.properties['stage']);
    return out;
  });
}

/** Waits until the map has drawn after the data changed (one more idle after `before`). */
async function mapSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__zoneMap;
    return !!map && map.loaded() && !map.isMoving();
  });
  await page.evaluate(() => new Promise((r) => window.__zoneMap?.once('idle', r) && window.__zoneMap?.triggerRepaint()));
}

describe('comparing sites', () => {
  it('takes three features from the panel, the list and a Ctrl+click on the map, and a link opens the same comparison', async () => {
    await openApp(s.page);
    await openZoneFromList(s.page, 'tran-de');
    await s.page.getByTestId('panel-compare').click();
    expect(await s.page.getByTestId('panel-compare').getAttribute('aria-pressed')).toBe('true');
    await s.page.getByTestId('zone-panel').getByRole('button', { name: /Đóng|Close/ }).first().click();
    await s.page.getByTestId('list-compare-an-nghiep').click();
    const dn = features.find((f) => f.properties.id === 'dai-ngai')!;
    await showMapAt(s.page, dn.properties.anchor, 12);
    await clickZoneOnMap(s.page, 'dai-ngai', { ctrl: true });
    await s.page.waitForFunction(() => location.hash.includes('c=tran-de,an-nghiep,dai-ngai'));
    expect(await s.page.getByTestId('compare-status').textContent()).toContain('3/4');
    // Ctrl+click added, it did not select.
    expect(await s.page.getByTestId('zone-panel').count()).toBe(0);

    await s.page.getByTestId('compare-open').click();
    await s.page.getByTestId('compare-table').waitFor();
    expect(await comparedColumns(s.page)).toEqual(['tran-de', 'an-nghiep', 'dai-ngai']);
    // A real table: row headers and column headers.
    expect(await s.page.locator('[data-testid="compare-table"] tbody th[scope="row"]').count()).toBeGreaterThan(8);
    await saveScreenshot(s.page, 'compare-1280x800');

    await s.page.getByTestId('compare-close').click();
    await openShareDialog(s.page);
    const link = await shareLink(s.page);
    expect(link).toContain('c=tran-de,an-nghiep,dai-ngai');

    const fresh = await s.context.newPage();
    await fresh.goto(link.replace(/^https?:\/\/[^/]+\//, baseUrl()));
    await fresh.getByTestId('compare-open').click();
    await fresh.getByTestId('compare-table').waitFor();
    expect(await comparedColumns(fresh)).toEqual(['tran-de', 'an-nghiep', 'dai-ngai']);
    await fresh.close();
  });

  it('works without a pointer: add from the list, open the comparison, read it, close it with Escape back to its button', async () => {
    await openApp(s.page);
    await s.page.getByTestId('list-compare-song-hau').focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByTestId('list-compare-my-thanh').focus();
    await s.page.keyboard.press('Space');
    expect(await s.page.getByTestId('compare-status').textContent()).toMatch(/2\/4/);
    await s.page.getByTestId('compare-open').focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByTestId('compare-table').waitFor();
    // Focus is on the view's heading, inside the view; the map and the sidebar under it take no focus.
    await s.page.waitForFunction(() => document.activeElement?.tagName === 'H2' && !!document.activeElement.closest('.overlay-view'));
    expect(await s.page.locator('.map-wrap[inert], .sidebar[inert]').count()).toBe(2);
    expect(await comparedColumns(s.page)).toEqual(['song-hau', 'my-thanh']);
    // The table names its rows and columns for a screen reader.
    const headers = await s.page.$$eval('[data-testid="compare-table"] thead th[scope="col"][data-zone-id]', (ths) => ths.length);
    expect(headers).toBe(2);
    await s.page.keyboard.press('Escape');
    await s.page.getByTestId('compare-view').waitFor({ state: 'detached' });
    await s.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'compare-open');
  });

  it('drops unknown ids from a link with a notice, and keeps at most four', async () => {
    await openApp(s.page, '#c=an-nghiep,khu-gia,tran-de,dai-ngai,song-hau,my-thanh&v=c');
    await s.page.getByTestId('compare-table').waitFor();
    expect(await comparedColumns(s.page)).toEqual(['an-nghiep', 'tran-de', 'dai-ngai', 'song-hau']);
    const notices = await s.page.getByTestId('notices').textContent();
    expect(notices).toContain('không có trong dữ liệu, đã bỏ khỏi bảng so sánh: khu-gia.');
    expect(notices).toContain('đã bỏ các mục thừa của liên kết: my-thanh.');
    expect(await addressBar(s.page)).toContain('c=an-nghiep,tran-de,dai-ngai,song-hau');
  });

  it('prints on one A4 landscape page, caveats and sources whole, with its dates, credits and link', async () => {
    // The four with the longest texts (developers' two readings, hedged places, long stage notes).
    await openApp(s.page, '#c=an-nghiep,tran-de,ccn-an-lac-thon-1,ccn-nga-nam&v=c');
    await s.page.getByTestId('compare-table').waitFor();
    await s.page.waitForFunction(() => !document.querySelector('[data-testid="compare-table"] [data-loading]'));
    await stubPrint(s.page);
    await s.page.getByTestId('compare-print').click();
    await s.page.emulateMedia({ media: 'print' });
    const pdf = await s.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/compare.pdf', pdf);
    const info = pdfInfo('compare.pdf');
    expect(info.pages).toBe(1);
    expect(info.width).toBeGreaterThan(info.height);
    expect(Math.round(info.width)).toBe(842);
    const text = pdfText('compare.pdf');
    for (const name of ['An Nghiệp', 'Trần Đề', 'An Lạc Thôn 1', 'Ngã Năm']) expect(text).toContain(name);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Dữ liệu kiểm tra đến');
    expect(flat).toContain('CC BY 4.0');
    expect(flat).toContain('c=an-nghiep,tran-de,ccn-an-lac-thon-1,ccn-nga-nam');
    // Nothing is cut but the stage notes: the airport's source and An Lạc Thôn 1's developer readings are whole.
    expect(flat).toContain('AMDT 2023-01');
    const altDev = features.find((f) => f.properties.id === 'ccn-an-lac-thon-1')!.properties.developer!.value.vi;
    expect(flat).toContain(altDev.slice(-30).replace(/\s+/g, ' ').trim());
  });
});

describe('the map as of a year', () => {
  it('shows exactly the features first recorded by then, each in the stage it had then, and the legend follows', async () => {
    const year = 2020;
    await openApp(s.page, `#y=${year}`);
    await s.page.waitForFunction(() => document.querySelector('[data-testid="zone-panel"], .app') && document.querySelector('[data-testid="timeline-step"] .timeline-count'));
    await mapSettled(s.page);
    const expected = Object.fromEntries(features.flatMap((f) => {
      const st = stageAsOf(f.properties.stage_history, year);
      return st === null ? [] : [[f.properties.id, st]];
    }));
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(Object.keys(expected).length).toBeLessThan(features.length);
    expect(await renderedStages(s.page)).toEqual(expected);
    const counts = await s.page.$$eval('.legend-row[data-stage]', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-stage'), Number(r.querySelector('[data-count]')?.firstChild?.textContent ?? NaN)])));
    const expectCount = (stage: string) => features.filter((f) => f.properties.kind !== 'economic-zone' && expected[f.properties.id] === stage).length;
    for (const stage of ['operating', 'built', 'planned', 'land-clearance']) expect(counts[stage], stage).toBe(expectCount(stage));
    expect(await s.page.getByTestId('timeline-year').textContent()).toContain(String(year));
    await saveScreenshot(s.page, 'timeline-2020-1280x800');

    // Back to today: every feature, in today's stage.
    await s.page.getByTestId('timeline-today').click();
    await mapSettled(s.page);
    expect(await renderedStages(s.page)).toEqual(Object.fromEntries(features.map((f) => [f.properties.id, f.properties.stage])));
    expect(await addressBar(s.page)).not.toContain('y=');
  });

  it('says the year in the details panel, the fact sheet and the map print', async () => {
    const year = 2020;
    await openApp(s.page, `#y=${year}`);
    await stubPrint(s.page);
    await openZoneFromList(s.page, 'tran-de');
    expect(await s.page.getByTestId('panel-as-of').textContent()).toBe('Năm 2020: Quy hoạch');
    await s.page.getByTestId('fact-sheet-open').click();
    await s.page.getByTestId('fact-as-of').waitFor({ state: 'attached' });
    expect(await s.page.getByTestId('fact-as-of').textContent()).toBe(`Năm ${year}: Quy hoạch`);
    await s.page.getByTestId('zone-panel').getByRole('button', { name: /Đóng|Close/ }).first().click();
    await s.page.getByTestId('print-open').click();
    await s.page.getByTestId('print-as-of').waitFor({ state: 'attached' });
    expect(await s.page.getByTestId('print-as-of').textContent()).toContain(String(year));

    expect(await s.page.getByTestId('panel-as-of').count()).toBe(0);
  });

  it('plays through the years with changes, naming each change and its source', async () => {
    await openApp(s.page);
    await s.page.getByTestId('timeline-open').click();
    // Opened with its button, the timeline takes focus on its year control.
    await s.page.waitForFunction(() => document.activeElement?.id === 'timeline-range');
    await s.page.getByTestId('timeline-play').click();
    await s.page.locator('[data-testid="timeline-step"] .timeline-change').first().waitFor({ timeout: 20_000 });
    const first = await s.page.getByTestId('timeline-step').textContent();
    expect(first).toMatch(/Nguồn|nguồn|Source/);
    await s.page.getByTestId('timeline-play').click(); // pause
    const y = await s.page.getByTestId('timeline-year').textContent();
    expect(y).toMatch(/\d{4}/);
  });
});

describe('the numbers as pictures', () => {
  it('has chart tables that add up to the legend, and a bar that filters the map and list', async () => {
    await openApp(s.page);
    const legend = await s.page.$$eval('.legend-row[data-stage]', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-stage'), Number(r.querySelector('[data-count]')?.firstChild?.textContent ?? NaN)])));
    await s.page.getByTestId('charts-open').click();
    await s.page.getByTestId('charts-view').waitFor();
    const table = s.page.getByTestId('chart-stage-ha').getByTestId('chart-table');
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({ key: tr.getAttribute('data-key'), count: Number(tr.querySelector('td')?.textContent?.replace(/\D/g, '') ?? NaN) })));
    for (const [stage, n] of Object.entries(legend)) expect(rows.find((r) => r.key === stage)?.count, stage).toBe(n);
    // Official hectares too: the legend rounds to whole hectares, the table gives one decimal.
    const viNumber = (t: string | null | undefined) => Number((/[\d.,]+/.exec(t ?? '')?.[0] ?? 'NaN').replace(/\./g, '').replace(',', '.'));
    const legendHa = await s.page.$$eval('.legend-row[data-stage]', (rs) => rs.map((r) => [r.getAttribute('data-stage'), r.querySelector('.legend-ha > span')?.lastChild?.textContent ?? null] as const));
    const tableHa = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key'), tr.querySelectorAll('td')[1]?.textContent ?? null] as const));
    for (const [stage, text] of legendHa) {
      if (text === null) continue;
      const inTable = tableHa.find(([k]) => k === stage)?.[1];
      expect(Math.round(viNumber(inTable)), stage ?? '').toBe(viNumber(text));
    }
    await saveScreenshot(s.page, 'charts-1280x800');

    await s.page.locator('[data-testid="chart-stage-ha"] [data-testid="chart-bar"][data-key="planned"]').first().click();
    await s.page.getByTestId('charts-view').waitFor({ state: 'detached' });
    const hidden = await s.page.$$eval('.legend-row[aria-pressed="false"]', (rs) => rs.map((r) => r.getAttribute('data-stage')));
    expect(hidden.sort()).toEqual(['built', 'land-clearance', 'operating']);
  });

  it('has place bars that filter the map and the list to exactly the features they count', async () => {
    await openApp(s.page, '#v=s');
    const bar = s.page.locator('[data-testid="chart-district"] button[data-testid="chart-bar"][data-key="huyen:chau-thanh"]');
    const counted = Number((await s.page.locator('[data-testid="chart-district"] [data-testid="chart-table"] tr[data-key="huyen:chau-thanh"] td').first().textContent())?.replace(/\D/g, ''));
    await bar.click();
    await s.page.getByTestId('charts-view').waitFor({ state: 'detached' });
    await mapSettled(s.page);
    const listed = (await listedIds(s.page)).sort();
    expect(listed).toHaveLength(counted);
    expect(Object.keys(await renderedStages(s.page)).sort()).toEqual(listed);
    expect(await addressBar(s.page)).toContain('q=%22huy');
  });
});
