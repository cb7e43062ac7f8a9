/**
 * Speaks the language of sharing to the browser tests: the share dialog, its link, copy button, QR code
 * and embed snippet; Back and Forward through the app's history; what an embedded map shows.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { RESULTS } from './driver.ts';
import { afterMove } from './map_driver.ts';

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

/**
 * Lets the page use the clipboard, clicks Copy in the open dialog and returns what the button's status
 * then says ("✓ Đã chép" / "✓ Copied", or how to copy by hand).
 */
export async function copyShareLink(context: BrowserContext, page: Page, origin: string): Promise<string> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.getByTestId('share-copy').click();
  const status = page.getByTestId('share-copy').locator('xpath=following-sibling::*[@role="status"][1]');
  await status.filter({ hasText: /\S/ }).waitFor();
  return (await status.textContent()) ?? '';
}

/** The text on the page's clipboard (permission must have been granted). */
export async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The dialog's note on what a link does not carry. */
export async function shareImportNote(page: Page): Promise<string> {
  return (await page.getByTestId('share-import-note').textContent()) ?? '';
}

/** The `src` of the dialog's QR code image. */
export async function shareQrSource(page: Page): Promise<string> {
  return (await page.getByTestId('share-qr').getAttribute('src')) ?? '';
}

/** The embed snippet shown in the open dialog. */
export async function embedSnippet(page: Page): Promise<string> {
  return page.getByTestId('embed-code').inputValue();
}

/** Sets the embed options in the open dialog: fitted province view, with or without the selected feature, language. */
export async function setEmbedOptions(page: Page, opts: { fitted?: boolean; selected?: boolean; lang?: 'vi' | 'en' }): Promise<void> {
  if (opts.fitted) await page.getByTestId('embed-fitted').check();
  if (opts.selected !== undefined) await page.getByTestId('embed-selected').setChecked(opts.selected);
  if (opts.lang) await page.getByTestId(`embed-lang-${opts.lang}`).check();
}

/** The lazily loaded share and print modules the page has requested, out of a session's requests. */
export const lazyShareModules = (requests: readonly string[]): string[] =>
  requests.filter((u) => /\/assets\/(Dialog|sheet|MapSheet|FactSheet)-[\w-]+\.js$/.test(u));

/** Chooses a feature from the list and waits until the map has flown there and the URL has the new camera. */
export async function chooseFromList(page: Page, id: string): Promise<void> {
  await afterMove(page, () => page.click(`button.zone-item[data-zone-id="${id}"]`));
}

/**
 * Runs a history step (`back`, `forward`) and waits until the app has taken the entry's state: the
 * `popstate` and `hashchange` it handles, then the next frame, in which the page's effects have run.
 */
async function historyStep(page: Page, step: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __stepped?: Promise<void> };
    const before = location.hash;
    w.__stepped = new Promise<void>((resolve) => {
      const settle = () => requestAnimationFrame(() => setTimeout(resolve));
      addEventListener('popstate', () => {
        // The app's listeners ran before this one; a changed hash also fires `hashchange`, which MapLibre handles.
        if (location.hash === before) settle();
        else addEventListener('hashchange', settle, { once: true });
      }, { once: true });
    });
  });
  await step();
  await page.evaluate(() => (window as unknown as { __stepped?: Promise<void> }).__stepped);
}

/** Goes back one history entry and waits until the app shows it. */
export async function goBack(page: Page): Promise<void> {
  await historyStep(page, () => page.goBack());
}

/** Goes forward one history entry and waits until the app shows it. */
export async function goForward(page: Page): Promise<void> {
  await historyStep(page, () => page.goForward());
}

/** How many entries the tab's history has. */
export async function historyLength(page: Page): Promise<number> {
  return page.evaluate(() => history.length);
}

/** Which parts of the full app an embedded map shows. */
export async function embedChrome(page: Page): Promise<{ embedLayout: boolean; sidebar: boolean; share: boolean; table: boolean; language: boolean }> {
  const has = async (selector: string) => (await page.locator(selector).count()) > 0;
  return {
    embedLayout: await has('.app.embed'),
    sidebar: await has('.sidebar'),
    share: await has('[data-testid="share-open"]'),
    table: await has('[data-testid="table-toggle"]'),
    language: await has('[data-testid="lang-toggle"]'),
  };
}

/** The embed's "open full map" link: address, target and rel. */
export async function fullMapLink(page: Page): Promise<{ href: string; target: string | null; rel: string | null }> {
  const a = page.getByTestId('open-full-map');
  return { href: (await a.getAttribute('href')) ?? '', target: await a.getAttribute('target'), rel: await a.getAttribute('rel') };
}
