/**
 * Records of the five zones the 2021–2030 plan added without a published area or place
 * (Đại Ngãi 2, Trần Đề 2, Khánh Hòa, KCN-ĐT-DV Phú Mỹ, KCN-ĐT-DV Trần Đề) — location-only, drawn as
 * the disc of their position uncertainty — and of the coastal economic zone.
 */
import type { Bilingual, StageEvent, ZoneFact } from '../../src/domain/zone.ts';
import { SRC, event, fact, sourced, variant } from './sources.ts';
import { GUESS_NOTE, NO_EDGES, UPDATED, type ZoneRecord } from './record.ts';

const PLANNING_NOTE: Bilingual = {
  vi: 'Quy hoạch: do quy hoạch tỉnh 2021–2030 (QĐ 995/QĐ-TTg) bổ sung; tháng 2/2025 đang lập quy hoạch xây dựng, dự kiến xong chậm nhất năm 2026, kêu gọi đầu tư giai đoạn 2026–2030. Chưa thấy thông tin mới hơn.',
  en: 'Planned: added by the 2021–2030 provincial plan (QĐ 995/QĐ-TTg); in Feb 2025 its construction planning was under way, due by 2026 at the latest, with an investment call for 2026–2030. Nothing later found.',
};

const PLANNING_FACTS: ZoneFact[] = [
  fact(SRC.feb2025, 'Tháng 2/2025 nằm trong nhóm KCN đang lập quy hoạch xây dựng.', 'In Feb 2025 it was among the zones whose construction planning was under way.'),
  fact(SRC.tienphong2023, 'Quy hoạch 2021–2030 bổ sung sáu KCN (kể cả phần mở rộng An Nghiệp), tổng khoảng 3.328 ha, vào năm KCN đã có trước đó; nguồn không nêu diện tích từng khu.', 'The 2021–2030 plan added six zones (including the An Nghiệp expansion), about 3,328 ha in all, to the five planned before; the sources found give no area for each.'),
];

const PLANNING_HISTORY: StageEvent[] = [
  event('2023-11', 'planned', SRC.tienphong2023, 'Quy hoạch tỉnh 2021–2030 bổ sung KCN này (không nêu diện tích từng khu).', 'The 2021–2030 provincial plan adds this zone (no area given for it).'),
  event('2025-02', 'planned', SRC.feb2025, 'Đang lập quy hoạch xây dựng, dự kiến xong chậm nhất năm 2026.', 'Construction planning under way, due by 2026 at the latest.'),
];

/** Geometry note of the five new zones: nothing published to draw. */
const NO_SIZE_NOTE: Bilingual = {
  vi: 'Quy hoạch 2021–2030 bổ sung khu này nhưng không công bố diện tích hay vị trí (sáu khu mới, kể cả phần mở rộng An Nghiệp, tổng khoảng 3.328 ha).',
  en: 'The 2021–2030 plan added this zone without publishing its area or place (six new zones, the An Nghiệp expansion included, about 3,328 ha in all).',
};

/** Fields shared by the five unlocated new zones: location-only, a disc of `uncertainty_m` around `anchor`. */
function newZone(
  id: string, name: Bilingual, short_name: Bilingual, place: Pick<ZoneRecord, 'old_district' | 'old_communes' | 'new_communes'>,
  where: Bilingual, anchor: [number, number], uncertainty_m: number, extra: { stage_note?: Bilingual; facts?: ZoneFact[] } = {},
): ZoneRecord {
  return {
    id, kind: 'zone', name, short_name, stage: 'planned',
    stage_note: extra.stage_note ?? PLANNING_NOTE,
    stage_date: '2025-02',
    stage_history: PLANNING_HISTORY,
    official_area_ha: null, area_source: null, area_variants: [],
    ...place,
    along: null,
    geometry_quality: 'location-only',
    geometry_note: NO_SIZE_NOTE,
    position_uncertainty_m: uncertainty_m,
    position_note: { vi: `${where.vi} ${GUESS_NOTE.vi}`, en: `${where.en} ${GUESS_NOTE.en}` },
    described_edges: NO_EDGES,
    anchor,
    established_year: null, developer: null, occupancy_pct: null, occupancy_source: null, sectors: null,
    facts: [...PLANNING_FACTS, ...(extra.facts ?? [])],
    updated: UPDATED,
    shape: { kind: 'disc' },
    footprint_ha: null,
  };
}

const daiNgai2 = newZone(
  'dai-ngai-2',
  { vi: 'Khu công nghiệp Đại Ngãi 2', en: 'Đại Ngãi 2 Industrial Park' },
  { vi: 'KCN Đại Ngãi 2', en: 'Đại Ngãi 2 IP' },
  {
    old_district: { vi: 'Có lẽ huyện Long Phú (chưa xác nhận)', en: 'Probably Long Phú district (unconfirmed)' },
    old_communes: { vi: 'Nguồn không nêu; có lẽ gần Đại Ngãi (chưa xác nhận)', en: 'Not stated; presumably near Đại Ngãi (unconfirmed)' },
    new_communes: { vi: 'Có lẽ xã Đại Ngãi (chưa xác nhận)', en: 'Probably xã Đại Ngãi (unconfirmed)' },
  },
  { vi: 'Chưa tìm thấy vị trí. Tâm vòng tròn là thị trấn Đại Ngãi, chỉ dựa vào tên gọi; bán kính 5 km.', en: 'No location found. The circle is centred on Đại Ngãi town, on the strength of the name alone; radius 5 km.' },
  [106.072, 9.7312],
  5000,
);

const tranDe2 = newZone(
  'tran-de-2',
  { vi: 'Khu công nghiệp Trần Đề 2', en: 'Trần Đề 2 Industrial Park' },
  { vi: 'KCN Trần Đề 2', en: 'Trần Đề 2 IP' },
  {
    old_district: { vi: 'Có lẽ huyện Trần Đề (chưa xác nhận)', en: 'Probably Trần Đề district (unconfirmed)' },
    old_communes: { vi: 'Nguồn không nêu', en: 'Not stated' },
    new_communes: { vi: 'Chưa rõ; có lẽ trong địa bàn huyện Trần Đề cũ (chưa xác nhận)', en: 'Unknown; presumably within former Trần Đề district (unconfirmed)' },
  },
  { vi: 'Chưa tìm thấy vị trí. Tâm vòng tròn là thị trấn Trần Đề (nơi có KCN Trần Đề), chỉ dựa vào tên gọi; bán kính 6 km.', en: 'No location found. The circle is centred on Trần Đề town (home of Trần Đề IP), on the strength of the name alone; radius 6 km.' },
  [106.196, 9.518],
  6000,
);

const khanhHoa = newZone(
  'khanh-hoa',
  { vi: 'Khu công nghiệp Khánh Hòa', en: 'Khánh Hòa Industrial Park' },
  { vi: 'KCN Khánh Hòa', en: 'Khánh Hòa IP' },
  {
    old_district: { vi: 'Có lẽ thị xã Vĩnh Châu (chưa xác nhận)', en: 'Probably Vĩnh Châu town (thị xã; unconfirmed)' },
    old_communes: { vi: 'Có lẽ phường Khánh Hòa, Vĩnh Châu (chưa xác nhận)', en: 'Presumably Khánh Hòa ward, Vĩnh Châu (unconfirmed)' },
    new_communes: { vi: 'Có lẽ phường Khánh Hòa (gồm phường Khánh Hòa, xã Vĩnh Hiệp và xã Hòa Đông; chưa xác nhận)', en: 'Presumably phường Khánh Hòa (former Khánh Hòa ward, Vĩnh Hiệp and Hòa Đông; unconfirmed)' },
  },
  { vi: 'Nơi duy nhất mang tên Khánh Hòa ở Sóc Trăng là một phường của Vĩnh Châu; tâm vòng tròn ở giữa hai trạm viễn thông của phường (9,425; 105,997 và 9,398; 106,005; danh sách trạm năm 2020); bán kính 4 km.', en: 'The only Khánh Hòa in Sóc Trăng is a ward of Vĩnh Châu; the circle is centred between two telecom sites of the ward (9.425, 105.997 and 9.398, 106.005; 2020 site list); radius 4 km.' },
  [106.001, 9.4115],
  4000,
);

const phuMy = newZone(
  'phu-my-ind-urban',
  { vi: 'Khu công nghiệp - đô thị - dịch vụ Phú Mỹ', en: 'Phú Mỹ Industrial-Urban-Service Zone' },
  { vi: 'KCN-ĐT-DV Phú Mỹ', en: 'Phú Mỹ Ind.-Urban Zone' },
  {
    old_district: { vi: 'Có lẽ huyện Mỹ Tú (chưa xác nhận)', en: 'Probably Mỹ Tú district (unconfirmed)' },
    old_communes: { vi: 'Có lẽ xã Phú Mỹ (chưa xác nhận)', en: 'Presumably Phú Mỹ commune (unconfirmed)' },
    new_communes: { vi: 'Có lẽ xã Mỹ Hương (gồm Thuận Hưng, Phú Mỹ và Mỹ Hương; chưa xác nhận)', en: 'Presumably xã Mỹ Hương (former Thuận Hưng, Phú Mỹ and Mỹ Hương; unconfirmed)' },
  },
  { vi: 'Tâm vòng tròn ở cấp xã, giữa hai trạm viễn thông của xã Phú Mỹ (9,542; 105,872 và 9,574; 105,911; danh sách trạm năm 2020); bán kính 4 km.', en: 'The circle is centred at commune level, between two telecom sites of Phú Mỹ commune (9.542, 105.872 and 9.574, 105.911; 2020 site list); radius 4 km.' },
  [105.8915, 9.558],
  4000,
  {
    stage_note: {
      vi: 'Quy hoạch: do quy hoạch tỉnh 2021–2030 (QĐ 995/QĐ-TTg) bổ sung; tháng 2/2025 đang lập quy hoạch xây dựng, dự kiến xong chậm nhất năm 2026, kêu gọi đầu tư giai đoạn 2026–2030. Cuối năm 2025 có tin tập đoàn Phương Trang quan tâm một dự án "KCN - đô thị - dịch vụ", nhưng tên dự án bị cắt trong nguồn nên chưa rõ là khu này hay khu ở Trần Đề. Chưa thấy thông tin nào khác mới hơn.',
      en: 'Planned: added by the 2021–2030 provincial plan (QĐ 995/QĐ-TTg); in Feb 2025 its construction planning was under way, due by 2026 at the latest, with an investment call for 2026–2030. In late 2025 the Phương Trang group was reported interested in an "industrial-urban-service zone", but the project name is cut off in the source, so it may be this one or the Trần Đề one. Nothing else later found.',
    },
    facts: [fact(SRC.baodautu2025, 'Tập đoàn Phương Trang được cho là quan tâm một KCN - đô thị - dịch vụ ở Cần Thơ (tên dự án bị cắt trong nguồn).', 'The Phương Trang group was reported interested in an industrial-urban-service zone in Cần Thơ (project name cut off in the source).')],
  },
);

const tranDeIndUrban = newZone(
  'tran-de-ind-urban',
  { vi: 'Khu công nghiệp - đô thị - dịch vụ Trần Đề', en: 'Trần Đề Industrial-Urban-Service Zone' },
  { vi: 'KCN-ĐT-DV Trần Đề', en: 'Trần Đề Ind.-Urban Zone' },
  {
    old_district: { vi: 'Có lẽ huyện Trần Đề (chưa xác nhận)', en: 'Probably Trần Đề district (unconfirmed)' },
    old_communes: { vi: 'Nguồn không nêu', en: 'Not stated' },
    new_communes: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  {
    vi: 'Chỉ biết theo tên là ở huyện Trần Đề cũ. Manh mối duy nhất (một trang tin không ghi ngày nhắc đề xuất của liên danh T&T – Phương Trang ở khu vực Tài Văn – Viên An, chưa xác nhận liên quan) và khu vực cảng Trần Đề đều nằm trong huyện; vòng tròn bán kính 12 km quanh giữa huyện bao cả hai.',
    en: 'Known by its name only to lie in former Trần Đề district. The one lead (an undated news tag page on a T&T–Phương Trang proposal around Tài Văn – Viên An, its link to this zone unconfirmed) and the Trần Đề port area both lie in the district; the 12-km circle around the middle of the district covers both.',
  },
  [106.11, 9.51],
  12000,
  { facts: [fact(SRC.vietnammoi, 'Một trang tin không ghi ngày nhắc đề xuất của liên danh T&T – Phương Trang mở rộng TP Sóc Trăng về phía Tài Văn, Viên An và thị trấn Mỹ Xuyên; chưa rõ có liên quan tới khu này.', 'An undated news tag page mentions a T&T–Phương Trang proposal to extend Sóc Trăng city towards Tài Văn, Viên An and Mỹ Xuyên town; whether it concerns this zone is unknown.')] },
);

const coastalEz: ZoneRecord = {
  id: 'tran-de-coastal-ez',
  kind: 'economic-zone',
  name: { vi: 'Khu kinh tế ven biển Trần Đề (Khu kinh tế ven biển Sóc Trăng)', en: 'Trần Đề Coastal Economic Zone' },
  short_name: { vi: 'KKT ven biển Trần Đề', en: 'Trần Đề Coastal EZ' },
  stage: 'planned',
  stage_note: {
    vi: 'Quy hoạch: có trong quy hoạch tỉnh 2021–2030, dự kiến nghiên cứu thành lập đến năm 2030. Quy hoạch điều chỉnh của TP Cần Thơ (1/2026) vẫn giữ một khu kinh tế Trần Đề rộng hơn 40.000 ha gắn với cảng biển Trần Đề.',
    en: "Planned: in the 2021–2030 provincial plan, to be studied and set up by 2030. Cần Thơ's adjusted plan (Jan 2026) keeps a Trần Đề economic zone of more than 40,000 ha tied to the Trần Đề seaport.",
  },
  stage_date: '2026-01-19',
  stage_history: [
    event('2023-09', 'planned', SRC.menafn2023, 'Tỉnh định lập khu kinh tế ven biển quanh cửa Trần Đề đến năm 2030.', 'The province plans a coastal economic zone around the Trần Đề mouth by 2030.'),
    event('2023-11', 'planned', SRC.tienphong2023, 'Quy hoạch tỉnh 2021–2030: một khu kinh tế ven biển khoảng 40.000 ha.', 'The 2021–2030 provincial plan: one coastal economic zone of about 40,000 ha.'),
    event('2026-01-19', 'planned', SRC.tienphong2026, 'Quy hoạch điều chỉnh của TP Cần Thơ giữ khu kinh tế Trần Đề hơn 40.000 ha.', "Cần Thơ's adjusted plan keeps a Trần Đề economic zone of more than 40,000 ha."),
  ],
  official_area_ha: 40000,
  area_source: SRC.tienphong2026,
  area_variants: [
    variant(40000, SRC.tienphong2023, { vi: 'Khoảng 40.000 ha', en: 'About 40,000 ha' }),
    variant(40000, SRC.tienphong2026, { vi: 'Hơn 40.000 ha (được chọn; lưu là 40.000)', en: 'More than 40,000 ha (chosen; stored as 40,000)' }),
  ],
  old_district: { vi: 'Vùng ven biển huyện Trần Đề, huyện Long Phú và thị xã Vĩnh Châu (trước 2025)', en: 'Coastal parts of Trần Đề and Long Phú districts and Vĩnh Châu town (before 2025)' },
  old_communes: { vi: 'Các nguồn tìm được chưa xác định phạm vi', en: 'Not delimited in the sources found' },
  new_communes: { vi: 'Chưa xác định (nhiều xã, phường ven biển)', en: 'Not delimited (several coastal communes and wards)' },
  along: sourced({ vi: 'Quanh cửa Trần Đề của sông Hậu, dọc bờ biển Trần Đề, Long Phú và Vĩnh Châu; gắn với cảng nước sâu Trần Đề (đang quy hoạch)', en: 'Around the Trần Đề mouth of the Hậu river, along the coast of Trần Đề, Long Phú and Vĩnh Châu; tied to the planned Trần Đề deep-water port' }, SRC.tienphong2023),
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa có ranh giới công bố. Các nguồn mô tả khu kinh tế lấy cửa Trần Đề làm trung tâm, dọc bờ biển Trần Đề, Long Phú và Vĩnh Châu, gắn với cảng biển; hình là dải sơ đồ theo mô tả đó, gồm thị trấn Trần Đề, cảng cá và KCN Trần Đề, chỉ để minh họa. Khu kinh tế được phép bao trùm các KCN khác.',
    en: 'No boundary has been published. Sources describe the zone as centred on the Trần Đề mouth, along the coast of Trần Đề, Long Phú and Vĩnh Châu and tied to the seaport; the shape is a schematic band after that description, taking in Trần Đề town, the fishing port and Trần Đề IP, for illustration only. The economic zone may contain other zones.',
  },
  position_uncertainty_m: 10000,
  position_note: {
    vi: 'Điểm tham chiếu là cửa Trần Đề, trung tâm theo mô tả; phạm vi thật chưa công bố và có thể khác dải vẽ hàng chục km.',
    en: 'The anchor is the Trần Đề mouth, the centre the description gives; the real extent is unpublished and may differ from the band by tens of km.',
  },
  described_edges: NO_EDGES,
  anchor: [106.207, 9.519],
  established_year: null,
  developer: null,
  occupancy_pct: null,
  occupancy_source: null,
  sectors: sourced({ vi: 'Đa ngành, gắn với cảng nước sâu Trần Đề', en: 'Multi-sector, tied to the Trần Đề deep-water port' }, SRC.menafn2023),
  facts: [
    fact(SRC.tienphong2023, 'Quy hoạch có một khu kinh tế ven biển khoảng 40.000 ha dọc bờ biển Trần Đề, Long Phú và Vĩnh Châu.', 'The plan has one coastal economic zone of about 40,000 ha along the coast of Trần Đề, Long Phú and Vĩnh Châu.'),
    fact(SRC.menafn2023, 'Tỉnh định lập khu kinh tế ven biển đa ngành khoảng 40.000 ha quanh cửa Trần Đề để khai thác cảng nước sâu Trần Đề trước năm 2030.', 'The province plans a multi-sector coastal economic zone of about 40,000 ha around the Trần Đề mouth, to make use of the Trần Đề deep-water port by 2030.'),
    fact(SRC.tienphong2026, 'Quy hoạch điều chỉnh của TP Cần Thơ (1/2026) đặt mục tiêu một khu kinh tế Trần Đề hơn 40.000 ha gắn với cảng biển; toàn thành phố đến năm 2030 có 1 khu kinh tế, 40 KCN và 46 CCN.', "Cần Thơ's adjusted plan (Jan 2026) targets a Trần Đề economic zone of over 40,000 ha linked to the seaport, within 1 economic zone, 40 industrial parks and 46 clusters city-wide to 2030."),
    fact(SRC.vnanet2023, 'Ý tưởng cảng trước đó: 4.000 ha dịch vụ cảng – logistics và 4.000 ha KCN phía sau một cảng khoảng 550 ha, nối ra bến ngoài khơi bằng cầu cảng vượt biển dài khoảng 16 km.', 'An earlier port concept: 4,000 ha of port services and logistics plus 4,000 ha of industrial parks behind a port of about 550 ha, reached by a sea-crossing wharf about 16 km long.'),
  ],
  updated: UPDATED,
  shape: {
    kind: 'band',
    // Along the river bank of Long Phú, through the Trần Đề mouth, along the Vĩnh Châu coast (GSHHG shoreline points).
    spine: [[106.093, 9.711], [106.108, 9.679], [106.126, 9.649], [106.150, 9.618], [106.166, 9.598], [106.191, 9.560], [106.207, 9.519], [106.205, 9.460], [106.190, 9.405], [106.150, 9.370], [106.100, 9.337], [106.020, 9.309]],
  },
  footprint_ha: 40000,
};

export { daiNgai2, tranDe2, khanhHoa, phuMy, tranDeIndUrban, coastalEz };
