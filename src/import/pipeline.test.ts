import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { importBytes } from './pipeline.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');

/** Imports a fixture file by name. */
async function run(name: string, opts: ImportOptions = {}): Promise<ImportResult> {
  return importBytes(new Uint8Array(readFileSync(join(DIR, name))), name, opts);
}

const codes = (r: ImportResult): string[] => r.messages.map((m) => m.code).filter((c) => c !== 'summary');
const firstRing = (r: ImportResult, i = 0): Position[] => {
  const g = r.features[i]?.geometry;
  return (g?.type === 'Polygon' ? g.coordinates[0] : g?.coordinates[0]?.[0]) ?? [];
};

describe('valid files', () => {
  // “Lô A” declares 120.5 ha but has a hole: the declared area is reported, nothing else.
  it.each([
    ['valid-feature-collection.geojson', 'geojson', 2, ['declared-area-differs']],
    ['valid-bare-polygon.geojson', 'geojson', 1, []],
    ['valid-single-feature.geojson', 'geojson', 1, []],
    ['utf8-bom.geojson', 'geojson', 2, ['declared-area-differs']],
    ['valid.kml', 'kml', 2, []],
    ['valid.kmz', 'kmz', 2, []],
  ])('%s: %s, %i features kept, messages %j', async (file, format, kept, expected) => {
    const r = await run(file);
    expect(r.detected).toEqual({ format, crs: 'wgs84' });
    expect(r.stats).toEqual({ inputFeatures: kept, kept, skipped: 0, repaired: 0 });
    expect(codes(r)).toEqual(expected);
    expect(r.offers).toEqual([]);
    expect(r.features.map((f) => f.id)).toEqual(Array.from({ length: kept }, (_, i) => `import-${i + 1}`));
  });

  it('keeps names and properties as plain JSON, and the hole of “Lô A”', async () => {
    const r = await run('valid-feature-collection.geojson');
    const a = r.features[0];
    expect(a?.properties).toEqual({ name: 'Lô A – KCN thử nghiệm', dien_tich_ha: 120.5 });
    expect(a?.geometry.type === 'Polygon' && a.geometry.coordinates.length).toBe(2);
    expect(r.features[1]?.label).toBe('Lô B “Đại Ngãi”');
  });

  it('a bare geometry is named by its index', async () => {
    expect((await run('valid-bare-polygon.geojson')).features[0]?.label).toBe('#1');
  });

  it('KML keeps names with entities decoded, and the HTML description as inert data', async () => {
    const r = await run('valid.kml');
    expect(r.features.map((f) => f.label)).toEqual(['Lô A – KCN thử nghiệm', 'Lô B & C']);
    expect(r.features[0]?.properties?.['description']).toEqual({ '@type': 'html', value: '<b>Ghi chú</b> & <i>thử</i>' });
  });

  it('zipped Shapefile: UTF-8 attributes, WGS84 .prj noted, shapefile ring order rewound', async () => {
    const r = await run('valid-shapefile.zip');
    expect(r.detected).toEqual({ format: 'shapefile', crs: 'wgs84' });
    expect(r.stats).toMatchObject({ inputFeatures: 2, kept: 2 });
    expect(r.features.map((f) => f.label)).toEqual(['Lô A – KCN thử nghiệm', 'Lô B “Đại Ngãi”']);
    expect(r.features[0]?.properties?.['area_ha']).toBe(120.5);
    expect(codes(r)).toContain('prj-honoured');
  });
});

describe('broken or foreign files are refused with one clear message', () => {
  it.each([
    ['truncated.geojson', 'json-truncated'],
    ['empty.geojson', 'empty-file'],
    ['not-json.geojson', 'not-json'],
    ['html-page.geojson', 'html-page'],
    ['topojson.json', 'topojson'],
    ['esri.json', 'esri-json'],
    ['json-not-geojson.json', 'not-geojson'],
    ['latin1.geojson', 'encoding-invalid'],
    ['deeply-nested.json', 'too-deep'],
    ['deeply-nested.kml', 'too-deep'],
    ['broken.kml', 'kml-invalid'],
    ['entity-bomb.kml', 'xml-entities'],
    ['zip-without-data.zip', 'zip-no-data'],
    ['zip-bomb.zip', 'zip-too-large'],
    ['lone.shp', 'shp-needs-zip'],
  ])('%s → %s', async (file, code) => {
    const r = await run(file);
    expect(r.messages).toEqual([expect.objectContaining({ code, severity: 'error', feature: null, action: 'refused' })]);
    expect(r.features).toEqual([]);
  });

  it('reports where Latin-1 bytes break UTF-8', async () => {
    const r = await run('latin1.geojson');
    const text = readFileSync(join(DIR, 'latin1.geojson'));
    expect(r.messages[0]?.params['offset']).toBe(text.indexOf(0xf4));
  });

  it('reads UTF-16 with a warning', async () => {
    const r = await run('utf16.geojson');
    expect(codes(r)).toEqual(['encoding-utf16', 'declared-area-differs']);
    expect(r.stats.kept).toBe(2);
    expect(r.features[0]?.label).toBe('Lô A – KCN thử nghiệm');
  });
});

describe('feature problems', () => {
  it.each([
    ['no-geometry.geojson', ['no-geometry', 'no-geometry'], { inputFeatures: 3, kept: 1, skipped: 2, repaired: 0 }],
    ['points-and-lines.geojson', ['not-polygon', 'not-polygon', 'not-polygon'], { inputFeatures: 4, kept: 1, skipped: 3, repaired: 0 }],
    ['geometry-collection.geojson', ['collection-parts-dropped'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 1 }],
    ['unclosed-ring.geojson', ['ring-unclosed'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 1 }],
    ['too-few-positions.geojson', ['shell-too-few-positions', 'hole-too-few-positions'], { inputFeatures: 3, kept: 2, skipped: 1, repaired: 1 }],
    ['self-intersection.geojson', ['self-intersection', 'no-polygons'], { inputFeatures: 1, kept: 0, skipped: 1, repaired: 0 }],
    ['hole-outside-shell.geojson', ['hole-outside-shell'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 1 }],
    ['overlapping-parts.geojson', ['parts-overlap', 'no-polygons'], { inputFeatures: 1, kept: 0, skipped: 1, repaired: 0 }],
    ['clockwise-exterior.geojson', ['winding-fixed'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 0 }],
    ['3d-coordinates.geojson', ['z-dropped'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 0 }],
    ['nan-coordinates.geojson', ['coordinate-not-number', 'coordinate-not-number'], { inputFeatures: 3, kept: 1, skipped: 2, repaired: 0 }],
    ['infinite-coordinates.geojson', ['coordinate-not-finite', 'no-polygons'], { inputFeatures: 1, kept: 0, skipped: 1, repaired: 0 }],
    ['outside-vietnam.geojson', ['outside-vietnam', 'vn2000-not-applicable'], { inputFeatures: 2, kept: 2, skipped: 0, repaired: 0 }],
    ['coordinates-out-of-range.geojson', ['coordinates-out-of-range'], { inputFeatures: 2, kept: 1, skipped: 1, repaired: 0 }],
    ['legacy-crs-4326.geojson', ['crs-honoured'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 0 }],
    ['unknown-crs.geojson', ['crs-unrecognised'], { inputFeatures: 1, kept: 1, skipped: 0, repaired: 0 }],
  ])('%s → %j', async (file, expected, stats) => {
    const r = await run(file);
    expect(codes(r)).toEqual(expected);
    expect(r.stats).toEqual(stats);
  });

  it('names the feature and where the problem is', async () => {
    const r = await run('nan-coordinates.geojson');
    expect(r.messages[0]).toEqual({
      code: 'coordinate-not-number', severity: 'error', feature: '#1 “Chữ”',
      params: { path: 'coordinates[0][1][0]', value: '"105.98"' }, action: 'rejected',
    });
    const bowTie = await run('self-intersection.geojson');
    expect(bowTie.messages[0]?.params).toEqual({ lon: 105.975, lat: 9.605, ring: 1, part: 1 });
  });

  it('closes an unclosed ring by repeating its first position', async () => {
    const ring = firstRing(await run('unclosed-ring.geojson'));
    expect(ring).toHaveLength(5);
    expect(ring[4]).toEqual(ring[0]);
  });

  it('rewinds to RFC 7946: exterior counter-clockwise, hole clockwise', async () => {
    const g = (await run('clockwise-exterior.geojson')).features[0]?.geometry;
    const signed = (ring: Position[]): number =>
      ring.slice(1).reduce((s, p, i) => s + ((ring[i]?.[0] ?? 0) * (p[1] ?? 0) - (p[0] ?? 0) * (ring[i]?.[1] ?? 0)), 0);
    expect(g?.type).toBe('Polygon');
    if (g?.type !== 'Polygon') return;
    expect(signed(g.coordinates[0] ?? [])).toBeGreaterThan(0);
    expect(signed(g.coordinates[1] ?? [])).toBeLessThan(0);
  });

  it('drops Z and keeps 2D positions', async () => {
    const r = await run('3d-coordinates.geojson');
    expect(firstRing(r).every((p) => p.length === 2)).toBe(true);
  });

  it('drops the hole that lies outside and keeps the shell', async () => {
    const g = (await run('hole-outside-shell.geojson')).features[0]?.geometry;
    expect(g?.type === 'Polygon' && g.coordinates.length).toBe(1);
  });
});

describe('swapped coordinates', () => {
  it('are detected and held back with an offer', async () => {
    const r = await run('swapped-lat-lon.geojson');
    expect(r.detected.crs).toBe('swapped');
    expect(r.offers).toEqual(['swap-lat-lon']);
    expect(r.features).toEqual([]);
    expect(r.messages[0]).toMatchObject({ code: 'swapped-detected', severity: 'warning', action: 'held-back', params: { count: 1 } });
  });

  it('are put right with swapLatLon', async () => {
    const r = await run('swapped-lat-lon.geojson', { swapLatLon: true });
    expect(codes(r)).toEqual(['swap-applied']);
    expect(r.stats.kept).toBe(1);
    expect(firstRing(r)).toContainEqual([105.97, 9.6]);
    expect(firstRing(r).every(([lon = 0, lat = 0]) => lon >= 105.97 && lon <= 105.98 && lat >= 9.6 && lat <= 9.61)).toBe(true);
  });
});
