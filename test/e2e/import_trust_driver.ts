/**
 * Speaks the "nothing lost, nothing frozen" side of the import to the browser tests: a refused file beside a
 * shown import, the note that offers to bring a replaced import back, the selected feature's overlap computed
 * in its worker (and the page's answers meanwhile), the features the map draws at the fitted view, and what the
 * card says of areas that cannot be trusted.
 */
import type { Page } from 'playwright-core';
import { importsDone } from './import_driver.ts';

/** Opens a file the app will refuse while another import is shown; waits for the import to finish and the note. */
export async function openRefused(page: Page, path: string): Promise<void> {
  const [done] = await importsDone(page);
  await page.setInputFiles('[data-testid="import-file-input"]', path);
  await page.waitForFunction((n) => performance.getEntriesByName('import-done').length > n, done);
  await page.getByTestId('import-failed-kept').waitFor();
}

/** The note about a refused file while the earlier import stays (empty when there is none). */
export async function refusedNote(page: Page): Promise<string> {
  const note = page.getByTestId('import-failed-kept');
  return (await note.count()) ? ((await note.textContent()) ?? '') : '';
}

/** The note about the last change to the shown import, and which change it is (`replaced`, `restored`, `cleared`). */
export async function changeNote(page: Page): Promise<{ change: string | null; text: string }> {
  const note = page.getByTestId('import-change');
  if (!(await note.count())) return { change: null, text: '' };
  return { change: await note.getAttribute('data-change'), text: (await note.textContent()) ?? '' };
}

/** Brings back the replaced or removed import, and waits until the map holds it. */
export async function bringBack(page: Page): Promise<void> {
  const [, data] = await importsDone(page);
  await page.getByTestId('import-undo').click();
  await page.waitForFunction((n) => performance.getEntriesByName('imported-data').length > n, data);
}

/** Removes the imported features from the map with the panel's button. */
export async function removeImport(page: Page): Promise<void> {
  const [, data] = await importsDone(page);
  await page.getByTestId('import-clear').click();
  await page.waitForFunction((n) => performance.getEntriesByName('imported-data').length > n, data);
}

/** Chooses the `n`-th (0-based) feature in the panel's list and waits for its card. */
export async function chooseImported(page: Page, n = 0): Promise<void> {
  await page.locator('[data-testid="import-feature-list"] .imp-item').nth(n).click();
  await page.getByTestId('import-detail').waitFor();
}

/** What `keysHandledDuringOverlap` saw; times in ms on the page's clock. */
export interface KeysDuringOverlap {
  sent: number;
  /** Key presses the page handled while the overlap worker worked (`overlap-start` to `overlap-computed`). */
  handled: number;
  workerMs: number;
  /** The longest stretch of that time in which the page handled no key press. */
  longestGapMs: number;
  /** Whether the card said "computing" while the worker worked. */
  saidComputing: boolean;
}

/**
 * Chooses the `n`-th imported feature and, until its overlap is shown, presses Shift every 50 ms (a key with no
 * effect), recording when the page handles each press — as `keysHandledDuringImport` does for the import.
 */
export async function keysHandledDuringOverlap(page: Page, n = 0, timeout = 60_000): Promise<KeysDuringOverlap> {
  await page.evaluate(() => {
    const w = window as unknown as { __okeys: number[]; __computing: boolean };
    w.__okeys = [];
    w.__computing = false;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Shift') w.__okeys.push(performance.now());
    }, true);
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-overlap-computing"]')) w.__computing = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const before = await page.evaluate(() => performance.getEntriesByName('overlap-done').length);
  await page.locator('[data-testid="import-feature-list"] .imp-item').nth(n).click();
  const deadline = Date.now() + timeout;
  let sent = 0;
  while (!(await page.evaluate((b) => performance.getEntriesByName('overlap-done').length > b, before))) {
    if (Date.now() > deadline) throw new Error('overlap not done in time');
    await page.keyboard.press('Shift');
    sent++;
    // The probe's pace, not a wait for anything: one key press every 50 ms while the worker works.
    await page.waitForTimeout(50);
  }
  return page.evaluate((sent) => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const start = last('overlap-start');
    const computed = last('overlap-computed');
    const w = window as unknown as { __okeys: number[]; __computing: boolean };
    const during = w.__okeys.filter((t) => t > start && t < computed);
    const points = [start, ...during, computed];
    const longestGapMs = Math.max(...points.slice(1).map((t, i) => t - points[i]!));
    return { sent, handled: during.length, workerMs: computed - start, longestGapMs, saidComputing: w.__computing };
  }, sent);
}

/** The card's note that the overlap was computed on a simplified outline (empty when it was not). */
export async function simplifiedNote(page: Page): Promise<string> {
  await page.locator('[data-testid="import-overlap"], [data-testid="import-no-overlap"]').first().waitFor();
  const note = page.getByTestId('import-overlap-simplified');
  return (await note.count()) ? ((await note.textContent()) ?? '') : '';
}

/** Distinct imported features the map draws in view now, as shapes or as dots. */
export async function importedDrawnInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const map = window.__zoneMap!;
    const hits = map.queryRenderedFeatures({ layers: ['imported-fill', 'imported-dot'] });
    return new Set(hits.map((f) => String(f.properties['id']))).size;
  });
}

/** What the panel says the map shows: all features, and how many of them as dots. */
export async function shownOnMap(page: Page): Promise<{ total: number; dots: number; text: string }> {
  const line = page.getByTestId('import-shown');
  await line.waitFor();
  return { total: Number(await line.getAttribute('data-total')), dots: Number(await line.getAttribute('data-dots')), text: (await line.textContent()) ?? '' };
}

/** The selected feature's area card: which figure leads, the figures, and the warnings under them. */
export async function areaCard(page: Page): Promise<{ lead: string | null; vn2000: string; ellipsoidal: string; disagree: string; notApplicable: string; far: string; declared: string }> {
  const card = page.getByTestId('import-areas');
  await card.waitFor();
  const text = async (id: string): Promise<string> => {
    const el = page.getByTestId(id);
    return (await el.count()) ? ((await el.textContent()) ?? '') : '';
  };
  return {
    lead: await card.getAttribute('data-lead'),
    vn2000: await text('import-area-vn2000'),
    ellipsoidal: await text('import-area-ellipsoidal'),
    disagree: await text('import-area-disagree'),
    notApplicable: await text('import-vn2000-na'),
    far: await text('import-far'),
    declared: await text('import-declared'),
  };
}

/** Runs `open` (an import), then waits until the camera has been fitted to the imported features and the map is idle. */
export async function afterFitToImport(page: Page, open: () => Promise<unknown>): Promise<void> {
  const fits = await page.evaluate(() => performance.getEntriesByName('imported-fit').length);
  await open();
  await page.waitForFunction((n) => performance.getEntriesByName('imported-fit').length > n, fits);
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__zoneMap!;
    if (!map.isMoving()) return resolve();
    map.once('moveend', () => resolve());
  }));
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__zoneMap!;
    map.triggerRepaint();
    map.once('idle', () => resolve());
  }));
}
