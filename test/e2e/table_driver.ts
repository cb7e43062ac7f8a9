/**
 * Speaks "the area table" and "the plan summary" to the browser tests: open and sort the table, read its
 * rows, totals and notes, download it as CSV; read the summary of the plan against the map.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const table = (page: Page) => page.getByTestId('area-table');

/** Opens the area table from the header and waits for its rows (the area module loads lazily). */
export async function openAreaTable(page: Page): Promise<void> {
  await page.getByTestId('table-toggle').click();
  await table(page).locator('tbody tr').first().waitFor();
}

/** Ids of the features the table lists, in order. */
export async function areaTableIds(page: Page): Promise<string[]> {
  return table(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-zone-id') ?? ''));
}

/** Sorts the table by a column (`official`, `vn2000`, …) by clicking its header button. */
export async function sortAreaTableBy(page: Page, column: string): Promise<void> {
  await table(page).locator(`button[data-sort="${column}"]`).click();
}

/** The sort order the table announces (`ascending` / `descending`) and for which column, or null. */
export async function areaTableSort(page: Page): Promise<{ column: string; order: string } | null> {
  const th = table(page).locator('th[aria-sort]:not([aria-sort="none"])');
  if ((await th.count()) !== 1) return null;
  return { column: (await th.locator('button[data-sort]').getAttribute('data-sort')) ?? '', order: (await th.getAttribute('aria-sort')) ?? '' };
}

/** The official areas in the table, top to bottom, as shown ("—" where none is published). */
export async function areaTableOfficialColumn(page: Page): Promise<string[]> {
  return table(page).locator('tbody tr td:nth-child(4)').allTextContents();
}

/** One cell of a feature's row (`vn2000`, `diff-ha`) as shown. */
export async function areaTableCell(page: Page, id: string, column: string): Promise<string> {
  return (await table(page).locator(`tr[data-zone-id="${id}"] td[data-col="${column}"]`).textContent()) ?? '';
}

/** The row labels of the table's totals (stages, then kinds). */
export async function areaTableTotalsLabels(page: Page): Promise<string[]> {
  return table(page).locator('tfoot tr:not(.tfoot-title) th').allTextContents();
}

/** The note on features left out of the totals. */
export async function areaTableLeftOutNote(page: Page): Promise<string> {
  return (await table(page).getByTestId('table-location-only').textContent()) ?? '';
}

/** Clicks the table's CSV button and returns the downloaded bytes. */
export async function downloadAreaTableCsv(page: Page): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), table(page).locator('.area-table-actions button').first().click()]);
  return readFileSync(await download.path());
}

const summary = (page: Page) => page.getByTestId('summary');

/** The summary's first line: the plan's figures and what the map holds. */
export async function summaryLine(page: Page): Promise<string> {
  return (await summary(page).locator('.sum-line').textContent()) ?? '';
}

/** The summary's call-out on the clusters that cannot be mapped. */
export async function summaryUnnamed(page: Page): Promise<string> {
  return (await summary(page).getByTestId('summary-unnamed').textContent()) ?? '';
}

/** Opens the summary's details and returns its table: per kind, the planned and the mapped cell as shown. */
export async function summaryTable(page: Page): Promise<Record<string, { planned: string; mapped: string }>> {
  await summary(page).locator('summary').click();
  return summary(page).locator('tbody tr[data-kind]').evaluateAll((rows) => Object.fromEntries(rows.map((r) => {
    const [planned, mapped] = [...r.querySelectorAll('td')].map((td) => td.textContent ?? '');
    return [r.getAttribute('data-kind') ?? '', { planned: planned ?? '', mapped: mapped ?? '' }];
  })));
}
