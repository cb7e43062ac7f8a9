import type { FeatureCollection, Polygon, Position } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';
import { openApp } from './driver.ts';
import { shipped, zone } from './geodata.ts';
import { fixture, openWithInput } from './import_driver.ts';
import { downloadShippedData, exportCheckedFeatures } from './import_panel_driver.ts';

const s = useSession();
afterEach(() => {
  expect(s.errors).toEqual([]);
});

describe('downloads', () => {
  it('exports the repaired features as RFC 7946 GeoJSON (exterior rings counter-clockwise)', async () => {
    await openApp(s.page);
    await openWithInput(s.page, fixture('clockwise-exterior.geojson'));
    const file = await exportCheckedFeatures(s.page);
    expect(file.name).toBe('clockwise-exterior-checked.geojson');
    const out = JSON.parse(file.bytes.toString('utf8')) as FeatureCollection<Polygon> & { crs?: unknown };
    expect(out.crs).toBeUndefined();
    const twiceArea = (r: Position[]) => r.reduce((a, p, i) => { const q = r[(i + 1) % r.length]!; return a + p[0]! * q[1]! - q[0]! * p[1]!; }, 0);
    const [outer, hole] = out.features[0]!.geometry.coordinates;
    expect(twiceArea(outer!)).toBeGreaterThan(0);
    expect(twiceArea(hole!)).toBeLessThan(0);
  });

  it('offers the shipped data as CSV for Excel: UTF-8 with a BOM, Vietnamese names, VN-2000 areas', async () => {
    await openApp(s.page);
    const file = await downloadShippedData(s.page, 'csv');
    expect(file.name).toBe('kcn-ccn-soc-trang.csv');
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    expect(text).toContain(zone('an-nghiep').name.vi);
    expect(text.split('\r\n')[0]).toContain('vn2000_tm3_ha');
  });

  it('offers the shipped data as GeoJSON, one feature per zone', async () => {
    await openApp(s.page);
    const file = await downloadShippedData(s.page, 'geojson');
    expect((JSON.parse(file.bytes.toString('utf8')) as FeatureCollection).features).toHaveLength(shipped.length);
  });

  it('offers the shipped data as KML, one placemark per zone', async () => {
    await openApp(s.page);
    const file = await downloadShippedData(s.page, 'kml');
    expect(file.name).toBe('kcn-ccn-soc-trang.kml');
    const text = file.bytes.toString('utf8');
    expect(text.match(/<Placemark>/g)).toHaveLength(shipped.length);
    expect(text).toContain(`<name>${zone('an-nghiep').name.vi}</name>`);
  });
});
