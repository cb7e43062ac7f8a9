/**
 * Speaks the language of sharing to the browser tests: the share dialog and its link, the camera, the
 * printouts as PDFs (read with poppler's pdfinfo/pdftotext) and the PNG download.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Camera } from '../../src/state/url_state.ts';

export const RESULTS = 'test-results';

/** Opens the share dialog and waits for its QR code (the lazily loaded part). */
export async function openShareDialog(page: Page): Promise<void> {
  await page.getByTestId('share-open').click();
  try {
    await page.getByTestId('share-qr').waitFor();
  } catch (err) {
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'share-dialog-failure.png') });
    const state = await page.evaluate(() => ({
      dialog: document.querySelector('dialog')?.open ?? 'none',
      toast: document.querySelector('.share-toast')?.textContent ?? null,
      chunks: performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /Share|Print|Fact/.test(n)),
      active: document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
    }));
    throw new Error(`share dialog did not open: ${JSON.stringify(state)}`, { cause: err });
  }
}

/** The link shown in the share dialog's text field (the dialog must be open). */
export async function shareLink(page: Page): Promise<string> {
  return page.getByTestId('share-link').inputValue();
}

/** Closes the share dialog with Escape. */
export async function closeShareDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByTestId('share-dialog').waitFor({ state: 'detached' });
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

/** Resolves after the map's next `moveend` and MapLibre's throttled hash update (300 ms). */
export async function afterMove(page: Page, move: () => Promise<void>): Promise<void> {
  const ended = page.evaluate(() => new Promise<void>((r) => window.__zoneMap?.once('moveend', () => r())));
  await move();
  await ended;
  await page.waitForTimeout(400);
}

/** Drags the map by (dx, dy) CSS pixels with the mouse, as a user pans. */
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

/** Replaces `window.print` so a test can mount a sheet and print it to PDF itself. Counts the calls. */
export async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __printCalls: number };
    w.__printCalls = 0;
    window.print = () => {
      w.__printCalls += 1;
    };
  });
}

/** Waits for a mounted sheet to have its images and fonts, then prints the page to PDF with the sheet's page size. */
export async function sheetPdf(page: Page, testId: 'print-sheet' | 'fact-sheet', file: string): Promise<Buffer> {
  await page.waitForSelector(`[data-testid="${testId}"][data-ready="true"]`, { state: 'attached', timeout: 30_000 });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, file), pdf);
  return pdf;
}

/** Page count and page size (points) of a PDF, from poppler's `pdfinfo`. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [join(RESULTS, file)], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1] ?? NaN);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1] ?? NaN), height: Number(size?.[2] ?? NaN) };
}

/** The text of a PDF, from poppler's `pdftotext` (layout kept), in NFC. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', join(RESULTS, file), '-'], { encoding: 'utf8' }).normalize('NFC');
}

/** Renders the PDF's first page to a PNG next to it, for people to look at. */
export function pdfPreview(file: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', join(RESULTS, file), join(RESULTS, file.replace(/\.pdf$/, ''))]);
}

/** Clicks "Download PNG" in the open share dialog and returns the downloaded bytes. */
export async function downloadPng(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByTestId('share-png').click();
  const d = await download;
  const path = await d.path();
  const { readFileSync } = await import('node:fs');
  return readFileSync(path);
}

/** Pixel statistics of a PNG decoded in the page (createImageBitmap), over the whole image and a region. */
export async function pngStats(page: Page, png: Buffer, region: { x: number; y: number; w: number; h: number }) {
  return page.evaluate(async ({ b64, region }) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d');
    ctx.drawImage(bmp, 0, 0);
    const stats = (x: number, y: number, w: number, h: number) => {
      const d = ctx.getImageData(x, y, w, h).data;
      let sum = 0, sq = 0, n = 0;
      const colours = new Set<number>();
      for (let i = 0; i < d.length; i += 4) {
        const v = 0.299 * (d[i] ?? 0) + 0.587 * (d[i + 1] ?? 0) + 0.114 * (d[i + 2] ?? 0);
        sum += v; sq += v * v; n += 1;
        colours.add(((d[i] ?? 0) >> 3) << 10 | ((d[i + 1] ?? 0) >> 3) << 5 | ((d[i + 2] ?? 0) >> 3));
      }
      const mean = sum / n;
      return { mean, variance: sq / n - mean * mean, colours: colours.size };
    };
    const r = { x: Math.round(region.x), y: Math.round(bmp.height + region.y), w: Math.round(region.w), h: Math.round(region.h) };
    return { width: bmp.width, height: bmp.height, all: stats(0, 0, bmp.width, bmp.height), region: stats(r.x, r.y, r.w, r.h) };
  }, { b64: png.toString('base64'), region });
}
