/**
 * Schematic main roads. No open road data for Vietnam ships in npm or Debian, so each road is a straight-segment
 * line through points whose basis is written down: researched points from places-research.json (by id) or, where
 * a note says so, GeoNames town centres the road is generally known to pass. Lines are `schematic: true`: they
 * show which places a road links, not its alignment.
 */
import type { ResearchPlace } from './places.ts';
import type { Position } from './shoreline.ts';

/** A vertex: a places-research id, or a GeoNames town centre given by name and position. */
type Waypoint = { research: string } | { geonames: string; at: Position };

interface RoadSpec {
  id: string;
  ref: string;
  name: string;
  name_en: string;
  kind: 'national' | 'bridge-project';
  status: 'open' | 'under-construction';
  note_vi: string;
  note_en: string;
  via: Waypoint[];
}

/** Properties of a feature in geodata/roads.geojson (tiles keep all but `via`, `note_vi`, `note_en`). */
export interface RoadProperties extends Omit<RoadSpec, 'via'> {
  schematic: true;
  via: string[];
}

export interface RoadFeature {
  type: 'Feature';
  properties: RoadProperties;
  geometry: { type: 'LineString'; coordinates: Position[] };
}

const ROADS: RoadSpec[] = [
  {
    id: 'ql1a', ref: 'QL1A', name: 'Quốc lộ 1A', name_en: 'National Road 1A', kind: 'national', status: 'open',
    note_vi: 'Sơ đồ, không phải tuyến thực. Ba điểm trong TP Sóc Trăng (số 165 QL1 phường 7, số 668 QL1 phường 2, ngã 3 Trà Tim) '
      + 'có nguồn (bảng trạm VNPT). Các điểm Cái Răng, Ngã Bảy, Châu Thành, Phú Lộc, Bạc Liêu là trung tâm thị trấn (GeoNames '
      + 'hoặc ước lượng) mà quốc lộ được biết là đi qua; chưa kiểm chứng.',
    note_en: 'Schematic, not the real alignment. The three points in Sóc Trăng city (No. 165 QL1 ward 7, No. 668 QL1 ward 2, '
      + 'Trà Tim junction) are sourced (VNPT site table). Cái Răng, Ngã Bảy, Châu Thành, Phú Lộc and Bạc Liêu are town centres '
      + '(GeoNames or estimated) the road is generally known to pass; not verified.',
    via: [
      { geonames: 'Cái Răng', at: [105.75095, 10.0009] }, { geonames: 'Ngã Bảy', at: [105.82096, 9.81371] },
      { geonames: 'Châu Thành (Sóc Trăng)', at: [105.90202, 9.7007] }, { research: 'ql1a-ward7-north' },
      { research: 'ql1a-ward2' }, { research: 'ql1a-tra-tim' }, { research: 'thanh-tri-town' },
      { geonames: 'Bạc Liêu', at: [105.72776, 9.29414] },
    ],
  },
  {
    id: 'ql60-dai-ngai', ref: 'QL60', name: 'QL60 – dự án cầu Đại Ngãi', name_en: 'QL60 – Đại Ngãi bridge project',
    kind: 'bridge-project', status: 'under-construction',
    note_vi: 'Sơ đồ. Dự án dài khoảng 15,14 km từ nút giao QL54 (xã Hùng Hòa, Tiểu Cần) đến đường Nam Sông Hậu (Long Phú); '
      + 'cầu Đại Ngãi 2 qua luồng Trần Đề, cầu Đại Ngãi 1 (dây văng, ~2,6 km) qua luồng Định An, dự kiến xong 6/2028. '
      + 'Vị trí các điểm đều là ước đoán (places-research.json).',
    note_en: 'Schematic. The ~15.14 km project runs from the QL54 junction (Hùng Hòa, Tiểu Cần) to the Nam Sông Hậu road '
      + '(Long Phú); Đại Ngãi 2 crosses the Trần Đề channel, the ~2.6 km cable-stayed Đại Ngãi 1 the Định An channel, due '
      + 'June 2028. All point positions are guesses (places-research.json).',
    via: [{ research: 'dai-ngai-bridge-north-end' }, { research: 'dai-ngai-bridge-1' }, { research: 'dai-ngai-bridge-2' },
      { research: 'dai-ngai-bridge-south-end' }],
  },
  {
    id: 'ql60-soc-trang', ref: 'QL60', name: 'Quốc lộ 60', name_en: 'National Road 60', kind: 'national', status: 'open',
    note_vi: 'Sơ đồ: một đoạn thẳng nối đầu nam dự án cầu Đại Ngãi với trung tâm TP Sóc Trăng, nơi QL60 được biết là kết thúc; '
      + 'tuyến thực chưa có nguồn.',
    note_en: 'Schematic: one straight link from the south end of the Đại Ngãi bridge project to Sóc Trăng city centre, where '
      + 'QL60 is generally known to end; the real route is not sourced.',
    via: [{ research: 'dai-ngai-bridge-south-end' }, { research: 'soc-trang-city' }],
  },
  {
    id: 'ql91b', ref: 'QL91B', name: 'QL91B (Nam Sông Hậu)', name_en: 'QL91B (Nam Sông Hậu road)', kind: 'national', status: 'open',
    note_vi: 'Sơ đồ qua 10 điểm (thị trấn, bưu cục trong bảng trạm VNPT) mà tuyến được cho là đi qua, từ An Lạc Thôn đến '
      + 'Vĩnh Châu; tuyến thực chưa có nguồn.',
    note_en: 'Schematic through 10 points (towns and post offices in the VNPT site table) the road is believed to pass, from '
      + 'An Lạc Thôn to Vĩnh Châu; the real alignment is not sourced.',
    via: ['ql91b-an-lac-thon', 'ql91b-dai-ngai', 'ql91b-long-duc', 'ql91b-long-phu', 'ql91b-dai-an-2', 'ql91b-tran-de',
      'ql91b-trung-binh', 'ql91b-lich-hoi-thuong', 'ql91b-my-thanh', 'ql91b-vinh-chau'].map((research) => ({ research })),
  },
];

/** Builds the schematic road features; throws if a research id is missing. */
export function buildRoads(research: ResearchPlace[]): RoadFeature[] {
  const byId = new Map(research.map((r) => [r.id, r]));
  return ROADS.map(({ via, ...spec }) => {
    const coordinates = via.map((w): Position => {
      if ('at' in w) return w.at;
      const r = byId.get(w.research);
      if (!r) throw new Error(`places-research.json has no point ${w.research}`);
      return [r.lon, r.lat];
    });
    const ids = via.map((w) => ('research' in w ? w.research : `geonames:${w.geonames}`));
    const properties: RoadProperties = { ...spec, name: spec.name.normalize('NFC'), note_vi: spec.note_vi.normalize('NFC'),
      note_en: spec.note_en.normalize('NFC'), schematic: true, via: ids };
    return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates } };
  });
}
