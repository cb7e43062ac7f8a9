/** Geometry messages say what is really wrong: which rings or parts, and what was done. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBytes } from './pipeline.ts';
import type { ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');
const run = async (name: string): Promise<ImportResult> => importBytes(new Uint8Array(readFileSync(join(DIR, name))), name);
const feature = (geometry: unknown): Uint8Array =>
  new TextEncoder().encode(JSON.stringify({ type: 'Feature', properties: { name: 'Lô' }, geometry }));
const problems = (r: ImportResult) => r.messages.filter((m) => m.code !== 'summary' && m.code !== 'no-polygons');
const sq = (w: number, s: number, size: number): number[][] => [[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]];

describe('crossings told apart by where they are', () => {
  it.each([
    ['parts-crossing.geojson', 'parts-overlap', { part: 1, other: 2 }],
    ['parts-sharing-edge.geojson', 'parts-share-edge', { part: 1, other: 2, lon: 105.98, lat: 9.6 }],
    ['hole-across-shell.geojson', 'rings-cross', { ring: 1, other: 2, part: 1, lon: 105.98, lat: 9.602 }],
    ['bow-tie-hole.geojson', 'self-intersection', { lon: 105.973, lat: 9.603, ring: 2, part: 1 }],
  ])('%s → %s %j, feature rejected', async (name, code, params) => {
    const r = await run(name);
    expect(problems(r)).toEqual([expect.objectContaining({ code, severity: 'error', params, action: 'rejected' })]);
    expect(r.stats.kept).toBe(0);
  });

  it('a hole wholly outside its shell is dropped with a warning and the shell kept (hole-outside-shell.geojson)', async () => {
    const r = await run('hole-outside-shell.geojson');
    expect(problems(r)).toEqual([
      { code: 'hole-outside-shell', severity: 'warning', feature: '#1 “Lỗ lạc”', params: { ring: 2, part: 1 }, action: 'dropped-hole' },
    ]);
    expect(r.features[0]?.geometry.coordinates).toHaveLength(1);
  });

  it('numbers parts and rings as in the file, after a part or hole was dropped', async () => {
    const tooShort = [[[105.9, 9.5], [105.91, 9.5], [105.9, 9.5]]];
    const r = await importBytes(feature({ type: 'MultiPolygon', coordinates: [
      tooShort, [sq(105.97, 9.6, 0.01)], [sq(105.975, 9.605, 0.01)],
    ] }), 'x.geojson');
    expect(problems(r).map((m) => [m.code, m.params])).toEqual([
      ['shell-too-few-positions', { part: 1, count: 2 }], ['parts-overlap', { part: 2, other: 3 }],
    ]);
    const hole = await importBytes(feature({ type: 'Polygon', coordinates: [
      sq(105.97, 9.6, 0.01), [[105.971, 9.601], [105.972, 9.601], [105.971, 9.601]], sq(105.975, 9.605, 0.01).reverse(),
    ] }), 'y.geojson');
    expect(problems(hole).map((m) => [m.code, m.params])).toEqual([
      ['hole-too-few-positions', { ring: 2, part: 1, count: 2 }], ['rings-cross', { ring: 1, other: 3, part: 1, lon: 105.975, lat: 9.61 }],
    ]);
  });
});

describe('rings without area', () => {
  it('collinear-ring.geojson: a flat outer ring rejects its feature, a flat hole is dropped — not called crossings', async () => {
    const r = await run('collinear-ring.geojson');
    expect(problems(r)).toEqual([
      { code: 'shell-no-area', severity: 'error', feature: '#1 “Đường thẳng”', params: { part: 1 }, action: 'rejected' },
      { code: 'hole-no-area', severity: 'warning', feature: '#2 “Lỗ dẹt”', params: { ring: 2, part: 1 }, action: 'dropped-hole' },
    ]);
    expect(r.features.map((f) => [f.label, f.geometry.coordinates.length])).toEqual([['Lỗ dẹt', 1], ['Lô đủ', 1]]);
  });

  it('drops a flat part of a MultiPolygon and keeps a thin but real sliver', async () => {
    const flat = [[[105.9, 9.5], [105.91, 9.5], [105.92, 9.5], [105.9, 9.5]]];
    const r = await importBytes(feature({ type: 'MultiPolygon', coordinates: [flat, [sq(105.97, 9.6, 0.01)]] }), 'x.geojson');
    expect(problems(r).map((m) => [m.code, m.params, m.action])).toEqual([['shell-no-area', { part: 1 }, 'dropped-part']]);
    const sliver = [[105.97, 9.6], [105.98, 9.6], [105.98, 9.6000001], [105.97, 9.6]];
    expect(problems(await importBytes(feature({ type: 'Polygon', coordinates: [sliver] }), 'y.geojson'))).toEqual([]);
  });
});

describe('coordinates nested one level off, and empty coordinates', () => {
  it.each([
    ['extra-nesting.geojson', 'polygon-nested-too-deep', 'MultiPolygon', 2],
    ['missing-nesting.geojson', 'polygon-nested-too-shallow', 'Polygon', 1],
    ['multipolygon-missing-nesting.geojson', 'multipolygon-nested-too-shallow', 'Polygon', 1],
  ])('%s → %s (warning): read as a %s of %i part(s), with the nesting put right', async (name, code, type, parts) => {
    const r = await run(name);
    expect(problems(r)).toEqual([expect.objectContaining({ code, severity: 'warning', params: {}, action: 'renested' })]);
    const g = r.features[0]?.geometry;
    expect(g?.type).toBe(type);
    expect(g?.type === 'MultiPolygon' ? g.coordinates.length : 1).toBe(parts);
    expect(g?.type === 'Polygon' ? g.coordinates[0]?.[0] : g?.coordinates[0]?.[0]?.[0]).toEqual([105.97, 9.6]);
  });

  it('point-as-polygon.geojson: any other depth is rejected, saying how deep it is and how deep it must be', async () => {
    const r = await run('point-as-polygon.geojson');
    expect(problems(r)).toEqual([{
      code: 'coordinates-nesting', severity: 'error', feature: '#1 “Điểm ghi là Polygon”',
      params: { type: 'Polygon', n: 1, expected: 3 }, action: 'rejected',
    }]);
    expect(r.stats).toMatchObject({ kept: 1, skipped: 1 });
  });

  it('empty-coordinates.geojson: an empty geometry is skipped like a missing one; an empty part or hole is dropped', async () => {
    const r = await run('empty-coordinates.geojson');
    expect(problems(r).map((m) => [m.feature, m.code, m.severity, m.params, m.action])).toEqual([
      ['#1 “Rỗng”', 'empty-coordinates', 'warning', { path: 'coordinates' }, 'skipped'],
      ['#2 “Vòng rỗng”', 'empty-coordinates', 'warning', { path: 'coordinates' }, 'skipped'],
      ['#3 “Phần rỗng”', 'empty-coordinates', 'warning', { path: 'coordinates[0]' }, 'dropped-part'],
      ['#4 “Lỗ rỗng”', 'empty-coordinates', 'warning', { path: 'coordinates[1]' }, 'dropped-hole'],
    ]);
    expect(r.stats).toEqual({ inputFeatures: 4, kept: 2, skipped: 2, repaired: 2 });
    expect(r.features.map((f) => [f.label, f.geometry.type, f.geometry.coordinates.length])).toEqual([
      ['Phần rỗng', 'Polygon', 1], ['Lỗ rỗng', 'Polygon', 1],
    ]);
  });

  it('an empty MultiPolygon is empty too, not "not an area"', async () => {
    const r = await importBytes(feature({ type: 'MultiPolygon', coordinates: [] }), 'x.geojson');
    expect(problems(r).map((m) => [m.code, m.params, m.action])).toEqual([['empty-coordinates', { path: 'coordinates' }, 'skipped']]);
  });

  it('an empty outer ring with holes rejects the feature', async () => {
    const r = await importBytes(feature({ type: 'Polygon', coordinates: [[], sq(105.972, 9.602, 0.002)] }), 'x.geojson');
    expect(problems(r).map((m) => [m.code, m.params, m.action])).toEqual([['empty-coordinates', { path: 'coordinates[0]' }, 'rejected']]);
  });
});

describe('collections and positions', () => {
  it('geometry-collection-polygons.geojson: a collection of areas only is unwrapped into one MultiPolygon, with a note', async () => {
    const r = await run('geometry-collection-polygons.geojson');
    expect(problems(r)).toEqual([
      { code: 'collection-unwrapped', severity: 'info', feature: '#1 “Hai lô trong một tập”', params: { count: 2 }, action: 'none' },
    ]);
    expect(r.features[0]?.geometry.type).toBe('MultiPolygon');
    expect(r.stats).toEqual({ inputFeatures: 1, kept: 1, skipped: 0, repaired: 0 });
  });

  it('geometry-collection.geojson: a collection with a point keeps its warning, and no unwrap note', async () => {
    expect(problems(await run('geometry-collection.geojson')).map((m) => m.code)).toEqual(['collection-parts-dropped']);
  });

  it('four-number-positions.geojson: x, y, z, m positions are extra values (counted), three numbers stay the Z note', async () => {
    const r = await run('four-number-positions.geojson');
    expect(problems(r)).toEqual([
      { code: 'z-dropped', severity: 'info', feature: null, params: { count: 1 }, action: 'dropped-z' },
      { code: 'extra-values-dropped', severity: 'info', feature: null, params: { count: 1, values: 4 }, action: 'dropped-extra' },
    ]);
    expect(r.features.every((f) => f.geometry.type === 'Polygon' && f.geometry.coordinates[0]?.every((p) => p.length === 2))).toBe(true);
  });
});
