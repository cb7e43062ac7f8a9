import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeImported } from '../../test/helpers.ts';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from './limits.ts';
import { failureResult } from './results.ts';
import type { ImportedFeature } from './types.ts';
import { handleImportRequest, postResult } from './worker_handler.ts';
import { MAX_POSITIONS_PER_CHUNK, type ImportRequest, type ImportResponse } from './worker_protocol.ts';

async function collect(req: ImportRequest): Promise<ImportResponse[]> {
  const out: ImportResponse[] = [];
  await handleImportRequest(req, (m) => out.push(m));
  return out;
}

describe('handleImportRequest', () => {
  it('posts progress then exactly one result, for a Blob', async () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../test/fixtures/import/valid.kml'));
    const out = await collect({ file: new Blob([bytes]), name: 'valid.kml', opts: {} });
    const results = out.filter((m) => m.type === 'result');
    expect(results).toHaveLength(1);
    expect(out.at(-1)?.type).toBe('result');
    expect(out.filter((m) => m.type === 'progress').length).toBeGreaterThan(2);
    expect(results[0]?.type === 'result' && results[0].result.stats.kept).toBe(2);
    const chunks = out.flatMap((m) => (m.type === 'features' ? [m.features] : []));
    expect(chunks.flat().map((f) => f.id)).toEqual(['import-1', 'import-2']);
  });

  it('passes the options through (swap) for an ArrayBuffer', async () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../test/fixtures/import/swapped-lat-lon.geojson'));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const out = await collect({ file: buffer, name: 's.geojson', opts: { swapLatLon: true } });
    const last = out.at(-1);
    expect(last?.type === 'result' && last.result.detected.crs).toBe('swapped');
    expect(last?.type === 'result' && last.result.stats.kept).toBe(1);
  });

  it('splits many features into chunks of bounded size, in order, before the result', () => {
    const feature = (i: number): ImportedFeature => makeImported(i, {
      geometry: { type: 'Polygon', coordinates: [Array.from({ length: 1001 }, (_, k) => [k, k % 7])] },
    });
    const result = failureResult('summary');
    result.features = Array.from({ length: 120 }, (_, i) => feature(i + 1));
    const out: ImportResponse[] = [];
    postResult(result, (m) => out.push(m));
    const chunks = out.flatMap((m) => (m.type === 'features' ? [m.features] : []));
    expect(chunks.every((c) => c.length * 1001 <= MAX_POSITIONS_PER_CHUNK)).toBe(true);
    expect(chunks.length).toBe(Math.ceil(120 / Math.floor(MAX_POSITIONS_PER_CHUNK / 1001)));
    expect(chunks.flat().map((f) => f.id)).toEqual(result.features.map((f) => f.id));
    expect(out.at(-1)).toMatchObject({ type: 'result', result: { features: [] } });
  });

  it('refuses a file over the limit from its size alone', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    const out = await collect({ file: big, name: 'big.geojson', opts: {} });
    expect(out).toHaveLength(1);
    expect(out[0]?.type === 'result' && out[0].result.messages[0]?.code).toBe('file-too-large');
  });

  it('refuses 52,000,000 bytes: over 50 MB as the file manager shows it, in the unit the message states', async () => {
    const big = { size: 52_000_000, arrayBuffer: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    const out = await collect({ file: big, name: 'big.geojson', opts: {} });
    expect(out[0]?.type === 'result' && out[0].result.messages[0]?.params).toEqual({ sizeMb: 52, limitMb: 50 });
  });

  it('turns an unexpected failure into an internal-error result instead of throwing', async () => {
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new Error('disk gone')) } as unknown as Blob;
    const out = await collect({ file: broken, name: 'x.geojson', opts: {} });
    const last = out.at(-1);
    expect(last?.type === 'result' && last.result.messages.map((m) => m.code)).toEqual(['internal-error']);
  });
});
