import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSession, useSharedSession } from './browser.ts';
import { openApp, toggleLanguage } from './driver.ts';
import { literally, officialArea, zone } from './geodata.ts';
import {
  dragOverMap, dropOnMap, dropOverlayShown, expectedMessages, fixture, importedOnMap, importFileLine, importPanelTitle, listedImported,
  listedImportedAreas, messageText, openGeoJsonText, openWithButton, openWithInput, shownMessages, shownSeverities,
} from './import_driver.ts';
import {
  acceptReprojection, acceptSwap, appliedReprojection, chooseMeridianPreset, comparisonWithZone, meridianField, overlapWith,
  reprojectionOffered, selectedImportedName,
} from './import_panel_driver.ts';
import { clickMapAt, mapIdle, renderedCount } from './map_driver.ts';
import { panelOpen } from './panel_driver.ts';

const s = useSession();
afterEach(() => {
  expect(s.errors).toEqual([]);
});

/** Former Sóc Trăng, generously: lon 105.5–106.4 E, lat 9.2–10.0 N. */
const inSocTrang = (b: [number, number, number, number] | null): boolean =>
  b !== null && b[0] > 105.5 && b[2] < 106.4 && b[1] > 9.2 && b[3] < 10.0;

const sorted = (xs: string[]): string[] => [...xs].sort();
/** The messages the panel shows for a fixture, against what the pipeline gives in node (order aside). */
const expectMessagesOf = async (page: typeof s.page, name: string, lang: 'vi' | 'en' = 'vi', opts = {}) =>
  expect(sorted(await shownMessages(page))).toEqual(sorted(await expectedMessages(fixture(name), lang, opts)));

describe('a valid file opened with the Open file button', () => {
  const opened = useSharedSession();
  afterEach(() => {
    expect(opened.errors).toEqual([]);
  });
  beforeAll(async () => {
    await openApp(opened.page);
    await openWithButton(opened.page, fixture('valid-feature-collection.geojson'));
    await mapIdle(opened.page);
  });

  it('lists its features by name', async () => {
    expect(await listedImported(opened.page)).toEqual(['Lô A – KCN thử nghiệm', 'Lô B “Đại Ngãi”']);
  });

  it('shows three areas for each: VN-2000 first, the ellipsoidal and Turf areas beside it', async () => {
    for (const a of await listedImportedAreas(opened.page)) {
      expect(a.headline).toMatch(/^[\d.,]+\sha$/);
      expect(a.others).toMatch(/Elipxoit WGS84 [\d.,]+\sha · Turf \(mặt cầu\) [\d.,]+\sha/);
    }
  });

  it('draws them on the map, in view', async () => {
    expect((await importedOnMap(opened.page)).ids).toEqual(['import-1', 'import-2']);
    expect(await renderedCount(opened.page, 'imported-fill')).toBeGreaterThan(0);
  });

  it('shows the messages the import pipeline gives for the file', async () => {
    await expectMessagesOf(opened.page, 'valid-feature-collection.geojson');
  });

  it('states the size limit beside the file', async () => {
    expect(await importFileLine(opened.page)).toContain('tối đa 50 MB');
  });
});

describe('dropping a file on the map', () => {
  it('shows the drop overlay while a file is dragged over the map', async () => {
    await openApp(s.page);
    expect(await dragOverMap(s.page)).toBe(true);
  });

  it('imports a dropped KML, and the overlay goes', async () => {
    await openApp(s.page);
    await dropOnMap(s.page, fixture('valid.kml'));
    expect(await dropOverlayShown(s.page)).toBe(false);
    expect(await listedImported(s.page)).toEqual(['Lô A – KCN thử nghiệm', 'Lô B & C']);
    await expectMessagesOf(s.page, 'valid.kml');
  });
});

describe('a file in VN-2000 metres', () => {
  it('is offered reprojection, and nothing is drawn until it is accepted', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('vn2000-metres.geojson'));
    expect(await reprojectionOffered(s.page)).toBe(true);
    expect((await importedOnMap(s.page)).ids).toEqual([]);
  });

  it('fills in the central meridian from the presets', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('vn2000-metres.geojson'));
    await chooseMeridianPreset(s.page, '104.75');
    expect(await meridianField(s.page)).toBe('104.75');
  });

  it('lands near Sóc Trăng once reprojection is accepted, and says with which meridian', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('vn2000-metres.geojson'));
    await chooseMeridianPreset(s.page, '105.5');
    await acceptReprojection(s.page);
    const onMap = await importedOnMap(s.page);
    expect(onMap.ids).toHaveLength(2);
    expect(inSocTrang(onMap.bbox)).toBe(true);
    expect(await appliedReprojection(s.page)).toContain('105°30′');
    await expectMessagesOf(s.page, 'vn2000-metres.geojson', 'vi', { sourceCrs: { kind: 'vn2000-tm3' as const, centralMeridianDeg: 105.5 } });
  });
});

describe('a file with latitude and longitude swapped', () => {
  it('shows the messages that offer the swap', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('swapped-lat-lon.geojson'));
    await expectMessagesOf(s.page, 'swapped-lat-lon.geojson');
  });

  it('lands near Sóc Trăng once the swap is accepted', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('swapped-lat-lon.geojson'));
    await acceptSwap(s.page);
    const onMap = await importedOnMap(s.page);
    expect(onMap.ids).toEqual(['import-1']);
    expect(inSocTrang(onMap.bbox)).toBe(true);
    await expectMessagesOf(s.page, 'swapped-lat-lon.geojson', 'vi', { swapLatLon: true });
  });
});

describe('a broken file', () => {
  it('shows every message, errors first', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('nan-coordinates.geojson'));
    await expectMessagesOf(s.page, 'nan-coordinates.geojson');
    expect((await shownSeverities(s.page))[0]).toBe('error');
  });

  it('draws nothing, and says why', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('truncated.geojson'));
    await expectMessagesOf(s.page, 'truncated.geojson');
    expect((await importedOnMap(s.page)).ids).toEqual([]);
  });

  it('is refused before reading when over the 50 MB limit, with a message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-e2e-'));
    const path = join(dir, 'qua-lon.geojson');
    writeFileSync(path, '');
    truncateSync(path, 51 * 1024 * 1024);
    await openApp(s.page);
    try {
      await openWithInput(s.page, path);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await messageText(s.page, 'file-too-large')).toContain('vượt giới hạn 50 MB');
    expect((await importedOnMap(s.page)).ids).toEqual([]);
  });
});

it('re-renders the import panel and its messages in English when the language changes', async () => {
  await openApp(s.page);
  await openWithInput(s.page, fixture('too-few-positions.geojson'));
  await toggleLanguage(s.page);
  await expectMessagesOf(s.page, 'too-few-positions.geojson', 'en');
  expect(await importPanelTitle(s.page)).toBe('Check your own file');
});

describe('an imported feature clicked on the map, over a zone', () => {
  const target = zone('an-nghiep');
  const [x, y] = target.anchor;
  const lot: FeatureCollection<Polygon> = { type: 'FeatureCollection', features: [{
    type: 'Feature', properties: { name: `Lô trong ${target.short_name.vi}` },
    geometry: { type: 'Polygon', coordinates: [[[x - 0.0065, y - 0.007], [x + 0.0065, y - 0.007], [x + 0.0065, y + 0.007], [x - 0.0065, y + 0.007], [x - 0.0065, y - 0.007]]] },
  }] };
  const clicked = useSharedSession();
  afterEach(() => {
    expect(clicked.errors).toEqual([]);
  });
  beforeAll(async () => {
    await openApp(clicked.page);
    await openGeoJsonText(clicked.page, 'lo.geojson', JSON.stringify(lot));
    await mapIdle(clicked.page);
    await clickMapAt(clicked.page, target.anchor);
  });

  it('is selected and shown in the import panel', async () => {
    expect(await selectedImportedName(clicked.page)).toBe(lot.features[0]!.properties!['name']);
  });

  it('takes the click, not the zone under it', async () => {
    await selectedImportedName(clicked.page);
    expect(await panelOpen(clicked.page)).toBe(false);
  });

  it('shows its overlap with the zone: hectares, share of the feature, share of the zone', async () => {
    expect(await overlapWith(clicked.page, target.id)).toEqual([expect.stringMatching(/ha$/), expect.stringMatching(/%$/), expect.stringMatching(/%$/)]);
  });

  it("compares its area with the zone's official area", async () => {
    await overlapWith(clicked.page, target.id);
    expect(await comparisonWithZone(clicked.page)).toMatch(new RegExp(`${literally(target.name.vi).source}.*${literally(officialArea(target.id)).source}`));
  });
});
