/**
 * Speaks the boundary workbench to the browser tests: open it, pick a tool, click or key a shape onto the map, read
 * the live figures and the vertex list, paste a coordinate table and read its preview and problems, export.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Opens the workbench and waits until its tool is on the map. */
export async function openWorkbench(page: Page): Promise<void> {
  await page.getByTestId('draw-open').click();
  await page.getByTestId('draw-panel').waitFor();
  // A fresh board starts with the area tool; its "place a point at the centre" button shows once the tool is on the map.
  await page.getByTestId('draw-add-centre').waitFor();
}

/** Chooses a tool: `polygon`, `line` or `edit`. */
export async function chooseTool(page: Page, tool: 'polygon' | 'line' | 'edit'): Promise<void> {
  await page.getByTestId(`draw-mode-${tool}`).click();
}

/** Screen points (CSS px) at fractions of the map's box. */
export async function mapPoints(page: Page, fractions: ReadonlyArray<[number, number]>): Promise<Array<[number, number]>> {
  const box = (await page.locator('.map-wrap').boundingBox())!;
  return fractions.map(([fx, fy]) => [box.x + box.width * fx, box.y + box.height * fy]);
}

/** Clicks each point on the map, then the first again to close the area; waits until the shape is on the board. */
export async function clickPolygon(page: Page, points: ReadonlyArray<[number, number]>): Promise<void> {
  for (const [x, y] of points) {
    await page.mouse.click(x, y);
    // Each click must reach the map as its own click, not as part of a double-click.
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  }
  const [x0, y0] = points[0]!;
  await page.mouse.click(x0, y0);
  await page.getByTestId('draw-areas').waitFor();
}

/** Places points from the keyboard: for each step, pans the map by arrow presses then presses Enter. */
export async function keyPolygon(page: Page, steps: ReadonlyArray<string[]>): Promise<void> {
  await page.locator('#draw-title').focus();
  for (const keys of steps) {
    for (const k of keys) {
      await page.keyboard.press(k);
      // The pan animates for 150 ms; the point goes to where the centre is when the map stops.
      await page.evaluate(() => new Promise<void>((r) => {
        const map = window.__zoneMap!;
        if (!map.isMoving()) return r();
        map.once('moveend', () => r());
      }));
    }
    await page.keyboard.press('Enter');
  }
}

/** The live figures: the three areas and the perimeter as shown, and the vertex count. */
export async function boardFigures(page: Page): Promise<{ vn2000: string; ellipsoidal: string; turf: string; perimeter: string; vertices: number }> {
  const areas = page.getByTestId('draw-areas');
  await areas.waitFor();
  const text = async (id: string) => (await page.getByTestId(id).textContent()) ?? '';
  return {
    vn2000: await text('draw-area-vn2000'), ellipsoidal: await text('draw-area-ellipsoidal'), turf: await text('draw-area-turf'),
    perimeter: await text('draw-perimeter'), vertices: Number(await areas.getAttribute('data-vertices')),
  };
}

/** The vertex list's VN-2000 coordinates, [X northing, Y easting] in metres, as shown (vi: 1.066.400,125). */
export async function boardVertices(page: Page): Promise<Array<[number, number]>> {
  const rows = await page.locator('[data-testid="draw-vertex-list"] .draw-vertex').allTextContents();
  const num = (s: string): number => Number(s.replace(/\./g, '').replace(',', '.'));
  return rows.map((r) => {
    const m = /X ([\d.,]+), Y ([\d.,]+)/.exec(r);
    return [num(m?.[1] ?? ''), num(m?.[2] ?? '')];
  });
}

/** Selects vertex `i` (0-based) in the list and presses an arrow key `times` times (moves it by the step). */
export async function nudgeVertex(page: Page, i: number, key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown', times: number): Promise<void> {
  await page.locator('[data-testid="draw-vertex-list"] .draw-vertex').nth(i).click();
  for (let k = 0; k < times; k++) await page.keyboard.press(key);
}

/** Pastes a coordinate table (text or a fixture path) into the box. */
export async function pasteTable(page: Page, textOrPath: string): Promise<void> {
  const text = textOrPath.includes('\n') ? textOrPath : readFileSync(textOrPath, 'utf8');
  await page.getByTestId('coord-table-input').fill(text);
}

/** The problems the table box lists: line, column, code and text. */
export async function tableProblems(page: Page): Promise<Array<{ line: string; column: string; code: string; text: string }>> {
  const list = page.getByTestId('coord-table-problems');
  if (!(await list.count())) return [];
  return list.locator('li').evaluateAll((els) => els.map((e) => ({
    line: e.getAttribute('data-line') ?? '', column: e.getAttribute('data-column') ?? '', code: e.getAttribute('data-code') ?? '', text: e.textContent ?? '',
  })));
}

/** Whether "draw from the table" can be pressed. */
export async function tableCanDraw(page: Page): Promise<boolean> {
  return page.getByTestId('coord-table-apply').isEnabled();
}

/** Presses "draw from the table" and waits for the figures. */
export async function drawTable(page: Page): Promise<void> {
  await page.getByTestId('coord-table-apply').click();
  await page.getByTestId('draw-areas').waitFor();
}

/** Whether anything is on the board. */
export async function boardEmpty(page: Page): Promise<boolean> {
  return (await page.getByTestId('draw-empty').count()) > 0;
}

/** Exports the board's shape (`csv`, `dxf`, `geojson`, `kml`): the file's name and text. */
export async function exportBoard(page: Page, kind: 'csv' | 'dxf' | 'geojson' | 'kml'): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`draw-export-${kind}`).click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

/** Fills in "propose as boundary of …" and downloads the file. */
export async function proposeBoundary(page: Page, zoneId: string, quality: 'surveyed' | 'described' | 'indicative', source?: { title: string; date: string }): Promise<{ name: string; text: string }> {
  await page.getByTestId('draw-propose-zone').selectOption(zoneId);
  await page.getByTestId(`draw-propose-quality-${quality}`).check();
  if (source) {
    await page.getByTestId('draw-propose-source').fill(source.title);
    await page.getByTestId('draw-propose-date').fill(source.date);
  }
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('draw-propose-download').click()]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8') };
}

/** "Edit this boundary" in the open zone panel: the workbench opens with a copy of the zone's outline. */
export async function editSelectedZone(page: Page): Promise<void> {
  await page.locator('[data-testid="zone-panel"] [data-testid="draw-start-from"]').click();
  await page.getByTestId('draw-versus').waitFor();
}

/** The comparison of the board's shape with the feature it started from, as shown. */
export async function versusOriginal(page: Page): Promise<string> {
  return (await page.getByTestId('draw-versus').textContent()) ?? '';
}
