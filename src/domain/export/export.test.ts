import { DOMParser } from '@xmldom/xmldom';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ZoneFeature } from '../zone.ts';
import { makeZone } from '../../../test/helpers.ts';
import { zoneCsvRows, zonesToCsv } from './csv.ts';
import { toGeoJsonText } from './geojson.ts';
import { escapeXml, zonesToKml } from './kml.ts';

const TRICKY = 'Lô "A", <B> & C\nđợt 2';

function zone(id: string, name: string): ZoneFeature {
  // 0.009° × 0.009° near 9.6° N: about 1 km × 1 km, so about 100 ha.
  const geometry: Polygon = { type: 'Polygon', coordinates: [[[105.97, 9.6], [105.97, 9.609], [105.979, 9.609], [105.979, 9.6], [105.97, 9.6]]] };
  return makeZone({
    id, name: { vi: name, en: `${name} (en)` }, short_name: { vi: name, en: name },
    official_area_ha: 100, area_source: { url: 'https://example.org/a?b=1&c=2', title: 'Quyết định "số 1"', date: '2024-05' },
    new_communes: { vi: 'Phường 1, Phú Lợi', en: 'Ward 1' },
    geometry_note: { vi: 'Ranh giới <ước lượng> & vẽ tay', en: 'Sketched' }, anchor: [105.97, 9.6], updated: '2025-07-01',
  }, geometry);
}

describe('toGeoJsonText', () => {
  it('writes RFC 7946: 7 decimals, exterior counter-clockwise, hole clockwise, no crs member', () => {
    const f: Feature<Polygon> = {
      type: 'Feature', id: 'import-1', properties: { name: TRICKY },
      geometry: { type: 'Polygon', coordinates: [
        [[105.123456789, 9.1], [105.123456789, 9.2], [105.3, 9.2], [105.3, 9.1], [105.123456789, 9.1]],
        [[105.2, 9.15], [105.21, 9.15], [105.21, 9.16], [105.2, 9.15]],
      ] },
    };
    const text = toGeoJsonText([f]);
    const back = JSON.parse(text) as { type: string; crs?: unknown; features: Array<Feature<Polygon>> };
    expect(back.type).toBe('FeatureCollection');
    expect(back.crs).toBeUndefined();
    const [outer, hole] = back.features[0]?.geometry.coordinates ?? [];
    expect(outer?.[0]).toEqual([105.1234568, 9.1]);
    expect(outer?.[1]).toEqual([105.3, 9.1]);
    expect(hole?.[1]).toEqual([105.21, 9.16]);
    expect(back.features[0]?.properties).toEqual({ name: TRICKY });
    expect(back.features[0]?.id).toBe('import-1');
    expect(text).not.toMatch(/\d\.\d{8}/);
  });
});

describe('zonesToKml', () => {
  it('escapes names, notes and sources so the XML parses back to the same text', () => {
    const kml = zonesToKml([zone('an-nghiep', TRICKY)], 'vi', 'Khu, cụm công nghiệp <Sóc Trăng>');
    const doc = new DOMParser({ onError: (level) => { if (level !== 'warning') throw new Error('bad xml'); } })
      .parseFromString(kml, 'text/xml');
    expect(doc.getElementsByTagName('name')[0]?.textContent).toBe('Khu, cụm công nghiệp <Sóc Trăng>');
    expect(doc.getElementsByTagName('name')[1]?.textContent).toBe(TRICKY);
    expect(doc.getElementsByTagName('description')[0]?.textContent).toBe('Ranh giới <ước lượng> & vẽ tay');
    const values = Array.from(doc.getElementsByTagName('value')).map((v) => v.textContent);
    expect(values).toContain('Quyết định "số 1" (2024-05) https://example.org/a?b=1&c=2');
    expect(doc.getElementsByTagName('coordinates')[0]?.textContent?.split(' ')[1]).toBe('105.979,9.6');
  });

  it('uses the English name in English', () => {
    expect(zonesToKml([zone('z', 'Tên')], 'en', 'Zones')).toContain('<name>Tên (en)</name>');
  });

  it('escapeXml drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b\u0008c\td')).toBe('abc\td');
    expect(escapeXml(`'"<>&`)).toBe('&apos;&quot;&lt;&gt;&amp;');
  });
});

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF and quotes quotes, commas and newlines', () => {
    const csv = zonesToCsv([{ name: TRICKY, ha: 1.5, note: null }, { name: 'plain', ha: -2, note: 'x' }]);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toBe('\ufeffname,ha,note\r\n"Lô ""A"", <B> & C\nđợt 2",1.5,\r\nplain,-2,x\r\n');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(zonesToCsv([{ a: '=HYPERLINK("http://x")', b: '+1', c: '@SUM(A1)' }])).toBe(
      '\ufeffa,b,c\r\n"\'=HYPERLINK(""http://x"")",\'+1,\'@SUM(A1)\r\n');
  });

  it('follows the given column order', () => {
    expect(zonesToCsv([{ a: 1, b: 2 }], ['b', 'a'])).toBe('\ufeffb,a\r\n2,1\r\n');
  });

  it('area rows carry the three areas in ha, and VN-2000 − official only for a measured boundary', () => {
    const measured = { ...zone('an-nghiep', TRICKY) };
    measured.properties = { ...measured.properties, geometry_quality: 'described', shape_sized_to_official: false };
    const [row] = zoneCsvRows([measured], 'vi');
    expect(row).toMatchObject({ id: 'an-nghiep', name: TRICKY, official_area_ha: 100, shape_sized_to_official: false });
    const vn = Number(row?.['vn2000_tm3_ha']);
    expect(vn).toBeGreaterThan(95);
    expect(vn).toBeLessThan(105);
    expect(Number(row?.['turf_ha'])).toBeGreaterThan(Number(row?.['ellipsoidal_ha']));
    expect(row?.['diff_vn2000_minus_official_ha']).toBe(Math.round((vn - 100) * 100) / 100);
  });

  it('leaves the difference empty for a shape drawn to size, and every area empty for a location-only feature', () => {
    const sized = zone('tran-de', 'Trần Đề');
    const disc = { ...zone('nga-nam', 'Ngã Năm') };
    disc.properties = { ...disc.properties, geometry_quality: 'location-only', shape_sized_to_official: false };
    const [a, b] = zoneCsvRows([sized, disc], 'en');
    expect(a).toMatchObject({ shape_sized_to_official: true, diff_vn2000_minus_official_ha: null });
    expect(Number(a?.['vn2000_tm3_ha'])).toBeGreaterThan(95);
    expect(b).toMatchObject({ vn2000_tm3_ha: null, ellipsoidal_ha: null, turf_ha: null, diff_vn2000_minus_official_ha: null });
    expect(zonesToCsv([a!, b!]).split('\r\n')[0]).toContain('position_uncertainty_m');
  });
});
