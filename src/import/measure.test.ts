import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areasOf } from '../domain/area.ts';
import { importBytes } from './pipeline.ts';
import type { ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');
const run = (name: string): Promise<ImportResult> => importBytes(new Uint8Array(readFileSync(join(DIR, name))), name);
const messages = (r: ImportResult, code: string) => r.messages.filter((m) => m.code === code);

describe('areas measured in the worker', () => {
  it('gives every kept feature its three areas, as the domain computes them', async () => {
    const r = await run('valid-feature-collection.geojson');
    for (const f of r.features) expect(f.measure.areas).toEqual(areasOf(f.geometry));
    expect(r.features.every((f) => f.measure.vn2000Applies && f.measure.disagreement < 0.01 && f.measure.provinceGapM === 0)).toBe(true);
  });

  it.each([
    ['antimeridian-ring.geojson'],
    ['whole-globe.geojson'],
  ])('flags methods that disagree by more than 1 %% (%s), naming the feature', async (file) => {
    const r = await run(file);
    const f = r.features[0]!;
    expect(f.measure.disagreement).toBeGreaterThan(0.5);
    expect(f.measure.vn2000Applies).toBe(false);
    expect(messages(r, 'areas-disagree')).toEqual([expect.objectContaining({ severity: 'warning', feature: expect.stringMatching(/^#1 /) })]);
  });

  it('says VN-2000 does not apply outside the TM-3 zone, and leads with the ellipsoid there', async () => {
    const r = await run('flipped-sign.geojson');
    expect(r.features[0]!.measure.vn2000Applies).toBe(false);
    expect(r.features[0]!.measure.disagreement).toBeLessThan(0.01);
    expect(messages(r, 'vn2000-not-applicable')).toEqual([expect.objectContaining({ params: { count: 1 } })]);
    expect(messages(r, 'areas-disagree')).toEqual([]);
  });

  it('asks whether it is the right file when features lie in Vietnam but far from Sóc Trăng', async () => {
    const r = await run('far-from-province.geojson');
    expect(r.features.map((f) => Math.round(f.measure.provinceGapM / 1000))).toEqual([1232, 0]);
    expect(messages(r, 'far-from-province')).toEqual([expect.objectContaining({ severity: 'warning', feature: null, params: { count: 1, km: 1232 } })]);
    // Paris is outside Vietnam: that message, not this one.
    expect(messages(await run('outside-vietnam.geojson'), 'far-from-province')).toEqual([]);
  });
});

describe('declared areas', () => {
  it('reads the area the properties declare, in ha or m², decimal comma or point, and compares it', async () => {
    const r = await run('declared-areas.geojson');
    const d = r.features.map((f) => f.measure.declared);
    expect(d.map((x) => x && [x.key, x.ha, x.unit, x.guessed])).toEqual([
      ['dien_tich_ha', 121.3, 'ha', false],
      ['DienTich', 121.3, 'm2', true],
      ['dien_tich', 100.5, 'ha', true],
      ['area', 30.3, 'ha', false],
      null,
    ]);
    for (const x of d.slice(0, 4)) expect(x!.diffHa).toBeCloseTo(x!.measuredHa - x!.ha, 9);
    expect(r.messages.filter((m) => m.code.startsWith('declared-area')).map((m) => [m.code, m.feature?.slice(0, 2)])).toEqual([
      ['declared-area-matches', '#1'], ['declared-area-matches', '#2'], ['declared-area-differs', '#3'], ['declared-area-matches', '#4'],
    ]);
    expect(messages(r, 'declared-area-differs')[0]?.params).toMatchObject({ key: 'dien_tich', raw: '100,5', declared: 100.5, pct: 20.8 });
  });
});

describe('ids and properties', () => {
  it('keeps the file’s own ids and properties exactly, with nothing added', async () => {
    const r = await run('properties-round-trip.geojson');
    const src = JSON.parse(readFileSync(join(DIR, 'properties-round-trip.geojson'), 'utf8')) as { features: { id: unknown; properties: unknown }[] };
    expect(r.features.map((f) => f.sourceId)).toEqual(src.features.map((f) => f.id));
    expect(r.features.map((f) => f.properties)).toEqual(src.features.map((f) => f.properties));
    expect(JSON.stringify(r.features[0]!.properties)).toBe(JSON.stringify(src.features[0]!.properties));
    expect(r.features.map((f) => f.id)).toEqual(['import-1', 'import-2']);
    expect(r.features.map((f) => f.label)).toEqual(['KCN-01', '42']);
  });

  it('reports an id used twice, and a number and a text that read the same, naming both features', async () => {
    const r = await run('ids-duplicate-and-ambiguous.geojson');
    expect(messages(r, 'ambiguous-id')).toEqual([expect.objectContaining({
      severity: 'warning', feature: '#2 “Lô 1 (chữ)”', params: { id: '"1"', otherId: '1', other: '#1 “Lô 1”' }, action: 'kept',
    })]);
    expect(messages(r, 'duplicate-id')).toEqual([expect.objectContaining({
      severity: 'warning', feature: '#4 “Lô A bản sao”', params: { id: '"lo-a"', other: '#3 “Lô A”' },
    })]);
    expect(r.stats.kept).toBe(5);
  });

  it('falls back from a name of invisible characters to the id, then to the place in the file', async () => {
    const r = await run('invisible-name.geojson');
    expect(r.features.map((f) => f.label)).toEqual(['lo-7', '#2']);
  });
});
