import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSession, type Session } from './browser.ts';
import { openApp } from './driver.ts';
import { mapIdle } from './map_driver.ts';

const s = useSession();

/** Source layers of the basemap drawn in the current view, and the place names shown. */
async function basemapContent(session: Session): Promise<{ layers: string[]; names: string[] }> {
  return session.page.evaluate(() => {
    const map = window.__zoneMap!;
    const ids = map.getStyle().layers.filter((l) => l.id.startsWith('basemap-')).map((l) => l.id);
    const feats = map.queryRenderedFeatures({ layers: ids });
    return {
      layers: [...new Set(feats.map((f) => f.sourceLayer ?? ''))].sort(),
      names: [...new Set(feats.filter((f) => f.sourceLayer === 'place').map((f) => String(f.properties['name'])))],
    };
  });
}

describe('embedded basemap', () => {
  it('reads the PMTiles archive with HTTP Range requests from this origin only', async () => {
    const ranges: Array<{ range: string | undefined; status: number }> = [];
    s.page.on('response', (r) => {
      if (r.url().endsWith('.pmtiles')) ranges.push({ range: r.request().headers()['range'], status: r.status() });
    });
    await openApp(s.page);
    await mapIdle(s.page);
    expect(ranges.length).toBeGreaterThan(1);
    for (const r of ranges) {
      expect(r.range).toMatch(/^bytes=\d+-\d+$/);
      expect(r.status).toBe(206);
    }
    expect(s.requests.filter((u) => !u.startsWith('http://127.0.0.1:') && !/^(data|blob):/.test(u))).toEqual([]);
  });

  it('shows land, water, rivers, boundaries, roads and accented town names over the whole province (z9)', async () => {
    mkdirSync('test-results', { recursive: true });
    await openApp(s.page);
    await s.page.evaluate(() => window.__zoneMap?.jumpTo({ center: [105.93, 9.6], zoom: 9 }));
    await mapIdle(s.page);
    const { layers, names } = await basemapContent(s);
    expect(layers).toEqual(expect.arrayContaining(['boundary', 'land', 'place', 'river', 'road', 'water']));
    // Town names come out of the tiles with their Vietnamese letters intact (NFC).
    const accented = names.filter((n) => /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i.test(n));
    expect(accented.length).toBeGreaterThan(5);
    expect(names).toEqual(expect.arrayContaining(['Sóc Trăng', 'Long Phú', 'Kế Sách', 'Vĩnh Châu']));
    for (const n of names) expect(n).toBe(n.normalize('NFC'));
    await s.page.screenshot({ path: 'test-results/basemap-z9-province.png' });
    expect(s.errors).toEqual([]);
  });

  it('shows the Trần Đề mouth in detail (z13)', async () => {
    await openApp(s.page);
    await s.page.evaluate(() => window.__zoneMap?.jumpTo({ center: [106.2, 9.52], zoom: 13 }));
    await mapIdle(s.page);
    const { layers, names } = await basemapContent(s);
    expect(layers).toEqual(expect.arrayContaining(['land', 'water', 'road', 'place']));
    expect(names.some((n) => n.includes('Trần Đề'))).toBe(true);
    await s.page.screenshot({ path: 'test-results/basemap-z13-tran-de.png' });
    expect(s.errors).toEqual([]);
  });

  it('falls back to the embedded basemap, and says so, when an online layer cannot load', async () => {
    await s.page.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected'));
    await openApp(s.page);
    await s.page.getByTestId('layer-switcher').locator('button').click();
    // click, not check: the failure may switch the radio back before Playwright re-reads it.
    await s.page.click('input[name="base-layer"][value="osm"]');
    const notice = s.page.getByTestId('notices');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('OpenStreetMap');
    expect(await s.page.isChecked('input[name="base-layer"][value="embedded"]')).toBe(true);
    expect(await s.page.evaluate(() => Boolean(window.__zoneMap?.getLayer('online-base')))).toBe(false);
    const { layers } = await basemapContent(s);
    expect(layers).toContain('land');
  });
});
