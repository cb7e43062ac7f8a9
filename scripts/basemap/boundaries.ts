/**
 * Former (before 1 July 2025) provincial boundaries and label points from Natural Earth admin-1 (`admin1.ts`).
 *
 * Fixes applied here: the Côn Đảo islands, attributed to Sóc Trăng in this copy, are dropped from it; names that
 * lost their diacritics or were mis-encoded are restored (`fixName`). Only borders shared by two provinces are drawn, clipped
 * to the frame and to GSHHG land (the river-channel stretches of a border are left out).
 */
import { mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { fixName, loadFixedTopology, readAdmin1Labels, type Admin1Props } from './admin1.ts';
import { clipLineToFrame, clipLineToPolygons, roundPosition } from './clip.ts';
import type { Frame, MultiPolygonCoords, Position } from './shoreline.ts';


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

/**
 * Borders shared by two former provinces. Natural Earth leaves the Hậu river between Sóc Trăng and Trà Vinh
 * out of both, so that pair has no shared border to draw.
 */
export function provinceBoundaries(frame: Frame, land: MultiPolygonCoords): BoundaryFeature[] {
  const topo = loadFixedTopology();
  const out: BoundaryFeature[] = [];
  for (const g of topo.objects.vnm.geometries) {
    for (const h of topo.objects.vnm.geometries) {
      const a = (g.properties as Admin1Props | undefined)?.name ?? '';
      const b = (h.properties as Admin1Props | undefined)?.name ?? '';
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
  return readAdmin1Labels()
    .filter((p) => p.longitude >= w && p.longitude <= e && p.latitude >= s && p.latitude <= n)
    .map((p) => {
      const name = fixName(p.name);
      const current = CURRENT_UNIT[name];
      return {
        name, name_en: EN_FIXES[name] ?? p.name_alt?.split('|')[0] ?? name, current_vi: current?.vi ?? null, current_en: current?.en ?? null,
        position: [p.longitude, p.latitude] as Position,
      };
    })
    .sort((x, y) => (x.name < y.name ? -1 : 1));
}
