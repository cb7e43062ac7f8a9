import { beforeAll, describe, expect, it } from 'vitest';
import { useSession, useSharedSession } from './browser.ts';
import { openApp } from './driver.ts';
import { firstZone, literally, officialArea } from './geodata.ts';
import { factSheetContent, openFactSheet, panelOpened } from './panel_driver.ts';
import {
  clickPrint, downloadPng, pdfInfo, pdfPreview, pdfText, pngStats, pressPrintShortcut, printCalls, sheetPdf, stubPrint,
} from './print_driver.ts';
import { openShareDialog } from './share_driver.ts';

const s = useSession();
const A4_LONG = 842;
const A4_SHORT = 595;
const APP_TITLE = 'Bản đồ khu, cụm công nghiệp Sóc Trăng';
/** An operating zone drawn to its official size, so the sheet's wording about sized shapes applies. */
const feature = firstZone((p) => p.kind === 'zone' && p.stage === 'operating' && p.shape_sized_to_official && p.official_area_ha !== null);

describe('the printed map (Print button)', () => {
  const printing = useSharedSession();
  let pdfBytes = 0;
  let text = '';
  beforeAll(async () => {
    await openApp(printing.page, `#map=10.6/9.64/105.97&z=${feature.id}`);
    await stubPrint(printing.page);
    await clickPrint(printing.page);
    pdfBytes = (await sheetPdf(printing.page, 'print-sheet', 'print-map.pdf')).length;
    text = pdfText('print-map.pdf');
    pdfPreview('print-map.pdf');
  });

  it('is one A4 landscape page', () => {
    expect(pdfBytes).toBeGreaterThan(10_000);
    const info = pdfInfo('print-map.pdf');
    expect(info.pages).toBe(1);
    expect(Math.round(info.width)).toBe(A4_LONG);
    expect(Math.round(info.height)).toBe(A4_SHORT);
  });

  it("goes through the browser's print, once", async () => {
    expect(await printCalls(printing.page)).toBe(1);
  });

  it('carries the title, the selected feature and its official area', () => {
    expect(text).toContain(APP_TITLE);
    expect(text).toContain(feature.name.vi);
    expect(text).toMatch(literally(officialArea(feature.id)));
  });

  it("dates the data, and gives the scale and a link to this view", () => {
    expect(text).toMatch(/Dữ liệu kiểm tra đến/);
    expect(text).toMatch(/Tỷ lệ ≈ 1 : /);
    expect(text).toContain('#map=');
  });

  it("leaves out the app's list and buttons", () => {
    expect(text).not.toContain('Chia sẻ');
    expect(text).not.toContain('Xem toàn tỉnh');
  });
});

describe('Ctrl+P', () => {
  it('prints the same one-page A4 landscape layout instead of the bare page', async () => {
    await openApp(s.page, '#map=10.6/9.64/105.97');
    await stubPrint(s.page);
    await pressPrintShortcut(s.page);
    expect(await printCalls(s.page)).toBe(1);
    await sheetPdf(s.page, 'print-sheet', 'print-map-ctrl-p.pdf');
    expect(pdfInfo('print-map-ctrl-p.pdf')).toMatchObject({ pages: 1 });
    expect(Math.round(pdfInfo('print-map-ctrl-p.pdf').width)).toBe(A4_LONG);
    expect(pdfText('print-map-ctrl-p.pdf')).toContain(APP_TITLE);
  });
});

describe('the fact sheet', () => {
  const printing = useSharedSession();
  let sheet = { text: '', sizedNote: false };
  let text = '';
  beforeAll(async () => {
    await openApp(printing.page, `#z=${feature.id}`);
    await panelOpened(printing.page);
    await stubPrint(printing.page);
    await openFactSheet(printing.page);
    // Read in the page before printing: the PDF's two columns interleave in its text.
    sheet = await factSheetContent(printing.page);
    await sheetPdf(printing.page, 'fact-sheet', 'fact-sheet.pdf');
    // Words as they read, whatever the PDF's line breaks.
    text = pdfText('fact-sheet.pdf').replace(/\s+/g, ' ');
    pdfPreview('fact-sheet.pdf');
  });

  it('says the shape was drawn to its official size and claims no difference', () => {
    expect(sheet.sizedNote).toBe(true);
    expect(sheet.text).not.toContain('Chênh lệch');
  });

  it('is one A4 portrait page', () => {
    const info = pdfInfo('fact-sheet.pdf');
    expect(info.pages).toBe(1);
    expect(Math.round(info.width)).toBe(A4_SHORT);
    expect(Math.round(info.height)).toBe(A4_LONG);
  });

  it('names the feature in both languages, with its stage and official area', () => {
    expect(text).toContain(APP_TITLE);
    expect(text).toContain(feature.name.vi);
    expect(text).toContain(feature.name.en);
    expect(text).toContain('Đang hoạt động');
    expect(text).toMatch(literally(officialArea(feature.id)));
  });

  it('says how the area was computed and that the shape is not a surveyed boundary', () => {
    expect(text).toContain('VN-2000');
    expect(text).toContain('phải ranh giới đo đạc');
  });

  it('links to the feature', () => {
    expect(text).toContain(`z=${feature.id}`);
  });
});

describe('PNG download', () => {
  it('downloads a PNG of the map with the legend and credits burned in', async () => {
    await openApp(s.page, '#map=10/9.6/105.95');
    await openShareDialog(s.page);
    const png = await downloadPng(s.page);
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
