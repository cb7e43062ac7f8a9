/**
 * Speaks "check your own file" to the browser tests: open a file through the button, the file
 * input or a drop on the map; wait for the import; read the messages, the listed features and the
 * imported map data. Also computes what the UI must show, by running the same pipeline in node (this
 * checks the worker → panel wiring; `pipeline.test.ts` checks the messages themselves by hand).
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

/** Opens a GeoJSON file made in the test (name and text) through the file input. */
export async function openGeoJsonText(page: Page, name: string, text: string): Promise<void> {
  await afterImport(page, () => page.setInputFiles('[data-testid="import-file-input"]', { name, mimeType: 'application/geo+json', buffer: Buffer.from(text) }));
}

/** Dispatches a drag over the map (so the overlay shows); returns whether the drop overlay is visible. */
export async function dragOverMap(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    const target = document.querySelector('.map-wrap .map');
    const dt = new DataTransfer();
    dt.items.add(new File(['{}'], 'x.geojson'));
    for (const type of ['dragenter', 'dragover']) target?.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
  });
  return dropOverlayShown(page);
}

/** Whether the "drop the file here" overlay is shown. */
export async function dropOverlayShown(page: Page): Promise<boolean> {
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

/** The text of the message with a given code, as shown. */
export async function messageText(page: Page, code: string): Promise<string> {
  return (await page.locator(`[data-testid="import-panel"] [data-code="${code}"]`).textContent()) ?? '';
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

/** Number of features the panel's list shows (it pages long lists). */
export async function listedImportedCount(page: Page): Promise<number> {
  return page.locator('[data-testid="import-feature-list"] li').count();
}

/** The areas each listed feature shows: the headline (VN-2000) and the line with the other two. */
export async function listedImportedAreas(page: Page): Promise<Array<{ headline: string; others: string }>> {
  return page.$$eval('[data-testid="import-feature-list"] .imp-item', (els) => els.map((e) => ({
    headline: e.querySelector('.imp-item-ha strong')?.textContent ?? '',
    others: e.querySelector('.imp-item-alt')?.textContent ?? '',
  })));
}

/** The panel's line about the opened file (name, size, limit, format). */
export async function importFileLine(page: Page): Promise<string> {
  return (await page.getByTestId('import-file').textContent()) ?? '';
}

/** The import panel's title. */
export async function importPanelTitle(page: Page): Promise<string> {
  return (await page.locator('#import-title').textContent()) ?? '';
}

