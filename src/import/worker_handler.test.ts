import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from './limits.ts';
import { handleImportRequest } from './worker_handler.ts';
import type { ImportRequest, ImportResponse } from './worker_protocol.ts';

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
  });

  it('passes the options through (swap) for an ArrayBuffer', async () => {
    const bytes = readFileSync(join(import.meta.dirname, '../../test/fixtures/import/swapped-lat-lon.geojson'));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const out = await collect({ file: buffer, name: 's.geojson', opts: { swapLatLon: true } });
    const last = out.at(-1);
    expect(last?.type === 'result' && last.result.detected.crs).toBe('swapped');
    expect(last?.type === 'result' && last.result.stats.kept).toBe(1);
  });

  it('refuses a file over the limit from its size alone', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    const out = await collect({ file: big, name: 'big.geojson', opts: {} });
    expect(out).toHaveLength(1);
    expect(out[0]?.type === 'result' && out[0].result.messages[0]?.code).toBe('file-too-large');
  });

  it('turns an unexpected failure into an internal-error result instead of throwing', async () => {
    const broken = { size: 10, arrayBuffer: () => Promise.reject(new Error('disk gone')) } as unknown as Blob;
    const out = await collect({ file: broken, name: 'x.geojson', opts: {} });
    const last = out.at(-1);
    expect(last?.type === 'result' && last.result.messages.map((m) => m.code)).toEqual(['internal-error']);
  });
});
