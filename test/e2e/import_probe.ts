/**
 * Probes how the page behaves during a long import: key presses handled while the worker parses, and
 * the progress stages shown. For the 20 MB import test and `npm run bench:import-page`-style checks.
 */
import type { Page } from 'playwright-core';
import { afterImport, importsDone } from './import_driver.ts';

/** What `keysHandledDuringImport` saw; times in ms on the page's clock. */
export interface KeysDuringImport {
  /** Key presses sent, and handled by the page while the worker was working. */
  sent: number;
  handled: number;
  /** From `import-start` to `import-parsed` (the worker posted its result), and to `import-done`. */
  parseMs: number;
  importMs: number;
  /** The longest stretch of the parse in which the page handled no key press. */
  longestGapMs: number;
}

/**
 * Opens a file with the file input and, until its import is done, presses Shift every 50 ms (a key
 * with no effect in the app), recording when the page handles each press. While the worker parses
 * (from the `import-start` mark to `import-parsed`, the moment the worker posted its result) a
 * responsive page keeps handling them; a page whose main thread is blocked handles them only later.
 */
export async function keysHandledDuringImport(page: Page, path: string, timeout = 90_000): Promise<KeysDuringImport> {
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[] };
    w.__keys = [];
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Shift') w.__keys.push(performance.now());
    }, true);
  });
  const [before] = await importsDone(page);
  let sent = 0;
  await afterImport(page, async () => {
    await page.setInputFiles('[data-testid="import-file-input"]', path);
    const done = () => page.evaluate((n) => performance.getEntriesByName('import-done').length > n, before);
    while (!(await done())) {
      await page.keyboard.press('Shift');
      sent++;
      // The probe's pace, not a wait for anything: one key press every 50 ms while the import runs.
      await page.waitForTimeout(50);
    }
  }, timeout);
  return page.evaluate((sent) => {
    const last = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    const start = last('import-start');
    const parsed = last('import-parsed');
    const during = (window as unknown as { __keys: number[] }).__keys.filter((t) => t > start && t < parsed);
    const points = [start, ...during, parsed];
    const longestGapMs = Math.max(...points.slice(1).map((t, i) => t - points[i]!));
    return { sent, handled: during.length, parseMs: parsed - start, importMs: last('import-done') - start, longestGapMs };
  }, sent);
}

/** Starts recording the progress stage texts shown (a MutationObserver in the page, no polling). */
export async function recordStages(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stages: string[] };
    w.__stages = [];
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="import-stage"]')?.textContent;
      if (text && w.__stages.at(-1) !== text) w.__stages.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** The progress stage texts shown since `recordStages`, in order. */
export async function recordedStages(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
}
