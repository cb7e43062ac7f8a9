/**
 * Cuts layer GeoJSON into Mapbox Vector Tiles (@maplibre/geojson-vt), encodes them (@maplibre/vt-pbf), gzips them
 * and packs them into a PMTiles archive. Deterministic: layers and tiles are visited in a fixed order.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { gzip, writePmtiles, type PmtilesTile } from '../lib/pmtiles_writer.ts';
import type { Frame } from './shoreline.ts';
import { Compression, TileType } from 'pmtiles';

/** Tile extent used by geojson-vt and the encoder. */
const EXTENT = 4096;

/** One source layer of the archive: name, features, and a description of its fields for `vector_layers`. */
export interface TileLayer {
  id: string;
  description: string;
  fields: Record<string, string>;
  data: FeatureCollection;
}

/** Layers cut for one zoom range over one frame (e.g. a wide context frame for low zooms). */
export interface ArchivePart {
  frame: Frame;
  minZoom: number;
  maxZoom: number;
  layers: TileLayer[];
}

/** Archive-wide metadata; `bounds` should hold every part's frame. */
export interface ArchiveOptions {
  bounds: Frame;
  center: [number, number, number];
  name: string;
  description: string;
  attribution: string;
}

/** x/y range of the tiles covering the frame at zoom z (inclusive bounds of the range). */
export function tileRange(frame: Frame, z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const tx = (lon: number): number => Math.min(n - 1, Math.floor(((lon + 180) / 360) * n));
  const ty = (lat: number): number => {
    const r = (lat * Math.PI) / 180;
    return Math.min(n - 1, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n));
  };
  // East and south edges are exclusive, so a frame that ends on a tile edge does not pull in the next tile.
  const eps = 1e-9;
  return { x0: tx(frame[0]), x1: tx(frame[2] - eps), y0: ty(frame[3]), y1: ty(frame[1] + eps) };
}

/** Builds every tile of one part in memory (gzipped MVT). */
export function buildTiles(o: ArchivePart): PmtilesTile[] {
  const indexes = o.layers.map((l) => ({ id: l.id, index: new GeoJSONVT(l.data, { maxZoom: o.maxZoom, indexMaxZoom: 5, extent: EXTENT, buffer: 64, tolerance: 3 }) }));
  const tiles: PmtilesTile[] = [];
  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    const { x0, x1, y0, y1 } = tileRange(o.frame, z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const found: Record<string, NonNullable<ReturnType<GeoJSONVT['getTile']>>> = {};
        for (const { id, index } of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) found[id] = tile;
        }
        if (Object.keys(found).length === 0) continue;
        tiles.push({ z, x, y, data: gzip(fromGeojsonVt(found, { version: 2, extent: EXTENT })) });
      }
    }
  }
  return tiles;
}

/** Builds the PMTiles archive bytes; parts must not share a zoom. `vector_layers` lists each layer id once. */
export function buildArchive(parts: ArchivePart[], o: ArchiveOptions): Uint8Array {
  const tiles = parts.flatMap((part) => buildTiles(part));
  const minZoom = Math.min(...parts.map((p) => p.minZoom));
  const maxZoom = Math.max(...parts.map((p) => p.maxZoom));
  const layers = new Map<string, TileLayer>();
  for (const part of parts) for (const l of part.layers) if (!layers.has(l.id)) layers.set(l.id, l);
  const metadata = {
    name: o.name,
    description: o.description,
    attribution: o.attribution,
    type: 'baselayer',
    format: 'pbf',
    minzoom: minZoom,
    maxzoom: maxZoom,
    bounds: o.bounds,
    center: o.center,
    vector_layers: [...layers.values()].map((l) => ({ id: l.id, description: l.description, fields: l.fields, minzoom: minZoom, maxzoom: maxZoom })),
  };
  return writePmtiles(tiles, { tileType: TileType.Mvt, tileCompression: Compression.Gzip, bounds: o.bounds, center: o.center, metadata });
}
