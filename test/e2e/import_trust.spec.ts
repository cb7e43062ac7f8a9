/**
 * User files you can trust, in the browser: a detailed boundary never freezes the page, a refused or replaced
 * file loses nothing, the file's ids and properties come back as they went in, small features stay visible,
 * and areas that cannot be right say so. Expected figures come from the pipeline run in node on the same file.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { detailedBoundaryText, parcelsGeoJsonText } from '../../scripts/import_samples.ts';
import { importBytes } from '../../src/import/pipeline.ts';
import { OVERLAP_VERTEX_BUDGET } from '../../src/import/overlap.ts';
import type { ImportResult } from '../../src/import/types.ts';
import { useSession } from './browser.ts';
import { openApp } from './driver.ts';
import { fixture, importedOnMap, listedImported, messageText, openWithInput } from './import_driver.ts';
import { exportCheckedFeatures } from './import_panel_driver.ts';
import {
  afterFitToImport, areaCard, bringBack, changeNote, chooseImported, importedDrawnInView, keysHandledDuringOverlap, openRefused,
  refusedNote, removeImport, shownOnMap, simplifiedNote,
} from './import_trust_driver.ts';

const s = useSession();
afterEach(() => {
  expect(s.errors).toEqual([]);
});

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
const inNode = (path: string): Promise<ImportResult> => importBytes(new Uint8Array(readFileSync(path)), basename(path));

let dir = '';
const DETAILED_VERTICES = 200_000;
const PARCELS = 3_000;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-trust-'));
  writeFileSync(join(dir, 'ranh-chi-tiet.geojson'), detailedBoundaryText(DETAILED_VERTICES));
  writeFileSync(join(dir, 'lo-nho.geojson'), parcelsGeoJsonText(PARCELS));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a boundary of 200,000 points', () => {
  // How long the worker takes depends on the machine: `npm run bench:import` prints it.
  it('has its overlap computed in a worker, saying "computing", while the page keeps handling input', async () => {
    await openApp(s.page);
    await openWithInput(s.page, join(dir, 'ranh-chi-tiet.geojson'));
    const k = await keysHandledDuringOverlap(s.page);
    console.log(`overlap of ${DETAILED_VERTICES} points: worker ${k.workerMs.toFixed(0)} ms; ${k.handled} of ${k.sent} key presses handled meanwhile, longest stretch without one ${k.longestGapMs.toFixed(0)} ms`);
    expect(k.saidComputing).toBe(true);
    expect(k.handled).toBeGreaterThanOrEqual(3);
    expect(k.longestGapMs).toBeLessThan(k.workerMs / 2);
  });

  it('says the overlap used an outline simplified to the budget', async () => {
    await openApp(s.page);
    await openWithInput(s.page, join(dir, 'ranh-chi-tiet.geojson'));
    await chooseImported(s.page);
    const note = await simplifiedNote(s.page);
    expect(note).toContain(vi.format(OVERLAP_VERTEX_BUDGET));
    expect(note).toContain(vi.format(DETAILED_VERTICES + 1));
  });
});

describe('nothing lost', () => {
  it('a refused file leaves the import that was shown, on the list and on the map', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('valid-feature-collection.geojson'));
    const names = await listedImported(s.page);
    await openRefused(s.page, fixture('not-json.geojson'));
    expect(await refusedNote(s.page)).toMatch(/not-json\.geojson.*valid-feature-collection\.geojson/);
    expect(await listedImported(s.page)).toEqual(names);
    expect((await importedOnMap(s.page)).ids).toHaveLength(names.length);
  });

  it('a replaced import can be brought back', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('valid-feature-collection.geojson'));
    const names = await listedImported(s.page);
    await openWithInput(s.page, fixture('valid.kml'));
    const note = await changeNote(s.page);
    expect(note.change).toBe('replaced');
    expect(note.text).toContain('valid-feature-collection.geojson');
    await bringBack(s.page);
    expect(await listedImported(s.page)).toEqual(names);
    expect((await importedOnMap(s.page)).ids).toHaveLength(names.length);
    expect((await changeNote(s.page)).change).toBe('restored');
  });

  it('a removed import can be brought back', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('valid-feature-collection.geojson'));
    const names = await listedImported(s.page);
    await removeImport(s.page);
    expect((await importedOnMap(s.page)).ids).toEqual([]);
    expect((await changeNote(s.page)).change).toBe('cleared');
    await bringBack(s.page);
    expect(await listedImported(s.page)).toEqual(names);
  });
});

it('gives the file’s own ids and properties back, exactly, in the repaired GeoJSON', async () => {
  await openApp(s.page);
  await openWithInput(s.page, fixture('properties-round-trip.geojson'));
  const out = JSON.parse((await exportCheckedFeatures(s.page)).bytes.toString('utf8')) as { features: Array<{ id?: unknown; properties: unknown }> };
  const src = JSON.parse(readFileSync(fixture('properties-round-trip.geojson'), 'utf8')) as typeof out;
  expect(out.features.map((f) => f.id)).toEqual(src.features.map((f) => f.id));
  expect(out.features.map((f) => f.properties)).toEqual(src.features.map((f) => f.properties));
  expect(out.features.map((f) => JSON.stringify(f.properties))).toEqual(src.features.map((f) => JSON.stringify(f.properties)));
});

it('draws every one of 3,000 small parcels at the fitted view, as dots where too small to see, and says so', async () => {
  await openApp(s.page);
  await afterFitToImport(s.page, () => openWithInput(s.page, join(dir, 'lo-nho.geojson')));
  expect(await importedDrawnInView(s.page)).toBe(PARCELS);
  const shown = await shownOnMap(s.page);
  expect(shown.total).toBe(PARCELS);
  expect(shown.dots).toBeGreaterThan(0);
  expect(shown.text).toContain(vi.format(shown.dots));
});

describe('areas that cannot be right', () => {
  it('a ring round the whole globe: the card flags the disagreement and leads with the ellipsoid', async () => {
    const expected = (await inNode(fixture('whole-globe.geojson'))).features[0]!.measure;
    await openApp(s.page);
    await openWithInput(s.page, fixture('whole-globe.geojson'));
    await chooseImported(s.page);
    const card = await areaCard(s.page);
    expect(card.lead).toBe('ellipsoidal');
    expect(card.disagree).toContain(`${vi.format(expected.disagreement * 100)}%`);
    expect(card.notApplicable).not.toBe('');
    expect(card.vn2000).not.toMatch(/\d/);
  });

  it('a feature in Vietnam but far from Sóc Trăng: the message and the card ask whether it is the right file', async () => {
    const expected = (await inNode(fixture('far-from-province.geojson'))).features[0]!.measure;
    const km = new Intl.NumberFormat('vi-VN').format(Math.round(expected.provinceGapM / 1000));
    await openApp(s.page);
    await openWithInput(s.page, fixture('far-from-province.geojson'));
    expect(await messageText(s.page, 'far-from-province')).toContain(km);
    await chooseImported(s.page);
    expect((await areaCard(s.page)).far).toContain(km);
  });
});
