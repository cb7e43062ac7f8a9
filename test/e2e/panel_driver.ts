/**
 * Speaks "the details panel" to the browser tests: a feature's name, official and computed areas, and the
 * notes that say how sure its shape is. Reads wait for the panel with its details (the whole data file, which
 * follows the core one); reads of the computed figures first wait until the lazily loaded area module has filled
 * them in.
 */
import type { Page } from 'playwright-core';

const panel = (page: Page) => page.getByTestId('zone-panel');
const text = async (page: Page, testId: string): Promise<string> => {
  await panelDetailsShown(page);
  return (await panel(page).getByTestId(testId).textContent()) ?? '';
};

/** Whether a details panel is open. */
export async function panelOpen(page: Page): Promise<boolean> {
  return (await panel(page).count()) > 0;
}

/** Waits for the details panel to open. */
export async function panelOpened(page: Page): Promise<void> {
  await panel(page).waitFor();
}

/** The name at the top of the details panel. */
export async function panelTitle(page: Page): Promise<string> {
  return (await panel(page).locator('h2').textContent()) ?? '';
}

/** Whether the keyboard focus is on the panel's title. */
export async function focusOnPanelTitle(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.id === 'panel-title');
}

/** Closes the panel with Escape and waits until it has gone. */
export async function closePanelWithEscape(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await panel(page).waitFor({ state: 'detached' });
}

/** Closes the panel with its close button and waits until it has gone. */
export async function closePanel(page: Page): Promise<void> {
  await panel(page).locator('.panel-close').click();
  await panel(page).waitFor({ state: 'detached' });
}

/** Waits until the panel shows the zone's details (the whole data file is in), not only its core part. */
export async function panelDetailsShown(page: Page): Promise<void> {
  await page.locator('[data-testid="zone-panel"][data-details="loaded"]').waitFor();
}

/** Whether the panel says its details are loading ('pending'), shows them ('loaded') or says they failed. */
export async function panelDetailsState(page: Page): Promise<{ state: string | null; status: string | null }> {
  await panel(page).waitFor();
  const status = panel(page).getByTestId('panel-details-status');
  return { state: await panel(page).getAttribute('data-details'), status: (await status.count()) ? await status.textContent() : null };
}

/** The whole text of the panel, once its details are shown. */
export async function panelText(page: Page): Promise<string> {
  await panelDetailsShown(page);
  return (await panel(page).textContent()) ?? '';
}

/** The official area as shown ("243 ha"), or the words shown where none is published. */
export async function panelOfficialArea(page: Page): Promise<string> {
  return text(page, 'official-area');
}

/** Waits until the panel shows its computed figures (or says there is no shape to compute them from). */
async function computedShown(page: Page): Promise<void> {
  await panel(page).locator('[data-testid="computed-area"], [data-testid="computed-area-none"]').first().waitFor();
}

/** The three computed areas as shown: VN-2000 (the headline), ellipsoidal and Turf. */
export async function panelComputedAreas(page: Page): Promise<{ vn2000: string; ellipsoidal: string; turf: string }> {
  await computedShown(page);
  return { vn2000: await text(page, 'computed-area'), ellipsoidal: await text(page, 'ellipsoidal-area'), turf: await text(page, 'turf-area') };
}

/** Whether the panel shows a computed area at all (once it has settled). */
export async function panelHasComputedArea(page: Page): Promise<boolean> {
  await computedShown(page);
  return (await panel(page).getByTestId('computed-area').count()) > 0;
}

/** What the panel says instead of a computed area (a location-only feature), or null. */
export async function panelNoAreaReason(page: Page): Promise<string | null> {
  await computedShown(page);
  const none = panel(page).getByTestId('computed-area-none');
  return (await none.count()) ? await none.textContent() : null;
}

/** The note that the shape was drawn to its official size, or null when the panel has none. */
export async function panelSizedNote(page: Page): Promise<string | null> {
  await computedShown(page);
  const note = panel(page).getByTestId('area-sized-note');
  return (await note.count()) ? await note.textContent() : null;
}

/** The difference between computed and official area as shown, or null when the panel shows none. */
export async function panelAreaDiff(page: Page): Promise<string | null> {
  await computedShown(page);
  const diff = panel(page).getByTestId('area-diff');
  return (await diff.count()) ? await diff.textContent() : null;
}

/** The panel's warning about how the shape was made. */
export async function panelQualityWarning(page: Page): Promise<string> {
  return text(page, 'quality-warning');
}

/** How far the true position may be from the drawn one, as shown. */
export async function panelPositionUncertainty(page: Page): Promise<string> {
  return text(page, 'position-uncertainty');
}

/** Opens the fact sheet from the panel (printing must be stubbed) and waits for it to be ready. */
export async function openFactSheet(page: Page): Promise<void> {
  await computedShown(page);
  await panel(page).getByTestId('fact-sheet-open').click();
  await page.locator('[data-testid="fact-sheet"][data-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** The mounted fact sheet's text and whether it has the "drawn to its official size" note. */
export async function factSheetContent(page: Page): Promise<{ text: string; sizedNote: boolean }> {
  const sheet = page.getByTestId('fact-sheet');
  return { text: (await sheet.textContent()) ?? '', sizedNote: (await sheet.getByTestId('fact-sized-note').count()) > 0 };
}
