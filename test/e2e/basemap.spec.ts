import { beforeAll, describe, expect, it } from 'vitest';
import { useSession, useSharedSession } from './browser.ts';
import { noticeText, openApp, saveScreenshot } from './driver.ts';
import {
  basemapContent, blockOpenStreetMap, chooseBaseLayer, chosenBaseLayer, hasOnlineBaseLayer, mapIdle, recordArchiveResponses, showMapAt,
} from './map_driver.ts';

const s = useSession();
const PROVINCE: [number, number] = [105.93, 9.6];
const TRAN_DE_MOUTH: [number, number] = [106.2, 9.52];
const VIETNAMESE_LETTER = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe('embedded basemap', () => {
  // That it asks nothing of another host is checked by zone_map.spec.ts.
  it('reads the PMTiles archive with HTTP Range requests', async () => {
    const archive = recordArchiveResponses(s.page);
    await openApp(s.page);
    await mapIdle(s.page);
    expect(archive.length).toBeGreaterThan(1);
    for (const r of archive) {
      expect(r.range).toMatch(/^bytes=\d+-\d+$/);
      expect(r.status).toBe(206);
    }
  });

  describe('over the whole province (z9)', () => {
    const province = useSharedSession();
    let content = { layers: [] as string[], names: [] as string[] };
    beforeAll(async () => {
      await openApp(province.page);
      await showMapAt(province.page, PROVINCE, 9);
      content = await basemapContent(province.page);
      await saveScreenshot(province.page, 'basemap-z9-province');
    });

    it('shows land, water, rivers, boundaries, roads and places', () => {
      expect(content.layers).toEqual(expect.arrayContaining(['boundary', 'land', 'place', 'river', 'road', 'water']));
      expect(province.errors).toEqual([]);
    });

    it('names the towns with their Vietnamese letters intact, in NFC', () => {
      expect(content.names.filter((n) => VIETNAMESE_LETTER.test(n)).length).toBeGreaterThan(5);
      expect(content.names).toEqual(expect.arrayContaining(['Sóc Trăng', 'Long Phú', 'Kế Sách', 'Vĩnh Châu']));
      for (const n of content.names) expect(n).toBe(n.normalize('NFC'));
    });
  });

  it('shows the Trần Đề mouth in detail (z13)', async () => {
    await openApp(s.page);
    await showMapAt(s.page, TRAN_DE_MOUTH, 13);
    const { layers, names } = await basemapContent(s.page);
    expect(layers).toEqual(expect.arrayContaining(['land', 'water', 'road', 'place']));
    expect(names.some((n) => n.includes('Trần Đề'))).toBe(true);
    await saveScreenshot(s.page, 'basemap-z13-tran-de');
    expect(s.errors).toEqual([]);
  });

  it('falls back to the embedded basemap, and says so, when an online layer cannot load', async () => {
    await blockOpenStreetMap(s.page);
    await openApp(s.page);
    await chooseBaseLayer(s.page, 'osm');
    expect(await noticeText(s.page, 20_000)).toContain('OpenStreetMap');
    expect(await chosenBaseLayer(s.page)).toBe('embedded');
    expect(await hasOnlineBaseLayer(s.page)).toBe(false);
    expect((await basemapContent(s.page)).layers).toContain('land');
  });
});
