/**
 * Speaks the import panel's offers, details and downloads to the browser tests: reproject a file in
 * metres or swap its axes, read the selected imported feature and its overlap with the zones, export
 * the checked features, download the shipped data.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterImport } from './import_driver.ts';

/** Whether the panel offers to reproject the file from VN-2000 metres. */
export async function reprojectionOffered(page: Page): Promise<boolean> {
  return page.getByTestId('offer-reproject').isVisible();
}

/** Chooses a central meridian from the offer's presets (e.g. "104.75"). */
export async function chooseMeridianPreset(page: Page, degrees: string): Promise<void> {
  await page.selectOption('[data-testid="import-meridian-preset"]', degrees);
}

/** The central meridian in the offer's degrees field. */
export async function meridianField(page: Page): Promise<string> {
  return page.inputValue('[data-testid="import-meridian"]');
}

/** Accepts the reprojection offer and waits for the file to be imported again. */
export async function acceptReprojection(page: Page): Promise<void> {
  await afterImport(page, () => page.click('[data-testid="import-reproject"]'));
}

/** The panel's note on the reprojection applied. */
export async function appliedReprojection(page: Page): Promise<string> {
  return (await page.getByTestId('applied-reproject').textContent()) ?? '';
}

/** Accepts the offer to swap latitude and longitude and waits for the file to be imported again. */
export async function acceptSwap(page: Page): Promise<void> {
  await afterImport(page, () => page.click('[data-testid="import-swap"]'));
}

/** Waits for the selected imported feature's details and returns its name. */
export async function selectedImportedName(page: Page): Promise<string> {
  const detail = page.getByTestId('import-detail');
  await detail.waitFor();
  return (await detail.locator('h4').textContent()) ?? '';
}

/** Waits for the overlap table of the selected imported feature and returns a zone's row: hectares, % of the feature, % of the zone. */
export async function overlapWith(page: Page, zoneId: string): Promise<string[]> {
  await page.getByTestId('import-overlap').waitFor();
  return page.locator(`[data-testid="import-overlap"] tr[data-zone="${zoneId}"] td`).allTextContents();
}

/** The comparison of the selected imported feature with the zone it overlaps most. */
export async function comparisonWithZone(page: Page): Promise<string> {
  return (await page.getByTestId('import-compare').textContent()) ?? '';
}

/** A file the page offered for download: its suggested name and bytes. */
export interface Downloaded {
  name: string;
  bytes: Buffer;
}

async function download(page: Page, testId: string): Promise<Downloaded> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** Exports the checked (repaired) imported features as GeoJSON. */
export async function exportCheckedFeatures(page: Page): Promise<Downloaded> {
  return download(page, 'import-export');
}

/** Opens the import panel (with no file) and downloads the shipped data as `csv`, `geojson` or `kml`. */
export async function downloadShippedData(page: Page, format: 'csv' | 'geojson' | 'kml'): Promise<Downloaded> {
  await page.getByTestId('import-open').click();
  await page.getByTestId(`download-${format}`).waitFor();
  return download(page, `download-${format}`);
}
