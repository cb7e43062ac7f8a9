import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';
import { openApp } from './driver.ts';
import { openShareDialog } from './share_driver.ts';
import { RESULTS } from './driver.ts';
import { downloadPng, pdfInfo, pdfPreview, pdfText, pngStats, sheetPdf, stubPrint } from './print_driver.ts';

interface RawFeature { properties: { id: string; name: { vi: string; en: string }; official_area_ha: number | null } }
const shipped = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: RawFeature[] }).features;
const anNghiep = shipped.find((f) => f.properties.id === 'an-nghiep')!.properties;

const s = useSession();
const A4_LONG = 842;
const A4_SHORT = 595;

describe('printing', () => {
  it('prints the map on one A4 landscape page with title, legend, selected feature, link and QR (Print button and Ctrl+P)', async () => {
    await openApp(s.page, '#map=10.6/9.64/105.97&z=an-nghiep');
    await stubPrint(s.page);
    await s.page.getByTestId('print-open').click();
    const pdf = await sheetPdf(s.page, 'print-sheet', 'print-map.pdf');
    expect(pdf.length).toBeGreaterThan(10_000);
    const info = pdfInfo('print-map.pdf');
    expect(info).toMatchObject({ pages: 1 });
    expect(Math.round(info.width)).toBe(A4_LONG);
    expect(Math.round(info.height)).toBe(A4_SHORT);
    const text = pdfText('print-map.pdf');
    expect(text).toContain('Bản đồ khu, cụm công nghiệp Sóc Trăng');
    expect(text).toContain(anNghiep.name.vi);
    expect(text).toMatch(/243,00\sha/);
    expect(text).toMatch(/Dữ liệu kiểm tra đến/);
    expect(text).toMatch(/Tỷ lệ ≈ 1 : /);
    expect(text).toContain('#map=');
    // Nothing of the app's chrome: no list, no buttons.
    expect(text).not.toContain('Chia sẻ');
    expect(text).not.toContain('Xem toàn tỉnh');
    pdfPreview('print-map.pdf');
    expect(await s.page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);

    // Ctrl+P prints the same layout instead of the bare page.
    await s.page.evaluate(() => document.querySelector('[data-testid="print-sheet"]')?.removeAttribute('data-ready'));
    await s.page.keyboard.press('Control+p');
    await s.page.waitForSelector('[data-testid="print-sheet"][data-ready="true"]', { state: 'attached' });
    expect(await s.page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(2);
  });

  it('prints a fact sheet on one A4 portrait page with names, stage, both areas, sources and link', async () => {
    await openApp(s.page, '#z=an-nghiep');
    await s.page.getByTestId('zone-panel').waitFor();
    // The computed area comes from the lazily loaded area module.
    await s.page.getByTestId('computed-area').waitFor();
    await stubPrint(s.page);
    await s.page.getByTestId('fact-sheet-open').click();
    // Drawn to its official size: the sheet says so and claims no difference (read in the page before
    // printing, which unmounts it; the PDF's two columns interleave in its text).
    const sheet = s.page.locator('[data-testid="fact-sheet"][data-ready="true"]');
    await sheet.waitFor({ state: 'attached', timeout: 30_000 });
    expect(await sheet.getByTestId('fact-sized-note').count()).toBe(1);
    expect(await sheet.textContent()).not.toContain('Chênh lệch');
    await sheetPdf(s.page, 'fact-sheet', 'fact-sheet-an-nghiep.pdf');
    const info = pdfInfo('fact-sheet-an-nghiep.pdf');
    expect(info).toMatchObject({ pages: 1 });
    expect(Math.round(info.width)).toBe(A4_SHORT);
    expect(Math.round(info.height)).toBe(A4_LONG);
    // Words as they read, whatever the PDF's line breaks.
    const text = pdfText('fact-sheet-an-nghiep.pdf').replace(/\s+/g, ' ');
    expect(text).toContain('Bản đồ khu, cụm công nghiệp Sóc Trăng');
    expect(text).toContain(anNghiep.name.vi);
    expect(text).toContain(anNghiep.name.en);
    expect(text).toMatch(/243,00\sha/);
    expect(text).toContain('VN-2000');
    expect(text).toContain('Đang hoạt động');
    expect(text).toContain('phải ranh giới đo đạc');
    expect(text).toContain('z=an-nghiep');
    pdfPreview('fact-sheet-an-nghiep.pdf');
  });

  it('downloads a PNG of the map with the legend and credits burned in', async () => {
    await openApp(s.page, '#map=10/9.6/105.95');
    await openShareDialog(s.page);
    const png = await downloadPng(s.page);
    writeFileSync(join(RESULTS, 'map-download.png'), png);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // The legend card sits in the bottom-left corner, above the 22-px credits strip.
    const stats = await pngStats(s.page, png, { x: 12, y: -170, w: 150, h: 130 });
    expect(stats.width).toBeGreaterThan(800);
    expect(stats.all.variance).toBeGreaterThan(100);
    expect(stats.all.colours).toBeGreaterThan(200);
    expect(stats.region.variance).toBeGreaterThan(200);
    expect(stats.region.colours).toBeGreaterThan(20);
  });
});
