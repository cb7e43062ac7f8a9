import { gunzipSync } from 'node:zlib';
import { Compression, PMTiles, TileType, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { writePmtiles, type PmtilesOptions, type PmtilesTile } from './pmtiles_writer.ts';

/** In-memory Source for the official reader; counts the byte ranges it is asked for. */
class MemorySource implements Source {
  readonly ranges: [number, number][] = [];
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string { return 'memory'; }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.ranges.push([offset, length]);
    const slice = this.bytes.slice(offset, offset + length);
    return { data: slice.buffer };
  }
}

/** Node-side decompression for the reader: gzip (2) is inflated, none (1) passed through. */
const gunzip = async (buf: ArrayBuffer, compression: Compression): Promise<ArrayBuffer> => {
  if (compression !== 2) return buf;
  const out = gunzipSync(new Uint8Array(buf));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
};

const reader = (bytes: Uint8Array): PMTiles => new PMTiles(new MemorySource(bytes), undefined, gunzip);
const text = (s: string): Uint8Array => new TextEncoder().encode(s);
const decode = (r: RangeResponse | undefined): string | undefined => (r ? new TextDecoder().decode(r.data) : undefined);

const options = (extra: Partial<PmtilesOptions> = {}): PmtilesOptions => ({
  tileType: TileType.Mvt, tileCompression: Compression.None, bounds: [105, 9, 106.5, 10], center: [105.9, 9.6, 9],
  metadata: { name: 'test', vector_layers: [{ id: 'land', fields: {} }] }, ...extra,
});

describe('writePmtiles', () => {
  it('round-trips a small archive with header, metadata and tiles', async () => {
    const tiles: PmtilesTile[] = [
      { z: 0, x: 0, y: 0, data: text('world') },
      { z: 1, x: 1, y: 0, data: text('north-east') },
      { z: 2, x: 3, y: 2, data: text('world') },
    ];
    const bytes = writePmtiles(tiles, options());
    const p = reader(bytes);
    const h = await p.getHeader();
    expect(h.specVersion).toBe(3);
    expect([h.minZoom, h.maxZoom]).toEqual([0, 2]);
    expect(h.numAddressedTiles).toBe(3);
    expect(h.numTileContents).toBe(2);
    expect(h.minLon).toBeCloseTo(105, 6);
    expect(h.centerLat).toBeCloseTo(9.6, 6);
    expect(h.clustered).toBe(true);
    expect(decode(await p.getZxy(0, 0, 0))).toBe('world');
    expect(decode(await p.getZxy(1, 1, 0))).toBe('north-east');
    expect(decode(await p.getZxy(2, 3, 2))).toBe('world');
    expect(await p.getZxy(1, 0, 0)).toBeUndefined();
    expect(await p.getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: 'land', fields: {} }] });
  });

  it('stores identical consecutive tiles as one run-length entry', async () => {
    const tiles: PmtilesTile[] = [];
    for (let x = 0; x < 16; x++) for (let y = 0; y < 16; y++) tiles.push({ z: 4, x, y, data: text('sea') });
    tiles.push({ z: 3, x: 2, y: 2, data: text('land') });
    const bytes = writePmtiles(tiles, options());
    const p = reader(bytes);
    const h = await p.getHeader();
    expect(h.numAddressedTiles).toBe(257);
    expect(h.numTileEntries).toBe(2);
    expect(h.numTileContents).toBe(2);
    for (let x = 0; x < 16; x += 5) for (let y = 0; y < 16; y += 3) expect(decode(await p.getZxy(4, x, y))).toBe('sea');
    expect(decode(await p.getZxy(3, 2, 2))).toBe('land');
  });

  it('moves entries into leaf directories when the root grows past 16 KiB', async () => {
    const tiles: PmtilesTile[] = [];
    for (let x = 0; x < 180; x++) {
      for (let y = 0; y < 180; y++) {
        if ((x * 31 + y * 17) % 11 === 0) continue;
        tiles.push({ z: 10, x, y, data: text(`t${(x * 7 + y * 13) % 997}-${'#'.repeat((x ^ y) % 23)}`) });
      }
    }
    expect(tiles.length).toBeGreaterThan(20000);
    const bytes = writePmtiles(tiles, options());
    const p = reader(bytes);
    const h = await p.getHeader();
    expect(h.leafDirectoryLength ?? 0).toBeGreaterThan(0);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16384);
    expect(h.numAddressedTiles).toBe(tiles.length);
    for (let i = 0; i < tiles.length; i += 97) {
      const t = tiles[i] as PmtilesTile;
      expect(decode(await p.getZxy(t.z, t.x, t.y))).toBe(new TextDecoder().decode(t.data));
    }
    expect(await p.getZxy(10, 0, 0)).toBeUndefined();
  });

  it('gives the same bytes for the same tiles in any input order', () => {
    const tiles: PmtilesTile[] = [1, 2, 3, 4, 5].map((x) => ({ z: 3, x, y: 1, data: text(`tile ${x % 2}`) }));
    const a = writePmtiles(tiles, options({ metadata: { b: 1, a: { d: 2, c: 3 } } }));
    const b = writePmtiles(tiles.slice().reverse(), options({ metadata: { a: { c: 3, d: 2 }, b: 1 } }));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rejects a tile given twice', () => {
    const t = { z: 2, x: 1, y: 1, data: text('x') };
    expect(() => writePmtiles([t, t], options())).toThrow(/duplicate/);
  });
});
