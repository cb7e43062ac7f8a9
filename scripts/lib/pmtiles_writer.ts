/**
 * A small PMTiles v3 writer (the `pmtiles` npm package only reads; its Hilbert tile ids and codes are used here).
 *
 * Layout: 127-byte header, root directory, JSON metadata, leaf directories, tile data — each directory
 * gzipped, tile ids on the Hilbert curve, tile data in tile-id order (clustered). Identical consecutive tiles
 * collapse into one run-length entry and identical tile bytes are stored once. Output depends only on the
 * input: fixed gzip level, sorted metadata keys, no timestamps. Spec: github.com/protomaps/PMTiles (spec/v3).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';
import { sortKeys } from './stable_json.ts';

/** One tile to store; `data` is already encoded (and compressed, if `tileCompression` says so). */
export interface PmtilesTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** A directory entry as in the spec; `runLength` 0 marks a leaf-directory pointer. */
export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Archive-wide settings, with the spec's codes as the `pmtiles` reader names them. */
export interface PmtilesOptions {
  tileType: TileType;
  tileCompression: Compression;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** [lon, lat, zoom]. */
  center: [number, number, number];
  metadata: Record<string, unknown>;
  /** Largest gzipped root directory before tiles move into leaves; the spec wants header + root ≤ 16 KiB. */
  maxRootDirectoryBytes?: number;
}

const HEADER_BYTES = 127;

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** Serialises directory entries (uncompressed) in the spec's column order. */
export function serializeDirectory(entries: DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let last = 0;
  for (const e of entries) { pushVarint(out, e.tileId - last); last = e.tileId; }
  for (const e of entries) pushVarint(out, e.runLength);
  for (const e of entries) pushVarint(out, e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    pushVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

/** Deterministic gzip (level 9; Node writes mtime 0). */
export function gzip(data: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(data, { level: 9 }));
}


/** Splits entries into leaves until the gzipped root fits; returns root bytes and concatenated leaf bytes. */
function buildDirectories(entries: DirectoryEntry[], maxRoot: number): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries));
  if (root.length <= maxRoot) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize = Math.ceil(leafSize * 1.2)) {
    const rootEntries: DirectoryEntry[] = [];
    const parts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const bytes = gzip(serializeDirectory(chunk));
      rootEntries.push({ tileId: (chunk[0] as DirectoryEntry).tileId, offset, length: bytes.length, runLength: 0 });
      parts.push(bytes);
      offset += bytes.length;
    }
    const rootBytes = gzip(serializeDirectory(rootEntries));
    if (rootBytes.length <= maxRoot) return { root: rootBytes, leaves: concat(parts) };
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function writeHeader(view: DataView, fields: number[], o: PmtilesOptions, minZoom: number, maxZoom: number): void {
  'PMTiles'.split('').forEach((c, i) => view.setUint8(i, c.charCodeAt(0)));
  view.setUint8(7, 3);
  fields.forEach((v, i) => view.setBigUint64(8 + i * 8, BigInt(v), true));
  view.setUint8(96, 1);
  // Internal (directory and metadata) compression: always gzip.
  view.setUint8(97, Compression.Gzip);
  view.setUint8(98, o.tileCompression);
  view.setUint8(99, o.tileType);
  view.setUint8(100, minZoom);
  view.setUint8(101, maxZoom);
  const e7 = (deg: number): number => Math.round(deg * 1e7);
  [o.bounds[0], o.bounds[1], o.bounds[2], o.bounds[3]].forEach((v, i) => view.setInt32(102 + i * 4, e7(v), true));
  view.setUint8(118, o.center[2]);
  view.setInt32(119, e7(o.center[0]), true);
  view.setInt32(123, e7(o.center[1]), true);
}

/** Builds a complete PMTiles v3 archive in memory. Throws on duplicate z/x/y. */
export function writePmtiles(tiles: Iterable<PmtilesTile>, options: PmtilesOptions): Uint8Array {
  const sorted = [...tiles].map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), t })).sort((a, b) => a.id - b.id);
  const entries: DirectoryEntry[] = [];
  const byHash = new Map<string, { offset: number; length: number }>();
  const data: Uint8Array[] = [];
  let dataLength = 0;
  let lastHash = '';
  for (const { id, t } of sorted) {
    const hash = createHash('sha256').update(t.data).digest('hex');
    const prev = entries[entries.length - 1];
    if (prev && prev.tileId + prev.runLength > id) throw new Error(`duplicate tile ${t.z}/${t.x}/${t.y}`);
    if (prev && hash === lastHash && prev.tileId + prev.runLength === id) { prev.runLength++; continue; }
    let stored = byHash.get(hash);
    if (!stored) {
      stored = { offset: dataLength, length: t.data.length };
      byHash.set(hash, stored);
      data.push(t.data);
      dataLength += t.data.length;
    }
    entries.push({ tileId: id, offset: stored.offset, length: stored.length, runLength: 1 });
    lastHash = hash;
  }
  const maxRoot = options.maxRootDirectoryBytes ?? 16384 - HEADER_BYTES;
  const { root, leaves } = buildDirectories(entries, maxRoot);
  const meta = gzip(new TextEncoder().encode(JSON.stringify(sortKeys(options.metadata))));
  const minZoom = sorted.reduce((m, s) => Math.min(m, s.t.z), sorted.length ? 26 : 0);
  const maxZoom = sorted.reduce((m, s) => Math.max(m, s.t.z), 0);
  const rootOffset = HEADER_BYTES;
  const metaOffset = rootOffset + root.length;
  const leafOffset = metaOffset + meta.length;
  const tileOffset = leafOffset + leaves.length;
  const addressed = entries.reduce((n, e) => n + e.runLength, 0);
  const header = new Uint8Array(HEADER_BYTES);
  writeHeader(new DataView(header.buffer), [rootOffset, root.length, metaOffset, meta.length, leafOffset, leaves.length,
    tileOffset, dataLength, addressed, entries.length, byHash.size], options, minZoom, maxZoom);
  return concat([header, root, meta, leaves, ...data]);
}
