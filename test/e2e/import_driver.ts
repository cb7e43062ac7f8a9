/**
 * Speaks "check your own file" to the browser tests: open a file through the button, the file
 * input or a drop on the map; wait for the import; read the panel and the imported map data.
 * Also computes what the UI must show, by running the same pipeline in node.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Feature, FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import type { Lang } from '../../src/domain/zone.ts';
import { renderMessage } from '../../src/ui/import/render_message.ts';
import { importBytes } from '../../src/import/pipeline.ts';
import type { ImportOptions } from '../../src/import/types.ts';

/** Path of a committed import fixture. */
export const fixture = (name: string): string => `test/fixtures/import/${name}`;

/** How many imports have finished in the page, and how many times the map has loaded imported data. */
export async function importsDone(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [performance.getEntriesByName('import-done').length, performance.getEntriesByName('imported-data').length]);
}

/** Runs `action`, then waits until one more import has finished, its result is shown and the map holds its data. */
export async function afterImport(page: Page, action: () => Promise<unknown>, timeout = 60_000): Promise<void> {
  const before = await importsDone(page);
  await action();
  await page.waitForFunction(([done, data]) => performance.getEntriesByName('import-done').length > done &&
    performance.getEntriesByName('imported-data').length > data, before, { timeout });
  await page.waitForSelector('[data-testid="import-result"], .imp-error', { timeout });
}

/** Opens a file with the "Open file" button and the system file chooser. */
export async function openWithButton(page: Page, path: string): Promise<void> {
  await afterImport(page, async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('[data-testid="import-open"]')]);
    await chooser.setFiles(path);
  });
}

/** Sets a file on the (hidden) file input, as choosing it would. */
export async function openWithInput(page: Page, path: string, timeout?: number): Promise<void> {
  await afterImport(page, () => page.setInputFiles('[data-testid="import-file-input"]', path), timeout);
}

/** Dispatches a drag over the map (so the overlay shows); returns whether the drop overlay is visible. */
export async function dragOverMap(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    const target = document.querySelector('.map-wrap .map');
    const dt = new DataTransfer();
    dt.items.add(new File(['{}'], 'x.geojson'));
    for (const type of ['dragenter', 'dragover']) target?.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  });
  return page.locator('[data-testid="drop-overlay"]').isVisible();
}

/** Drops a file (its bytes built in the page) onto the map. */
export async function dropOnMap(page: Page, path: string): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  await afterImport(page, () => page.evaluate(({ name, base64 }) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], name));
    const target = document.querySelector('.map-wrap .map');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target?.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    }
  }, { name: basename(path), base64 }));
}

/** Every message text shown in the panel (the summary line and each listed message). */
export async function shownMessages(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="import-panel"] .imp-summary, [data-testid="import-panel"] .imp-msg-text', (els) => els.map((e) => e.textContent ?? ''));
}

/** Severities of the message groups shown, in order. */
export async function shownSeverities(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="import-messages"] [data-severity]', (els) => els.map((e) => e.getAttribute('data-severity') ?? ''));
}

/** What the UI must show for a file: the pipeline's messages rendered in `lang`, run in node. */
export async function expectedMessages(path: string, lang: Lang, opts: ImportOptions = {}): Promise<string[]> {
  const result = await importBytes(new Uint8Array(readFileSync(path)), basename(path), opts);
  return result.messages.map((m) => renderMessage(m, lang));
}

/** The imported features as the map holds them: ids and bounding box of all. */
export async function importedOnMap(page: Page): Promise<{ ids: string[]; bbox: [number, number, number, number] | null }> {
  return page.evaluate(async () => {
    const src = window.__zoneMap?.getSource('imported') as { getData?: () => Promise<FeatureCollection> } | undefined;
    const data = src?.getData ? await src.getData() : { features: [] as Feature[] };
    const box = [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number];
    const ids: string[] = [];
    for (const f of data.features) {
      ids.push(String(f.properties?.['id']));
      const g = f.geometry;
      const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
      for (const [x = NaN, y = NaN] of rings.flat()) {
        box[0] = Math.min(box[0], x); box[1] = Math.min(box[1], y); box[2] = Math.max(box[2], x); box[3] = Math.max(box[3], y);
      }
    }
    return { ids, bbox: ids.length ? box : null };
  });
}

/** Names listed in the panel's feature list, in order. */
export async function listedImported(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="import-feature-list"] .imp-item-name', (els) => els.map((e) => e.textContent ?? ''));
}

/** Clicks the map at a geographic position. */
export async function clickMapAt(page: Page, lonLat: [number, number]): Promise<void> {
  const pt = await page.evaluate((ll) => {
    const map = window.__zoneMap;
    if (!map) throw new Error('no map');
    const p = map.project(ll);
    const r = map.getCanvas().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y };
  }, lonLat);
  await page.mouse.click(pt.x, pt.y);
}

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
