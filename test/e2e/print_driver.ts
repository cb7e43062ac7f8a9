/**
 * Speaks "print and download" to the browser tests: print the map or a fact sheet to PDF (read back
 * with poppler's pdfinfo/pdftotext), count the app's calls to `window.print`, download the map as PNG
 * and measure its pixels.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS } from './driver.ts';

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

/** How many times the app has called `window.print` since `stubPrint`. */
export async function printCalls(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls);
}

/** Clicks the header's Print button (printing must be stubbed). */
export async function clickPrint(page: Page): Promise<void> {
  await page.getByTestId('print-open').click();
}

/** Presses Ctrl+P and waits until the print sheet is mounted and ready again (printing must be stubbed). */
export async function pressPrintShortcut(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('[data-testid="print-sheet"]')?.removeAttribute('data-ready'));
  await page.keyboard.press('Control+p');
  await page.waitForSelector('[data-testid="print-sheet"][data-ready="true"]', { state: 'attached' });
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

/** Clicks "Download PNG" in the open share dialog, keeps a copy under test-results/ and returns the bytes. */
export async function downloadPng(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByTestId('share-png').click();
  const bytes = readFileSync(await (await download).path());
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(join(RESULTS, 'map-download.png'), bytes);
  return bytes;
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
