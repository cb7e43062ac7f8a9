/** Newline-delimited GeoJSON and RFC 8142 text sequences: every line read on its own, bad lines named. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FEATURES, MAX_TOTAL_VERTICES } from './limits.ts';
import { importBytes } from './pipeline.ts';
import type { ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');
const run = async (name: string): Promise<ImportResult> => importBytes(new Uint8Array(readFileSync(join(DIR, name))), name);
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (r: ImportResult): string[] => r.messages.map((m) => m.code).filter((c) => c !== 'summary');
const square = '[[[105.97,9.6],[105.98,9.6],[105.98,9.61],[105.97,9.61],[105.97,9.6]]]';
const line = (name: string): string => `{"type":"Feature","properties":{"name":"${name}"},"geometry":{"type":"Polygon","coordinates":${square}}}`;

describe('line-delimited GeoJSON', () => {
  it('ndjson-features.geojsonl: every line read as a feature (a bare geometry too), blank lines ignored, one note', async () => {
    const r = await run('ndjson-features.geojsonl');
    expect(r.detected.format).toBe('geojson');
    expect(r.features.map((f) => f.label)).toEqual(['Lô A', 'Lô B', '#3']);
    expect(r.messages[0]).toEqual({ code: 'ndjson-read', severity: 'info', feature: null, params: { count: 3 }, action: 'none' });
    expect(codes(r)).toEqual(['ndjson-read']);
  });

  it('ndjson-any-name.json: recognised by its content whatever the name (CRLF lines)', async () => {
    const r = await run('ndjson-any-name.json');
    expect(r.stats).toEqual({ inputFeatures: 2, kept: 2, skipped: 0, repaired: 0 });
    expect(codes(r)).toEqual(['ndjson-read']);
  });

  it('ndjson-bad-lines.ndjson: each bad line named (and why), the good lines kept', async () => {
    const r = await run('ndjson-bad-lines.ndjson');
    expect(r.features.map((f) => f.label)).toEqual(['Lô A', 'Lô B']);
    expect(r.stats).toEqual({ inputFeatures: 5, kept: 2, skipped: 3, repaired: 0 });
    expect(r.messages.filter((m) => m.code !== 'summary')).toEqual([
      { code: 'ndjson-read', severity: 'info', feature: null, params: { count: 5 }, action: 'none' },
      { code: 'ndjson-line-invalid', severity: 'error', feature: null, params: { line: 2, column: 47, token: '“,”' }, action: 'skipped-line' },
      { code: 'ndjson-line-not-geojson', severity: 'warning', feature: null, params: { line: 3, found: '"FeatureCollection"' }, action: 'skipped-line' },
      { code: 'ndjson-line-truncated', severity: 'error', feature: null, params: { line: 5 }, action: 'skipped-line' },
    ]);
  });

  it('geojson-seq.geojsons: RFC 8142 records (record separator first), a bad record named by its line and column', async () => {
    const r = await run('geojson-seq.geojsons');
    expect(r.features.map((f) => f.label)).toEqual(['Lô A', 'Lô B']);
    expect(codes(r)).toEqual(['geojson-seq-read', 'ndjson-line-invalid']);
    expect(r.messages[0]?.params).toEqual({ count: 3 });
    expect(r.messages[1]?.params).toEqual({ line: 3, column: 48, token: '“NaN”' });
  });

  it('a one-line .geojsonl file is one line; a FeatureCollection named .geojsonl (pretty or on one line) is read whole', async () => {
    expect(codes(await importBytes(bytesOf(`${line('Lô A')}\n`), 'mot.geojsonl'))).toEqual(['ndjson-read']);
    const pretty = readFileSync(join(DIR, 'valid-feature-collection.geojson'), 'utf8');
    for (const text of [pretty, JSON.stringify(JSON.parse(pretty))]) {
      const r = await importBytes(bytesOf(text), 'lo.geojsonl');
      // Read as one collection: no line-reading note, only what the fixture itself gives (“Lô A” declares 120.5 ha).
      expect(codes(r)).toEqual(['declared-area-differs']);
      expect(r.stats.kept).toBe(2);
    }
  });

  it('lines that are all unreadable still count as input: nothing kept, said as no valid area', async () => {
    const text = `{"ten":"Lô C"}\n${line('Lô B').replace('}}', '},}')}\n${line('Lô A').slice(0, 50)}`;
    const r = await importBytes(bytesOf(text), 'hong.geojsonl');
    expect(codes(r)).toEqual(['ndjson-read', 'ndjson-line-not-geojson', 'ndjson-line-invalid', 'ndjson-line-truncated', 'no-polygons']);
    expect(r.stats).toEqual({ inputFeatures: 3, kept: 0, skipped: 3, repaired: 0 });
  });

  it('a broken pretty-printed file is not mistaken for lines: its own fault is reported', async () => {
    expect(codes(await run('trailing-comma.geojson'))).toEqual(['json-trailing-comma']);
  });
});

describe('limits hold for lines as for one JSON text', () => {
  it(`refuses more than ${MAX_FEATURES} lines`, async () => {
    const text = Array.from({ length: MAX_FEATURES + 1 }, () => '{"type":"Feature","properties":null,"geometry":null}').join('\n');
    const r = await importBytes(bytesOf(text), 'many.ndjson');
    expect(r.messages).toEqual([expect.objectContaining({ code: 'too-many-features', params: { count: MAX_FEATURES + 1, limit: MAX_FEATURES } })]);
  });

  it(`refuses more than ${MAX_TOTAL_VERTICES} positions over all lines, before parsing them`, async () => {
    const big = `{"type":"Polygon","coordinates":[[${'[1,2],'.repeat(MAX_TOTAL_VERTICES / 2)}[1,2]]]}`;
    const r = await importBytes(bytesOf(`${big}\n${big}\n`), 'big.geojsonl');
    expect(r.messages).toEqual([expect.objectContaining({ code: 'too-many-vertices', params: { count: MAX_TOTAL_VERTICES + 2, limit: MAX_TOTAL_VERTICES } })]);
  });

  it('refuses a line nested past the depth limit', async () => {
    const deep = `{"type":"Feature","properties":{"a":${'['.repeat(70)}${']'.repeat(70)}},"geometry":null}`;
    const r = await importBytes(bytesOf(`${line('Lô A')}\n${deep}\n`), 'deep.ndjson');
    expect(r.messages.map((m) => m.code)).toEqual(['too-deep']);
  });
});
