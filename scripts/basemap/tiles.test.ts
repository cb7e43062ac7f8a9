import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { gunzipSync } from 'node:zlib';
import { PMTiles, type Compression, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildArchive, tileRange, type ArchiveOptions, type ArchivePart, type TileLayer } from './tiles.ts';

class MemorySource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey(): string { return 'memory'; }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const inflate = async (buf: ArrayBuffer, c: Compression): Promise<ArrayBuffer> => {
  if (c !== 2) return buf;
  const out = gunzipSync(new Uint8Array(buf));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
};

/** A tiny synthetic basemap: a land square, a river and one labelled place. */
const layers = (): TileLayer[] => [
  { id: 'land', description: 'land', fields: { kind: 'String' }, data: { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { kind: 'land' }, geometry: { type: 'Polygon', coordinates: [[[105.5, 9.2], [106.2, 9.2], [106.2, 9.9], [105.5, 9.9], [105.5, 9.2]]] } },
  ] } },
  { id: 'river', description: 'rivers', fields: { rank: 'Number' }, data: { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { rank: 3 }, geometry: { type: 'LineString', coordinates: [[105.6, 9.8], [106.1, 9.3]] } },
  ] } },
  { id: 'place', description: 'places', fields: { name: 'String' }, data: { type: 'FeatureCollection', features: [
    { type: 'Feature', properties: { name: 'Sóc Trăng', rank: 1 }, geometry: { type: 'Point', coordinates: [105.972, 9.6029] } },
  ] } },
];

const options: ArchiveOptions = { bounds: [105.3, 9.0, 106.6, 10.2], center: [105.95, 9.6, 8], name: 'test', description: 'synthetic', attribution: 'test data' };
const parts = (): ArchivePart[] => [
  { frame: [105.3, 9.0, 106.6, 10.2], minZoom: 6, maxZoom: 7, layers: layers().slice(0, 1) },
  { frame: [105.3, 9.0, 106.6, 10.2], minZoom: 8, maxZoom: 9, layers: layers() },
];

describe('tileRange', () => {
  it('covers the frame with the right tiles', () => {
    expect(tileRange([105.3, 9.0, 106.6, 10.2], 6)).toEqual({ x0: 50, x1: 50, y0: 30, y1: 30 });
    expect(tileRange([105.3, 9.0, 106.6, 10.2], 9)).toEqual({ x0: 405, x1: 407, y0: 241, y1: 243 });
    expect(tileRange([101.25, 5.616, 112.5, 11.178], 6)).toEqual({ x0: 50, x1: 51, y0: 30, y1: 30 });
  });
});

describe('buildArchive', () => {
  it('is deterministic: the same input gives the same bytes', () => {
    const a = buildArchive(parts(), options);
    const b = buildArchive(parts(), options);
    expect(a.length).toBeGreaterThan(127);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('writes tiles the pmtiles reader finds, with the named layers and NFC names', async () => {
    const p = new PMTiles(new MemorySource(buildArchive(parts(), options)), undefined, inflate);
    const header = await p.getHeader();
    expect([header.minZoom, header.maxZoom, header.tileType, header.tileCompression]).toEqual([6, 9, 1, 2]);
    const meta = (await p.getMetadata()) as { vector_layers: { id: string }[]; attribution: string };
    expect(meta.vector_layers.map((l) => l.id)).toEqual(['land', 'river', 'place']);
    expect(meta.attribution).toBe('test data');
    const tile = await p.getZxy(8, 203, 121);
    expect(tile).toBeDefined();
    const vt = new VectorTile(new PbfReader(new Uint8Array((tile as RangeResponse).data)));
    expect(Object.keys(vt.layers).sort()).toEqual(['land', 'place', 'river']);
    const name = vt.layers.place?.feature(0).properties.name;
    expect(name).toBe('Sóc Trăng'.normalize('NFC'));
    const low = await p.getZxy(7, 101, 60);
    expect(Object.keys(new VectorTile(new PbfReader(new Uint8Array((low as RangeResponse).data))).layers)).toEqual(['land']);
  });
});
