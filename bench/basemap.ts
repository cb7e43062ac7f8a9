/**
 * `npm run bench:basemap`: size of public/basemap/soc-trang.pmtiles, tiles per zoom, and the bytes the opening
 * view fetches. The opening view is the former province's bbox fitted into a 1280×800 window; MapLibre's zoom
 * counts 512-px tiles, so at map zoom Z it draws the archive's floor(Z) tiles.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PMTiles, type Compression, type RangeResponse, type Source } from 'pmtiles';
import { CONTEXT_FRAME, DETAIL_MIN_ZOOM, FRAME, PATHS, PROVINCE_BBOX } from '../scripts/basemap/config.ts';
import type { Frame } from '../scripts/basemap/shoreline.ts';
import { tileRange } from '../scripts/basemap/tiles.ts';

/** Reads byte ranges of a local file and remembers each request. */
class FileRangeSource implements Source {
  readonly requests: { offset: number; length: number }[] = [];
  constructor(private readonly path: string) {}
  getKey(): string { return this.path; }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.requests.push({ offset, length });
    const buf = Buffer.alloc(length);
    const fd = openSync(this.path, 'r');
    const n = readSync(fd, buf, 0, length, offset);
    closeSync(fd);
    return { data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + n) };
  }
}

const inflate = async (buf: ArrayBuffer, c: Compression): Promise<ArrayBuffer> => {
  if (c !== 2) return buf;
  const out = gunzipSync(new Uint8Array(buf));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
};

const mercY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** MapLibre zoom (512-px world at z0) that fits `bbox` into width×height pixels, and the bounds then shown. */
function fitView(bbox: Frame, width: number, height: number): { zoom: number; view: Frame } {
  const [w, s, e, n] = bbox;
  const zx = Math.log2((width * 360) / (512 * (e - w)));
  const zy = Math.log2((height * 2 * Math.PI) / (512 * (mercY(n) - mercY(s))));
  const zoom = Math.min(zx, zy);
  const halfLon = (width / (512 * 2 ** zoom)) * 180;
  const cy = (mercY(n) + mercY(s)) / 2;
  const halfY = (height / (512 * 2 ** zoom)) * Math.PI;
  const lat = (y: number): number => (Math.atan(Math.exp(y)) * 360) / Math.PI - 90;
  return { zoom, view: [(w + e) / 2 - halfLon, lat(cy - halfY), (w + e) / 2 + halfLon, lat(cy + halfY)] };
}

/** Stored (compressed) bytes of the tiles covering `bbox` at zoom z, read through a fresh reader. */
async function tileBytes(bbox: Frame, z: number): Promise<{ tiles: number; bytes: number; withDirs: number }> {
  const source = new FileRangeSource(PATHS.archive);
  const reader = new PMTiles(source, undefined, inflate);
  const header = await reader.getHeader();
  const { x0, x1, y0, y1 } = tileRange(bbox, z);
  let tiles = 0;
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) if (await reader.getZxy(z, x, y)) tiles++;
  const bytes = source.requests.filter((r) => r.offset >= header.tileDataOffset).reduce((sum, r) => sum + r.length, 0);
  const withDirs = source.requests.reduce((sum, r) => sum + r.length, 0);
  return { tiles, bytes, withDirs };
}

/** Bounding box of geodata/province.geojson (the app's province outline), or the config fallback. */
function provinceBbox(): { bbox: Frame; from: string } {
  const path = 'geodata/province.geojson';
  if (!existsSync(path)) return { bbox: PROVINCE_BBOX, from: 'scripts/basemap/config.ts' };
  const b: Frame = [180, 90, -180, -90];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]); b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1]);
    } else c.forEach(walk);
  };
  walk(collectCoordinates(JSON.parse(readFileSync(path, 'utf8'))));
  return { bbox: b, from: path };
}

function collectCoordinates(geojson: unknown): unknown[] {
  if (geojson === null || typeof geojson !== 'object') return [];
  const o = geojson as { coordinates?: unknown; geometry?: unknown; features?: unknown[] };
  if (o.coordinates !== undefined) return [o.coordinates];
  if (o.geometry !== undefined) return collectCoordinates(o.geometry);
  return (o.features ?? []).flatMap(collectCoordinates);
}

async function main(): Promise<void> {
  const size = statSync(PATHS.archive).size;
  const reader = new PMTiles(new FileRangeSource(PATHS.archive), undefined, inflate);
  const header = await reader.getHeader();
  console.log(`archive ${PATHS.archive}: ${size} bytes (${(size / 1048576).toFixed(2)} MiB)`);
  console.log(`tiles: ${header.numAddressedTiles} addressed, ${header.numTileEntries} entries, ${header.numTileContents} distinct contents`);
  console.log('zoom  tiles  bytes read (tile by tile, shared contents counted each time)');
  for (let z = header.minZoom; z <= header.maxZoom; z++) {
    const { tiles, bytes } = await tileBytes(z < DETAIL_MIN_ZOOM ? CONTEXT_FRAME : FRAME, z);
    console.log(`${String(z).padStart(4)}  ${String(tiles).padStart(5)}  ${String(bytes).padStart(12)}`);
  }
  const { bbox, from } = provinceBbox();
  const { zoom, view } = fitView(bbox, 1280, 800);
  const z = Math.floor(zoom);
  const province = await tileBytes(bbox, z);
  const viewport = await tileBytes(view, z);
  console.log(`opening view: province bbox ${bbox.map((v) => v.toFixed(3)).join(',')} (${from}) fitted in 1280x800 -> map zoom ${zoom.toFixed(2)}, tiles z${z}`);
  console.log(`  province bbox: ${province.tiles} tiles, ${province.bytes} tile bytes (${province.withDirs} with header+directories)`);
  console.log(`  whole window ${view.map((v) => v.toFixed(3)).join(',')}: ${viewport.tiles} tiles, ${viewport.bytes} tile bytes (${viewport.withDirs} with header+directories)`);
}

await main();
