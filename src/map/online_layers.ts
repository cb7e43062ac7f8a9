/**
 * Optional online base layers: the one place they are configured. They are extras, off by
 * default; the app works offline on the embedded basemap and falls back to it when these fail.
 */
import type { Bilingual } from '../domain/zone.ts';
import type { BaseLayer } from '../state/view.ts';

export type BaseLayerId = BaseLayer;

export interface OnlineLayer {
  id: Exclude<BaseLayerId, 'embedded'>;
  /** Provider's name, the same in both languages. */
  name: string;
  label: Bilingual;
  /** XYZ tile URL templates. */
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  attribution: string;
}

export const ONLINE_LAYERS: readonly OnlineLayer[] = [
  {
    id: 'osm',
    name: 'OpenStreetMap',
    label: { vi: 'OpenStreetMap (trực tuyến)', en: 'OpenStreetMap (online)' },
    tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
    tileSize: 256,
    maxzoom: 19,
    attribution: '© OpenStreetMap contributors (ODbL)',
  },
  {
    id: 'satellite',
    name: 'Esri World Imagery',
    label: { vi: 'Ảnh vệ tinh (trực tuyến)', en: 'Satellite imagery (online)' },
    tiles: ['https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}'],
    tileSize: 256,
    maxzoom: 18,
    attribution: 'Imagery © Esri, Maxar, Earthstar Geographics',
  },
];

/** How long an online layer may take to show its first tile before the app gives up on it. */
export const ONLINE_LAYER_TIMEOUT_MS = 10_000;
