/** Huge and hostile inputs are refused cleanly, generated in memory (never committed). */
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES, MAX_IMPORT_BYTES, MAX_MESSAGES_PER_CODE, MAX_VERTICES_PER_FEATURE, megabytes } from './limits.ts';
import { importBytes } from './pipeline.ts';
import type { ImportStage } from './types.ts';

const enc = new TextEncoder();
const bytesOf = (text: string): Uint8Array => enc.encode(text);

describe('size and shape limits', () => {
  it('refuses a file over 50 MB without reading it, its size rounded up so it never reads as the limit', async () => {
    const r = await importBytes(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.geojson');
    expect(r.messages).toEqual([expect.objectContaining({ code: 'file-too-large', action: 'refused', params: { sizeMb: 50.1, limitMb: 50 } })]);
  });

  it('states and enforces the limit in one unit, decimal megabytes (as file managers show sizes)', () => {
    expect(MAX_IMPORT_BYTES).toBe(50_000_000);
    expect([megabytes(MAX_IMPORT_BYTES), megabytes(52_000_000), megabytes(51 * 1024 * 1024)]).toEqual([50, 52, 53.5]);
  });

  it(`refuses more than ${MAX_FEATURES} features`, async () => {
    const f = '{"type":"Feature","properties":null,"geometry":null}';
    const text = `{"type":"FeatureCollection","features":[${Array.from({ length: MAX_FEATURES + 1 }, () => f).join(',')}]}`;
    const r = await importBytes(bytesOf(text), 'many.geojson');
    expect(r.messages.map((m) => m.code)).toEqual(['too-many-features']);
  });

  it('refuses a 5-million-vertex feature before parsing it', async () => {
    const text = `{"type":"Polygon","coordinates":[[${'[1,2],'.repeat(5_000_000)}[1,2]]]}`;
    const r = await importBytes(bytesOf(text), 'huge.geojson');
    expect(r.messages).toEqual([expect.objectContaining({ code: 'too-many-vertices', params: expect.objectContaining({ count: 5_000_001 }) })]);
  });

  it('rejects one feature above the per-feature vertex limit and keeps the others', async () => {
    const n = MAX_VERTICES_PER_FEATURE + 10;
    const ring = Array.from({ length: n }, (_, i) => `[${(105.9 + 0.01 * Math.cos((2 * Math.PI * i) / n)).toFixed(7)},${(9.6 + 0.01 * Math.sin((2 * Math.PI * i) / n)).toFixed(7)}]`);
    const big = `{"type":"Feature","properties":{"name":"Quá nhiều điểm"},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
    const small = '{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[105.9,9.6],[105.91,9.6],[105.91,9.61],[105.9,9.6]]]}}';
    const r = await importBytes(bytesOf(`{"type":"FeatureCollection","features":[${big},${small}]}`), 'one-big.geojson');
    expect(r.messages[0]).toMatchObject({ code: 'feature-too-many-vertices', feature: '#1 “Quá nhiều điểm”', action: 'rejected' });
    expect(r.stats).toMatchObject({ inputFeatures: 2, kept: 1 });
  }, 20_000);

  it('JSON nested past the limit inside properties is refused, not overflowed', async () => {
    const text = `{"type":"Feature","properties":{"a":${'['.repeat(70)}${']'.repeat(70)}},"geometry":null}`;
    const r = await importBytes(bytesOf(text), 'deep-props.geojson');
    expect(r.messages.map((m) => m.code)).toEqual(['too-deep']);
  });

  it(`lists at most ${MAX_MESSAGES_PER_CODE} messages of one code, then one summary`, async () => {
    const f = '{"type":"Feature","properties":null,"geometry":null}';
    const text = `{"type":"FeatureCollection","features":[${Array.from({ length: 30 }, () => f).join(',')}]}`;
    const r = await importBytes(bytesOf(text), 'nulls.geojson');
    expect(r.messages.filter((m) => m.code === 'no-geometry')).toHaveLength(MAX_MESSAGES_PER_CODE);
    expect(r.messages.at(-1)).toMatchObject({ code: 'more-messages', params: { count: 10, of: 'no-geometry' } });
    expect(r.stats).toEqual({ inputFeatures: 30, kept: 0, skipped: 30, repaired: 0 });
  });
});

describe('progress', () => {
  it('is reported at least every 5 % of features, in order, ending at 1', async () => {
    const f = (i: number): string => `{"type":"Feature","properties":{"name":"L${i}"},"geometry":{"type":"Polygon","coordinates":[[[105.9,9.6],[105.91,9.6],[105.91,9.61],[105.9,9.6]]]}}`;
    const text = `{"type":"FeatureCollection","features":[${Array.from({ length: 1000 }, (_, i) => f(i)).join(',')}]}`;
    const calls: Array<[number, ImportStage]> = [];
    const r = await importBytes(bytesOf(text), 'p.geojson', { onProgress: (x, s) => calls.push([x, s]) });
    expect(r.stats.kept).toBe(1000);
    const fractions = calls.map(([x]) => x);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(calls.at(-1)).toEqual([1, 'done']);
    const validate = calls.filter(([, s]) => s === 'validate').map(([x]) => x);
    // Validation spans 0.3 → 1 of the bar; 5 % of the features is at most 0.035 of it.
    validate.slice(1).forEach((x, i) => expect(x - (validate[i] ?? 0)).toBeLessThanOrEqual(0.7 * 0.05 + 1e-9));
  });
});
