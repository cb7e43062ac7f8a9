import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { largeGeoJsonText } from '../../scripts/make_import_fixtures.ts';
import { useSession } from './browser.ts';
import { openApp } from './driver.ts';
import { importedOnMap, listedImportedCount } from './import_driver.ts';
import { keysHandledDuringImport, recordedStages, recordStages } from './import_probe.ts';

const s = useSession();
afterEach(() => {
  expect(s.errors).toEqual([]);
});

describe('a 20 MB file', () => {
  let dir = '';
  let path = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-e2e-'));
    path = join(dir, 'large-20mb.geojson');
    writeFileSync(path, largeGeoJsonText(20 * 1024 * 1024));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // How long the page's longest task lasts depends on the machine's load: `npm run bench:import-page` prints it.
  it('is parsed in the worker with a progress bar while the page keeps handling input', async () => {
    await openApp(s.page);
    await recordStages(s.page);
    const k = await keysHandledDuringImport(s.page, path);
    console.log(`20 MB import: ${Math.round(k.importMs)} ms, worker ${Math.round(k.parseMs)} ms; ${k.handled} of ${k.sent} key presses ` +
      `handled while the worker worked, longest stretch without one ${Math.round(k.longestGapMs)} ms`);
    // Proportions, not milliseconds: a loaded machine slows the parse and the page alike.
    expect(k.handled).toBeGreaterThanOrEqual(3);
    expect(k.longestGapMs).toBeLessThan(k.parseMs / 2);
    expect(await recordedStages(s.page)).toEqual(expect.arrayContaining(['Đang đọc tệp…', 'Đang kiểm tra hình học…']));
    expect(await listedImportedCount(s.page)).toBe(50);
    expect((await importedOnMap(s.page)).ids.length).toBeGreaterThan(20_000);
  }, 150_000);
});
