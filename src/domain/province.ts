/**
 * The province outline (`geodata/province.geojson`): the former Sóc Trăng province as one GeoJSON
 * Feature, used as a backdrop and as the extent every zone must lie in.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Bilingual } from './zone.ts';

/** Properties of the province outline feature. */
export interface ProvinceProperties {
  id: string;
  name: Bilingual;
  /** What the outline is, when it applied and its known defects. */
  note: Bilingual;
  /** Data source and licence. */
  source: string;
}

/** Bounds of the former province (Natural Earth outline, Côn Đảo excluded), `[[west, south], [east, north]]`. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [[105.56, 9.25], [106.3, 9.92]];

/** The province outline: one Polygon or MultiPolygon feature. */
export type ProvinceFeature = Feature<Polygon | MultiPolygon, ProvinceProperties>;

function isBilingual(value: unknown): value is Bilingual {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.vi === 'string' && v.vi !== '' && typeof v.en === 'string' && v.en !== '';
}

/**
 * Checks that `raw` is the province outline Feature (Polygon/MultiPolygon geometry, bilingual
 * name and note, source text) and returns it typed. Throws an Error naming the first problem.
 */
export function parseProvince(raw: unknown): ProvinceFeature {
  if (typeof raw !== 'object' || raw === null) throw new Error('province: not an object');
  const f = raw as Record<string, unknown>;
  if (f.type !== 'Feature') throw new Error('province: expected a GeoJSON Feature');
  const g = f.geometry as Record<string, unknown> | null | undefined;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates)) {
    throw new Error('province: geometry must be a Polygon or MultiPolygon');
  }
  const p = f.properties as Record<string, unknown> | null | undefined;
  if (!p || typeof p.id !== 'string') throw new Error('province: properties.id missing');
  if (!isBilingual(p.name)) throw new Error('province: properties.name must be {vi, en}');
  if (!isBilingual(p.note)) throw new Error('province: properties.note must be {vi, en}');
  if (typeof p.source !== 'string' || p.source === '') throw new Error('province: properties.source missing');
  return raw as ProvinceFeature;
}
