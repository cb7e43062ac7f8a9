/**
 * Records of the five zones the 2021–2030 plan added without a published area or place
 * (Đại Ngãi 2, Trần Đề 2, Khánh Hòa, KCN-ĐT-DV Phú Mỹ, KCN-ĐT-DV Trần Đề) and of the coastal
 * economic zone.
 */
import type { Bilingual, ZoneFact } from '../../src/domain/zone.ts';
import { SRC, fact, variant } from './sources.ts';
import { GUESS_NOTE, NEW_ZONE_PLACEHOLDER_HA, NEW_ZONE_SIZE_NOTE, UPDATED, type ZoneRecord } from './record.ts';

const PLANNING_NOTE: Bilingual = {
  vi: 'Quy hoạch: do quy hoạch tỉnh 2021–2030 (QĐ 995/QĐ-TTg) bổ sung; tháng 2/2025 đang lập quy hoạch xây dựng, dự kiến xong chậm nhất năm 2026, kêu gọi đầu tư giai đoạn 2026–2030. Chưa thấy thông tin mới hơn.',
  en: 'Planned: added by the 2021–2030 provincial plan (QĐ 995/QĐ-TTg); in Feb 2025 its construction planning was under way, due by 2026 at the latest, with an investment call for 2026–2030. Nothing later found.',
};

const PLANNING_FACTS: ZoneFact[] = [
  fact(SRC.feb2025, 'Tháng 2/2025 nằm trong nhóm KCN đang lập quy hoạch xây dựng.', 'In Feb 2025 it was among the zones whose construction planning was under way.'),
  fact(SRC.tienphong2023, 'Quy hoạch 2021–2030 bổ sung sáu KCN (kể cả phần mở rộng An Nghiệp), tổng khoảng 3.328 ha, vào năm KCN đã có trước đó; nguồn không nêu diện tích từng khu.', 'The 2021–2030 plan added six zones (including the An Nghiệp expansion), about 3,328 ha in all, to the five planned before; the sources found give no area for each.'),
];

/** Fields shared by the five unlocated new zones. */
function newZone(
  id: string, name: Bilingual, short_name: Bilingual, place: Pick<ZoneRecord, 'old_district' | 'old_communes' | 'new_communes'>,
  where: Bilingual, anchor: [number, number], extra: { stage_note?: Bilingual; facts?: ZoneFact[] } = {},
): ZoneRecord {
  return {
    id, kind: 'zone', name, short_name, stage: 'planned',
    stage_note: extra.stage_note ?? PLANNING_NOTE,
    stage_date: '2025-02',
    official_area_ha: null, area_source: null, area_variants: [],
    ...place,
    along: null,
    geometry_quality: 'indicative',
    geometry_note: { vi: `${where.vi} ${GUESS_NOTE.vi} ${NEW_ZONE_SIZE_NOTE.vi}`, en: `${where.en} ${GUESS_NOTE.en} ${NEW_ZONE_SIZE_NOTE.en}` },
    anchor,
    established_year: null, developer: null, occupancy_pct: null, occupancy_source: null, sectors: null,
    facts: [...PLANNING_FACTS, ...(extra.facts ?? [])],
    updated: UPDATED,
    shape: { kind: 'octagon', aspect: 1, rotation_deg: 0 },
    footprint_ha: NEW_ZONE_PLACEHOLDER_HA,
  };
}

const daiNgai2 = newZone(
  'dai-ngai-2',
  { vi: 'Khu công nghiệp Đại Ngãi 2', en: 'Dai Ngai 2 Industrial Park' },
  { vi: 'KCN Đại Ngãi 2', en: 'Dai Ngai 2 IP' },
  {
    old_district: { vi: 'Có lẽ huyện Long Phú (chưa xác nhận)', en: 'Probably Long Phú district (unconfirmed)' },
    old_communes: { vi: 'Nguồn không nêu; có lẽ gần Đại Ngãi (chưa xác nhận)', en: 'Not stated; presumably near Đại Ngãi (unconfirmed)' },
    new_communes: { vi: 'Có lẽ xã Đại Ngãi (chưa xác nhận)', en: 'Probably xã Đại Ngãi (unconfirmed)' },
  },
  { vi: 'Chưa tìm thấy vị trí. Đặt gần thị trấn Đại Ngãi, phía tây QL91B, chỉ dựa vào tên gọi.', en: 'No location found. Put near Đại Ngãi town, west of QL91B, on the strength of the name alone.' },
  [106.06, 9.722],
);

const tranDe2 = newZone(
  'tran-de-2',
  { vi: 'Khu công nghiệp Trần Đề 2', en: 'Tran De 2 Industrial Park' },
  { vi: 'KCN Trần Đề 2', en: 'Tran De 2 IP' },
  {
    old_district: { vi: 'Có lẽ huyện Trần Đề (chưa xác nhận)', en: 'Probably Trần Đề district (unconfirmed)' },
    old_communes: { vi: 'Nguồn không nêu', en: 'Not stated' },
    new_communes: { vi: 'Chưa rõ; có lẽ trong địa bàn huyện Trần Đề cũ (chưa xác nhận)', en: 'Unknown; presumably within former Trần Đề district (unconfirmed)' },
  },
  { vi: 'Chưa tìm thấy vị trí. Đặt phía tây nam KCN Trần Đề, chỉ dựa vào tên gọi.', en: 'No location found. Put south-west of Trần Đề IP, on the strength of the name alone.' },
  [106.175, 9.525],
);

const khanhHoa = newZone(
  'khanh-hoa',
  { vi: 'Khu công nghiệp Khánh Hòa', en: 'Khanh Hoa Industrial Park' },
  { vi: 'KCN Khánh Hòa', en: 'Khanh Hoa IP' },
  {
    old_district: { vi: 'Có lẽ thị xã Vĩnh Châu (chưa xác nhận)', en: 'Probably Vĩnh Châu town (thị xã; unconfirmed)' },
    old_communes: { vi: 'Có lẽ phường Khánh Hòa, Vĩnh Châu (chưa xác nhận)', en: 'Presumably Khánh Hòa ward, Vĩnh Châu (unconfirmed)' },
    new_communes: { vi: 'Có lẽ phường Khánh Hòa (gồm phường Khánh Hòa, xã Vĩnh Hiệp và xã Hòa Đông; chưa xác nhận)', en: 'Presumably phường Khánh Hòa (former Khánh Hòa ward, Vĩnh Hiệp and Hòa Đông; unconfirmed)' },
  },
  { vi: 'Nơi duy nhất mang tên Khánh Hòa ở Sóc Trăng là một phường của Vĩnh Châu; điểm đặt giữa hai trạm viễn thông ở đó (9,425; 105,997 và 9,398; 106,005).', en: 'The only Khánh Hòa in Sóc Trăng is a ward of Vĩnh Châu; the point sits between two telecom sites there (9.425, 105.997 and 9.398, 106.005).' },
  [106.005, 9.415],
);

const phuMy = newZone(
  'phu-my-ind-urban',
  { vi: 'Khu công nghiệp - đô thị - dịch vụ Phú Mỹ', en: 'Phu My Industrial-Urban-Service Zone' },
  { vi: 'KCN-ĐT-DV Phú Mỹ', en: 'Phu My Ind.-Urban Zone' },
  {
    old_district: { vi: 'Có lẽ huyện Mỹ Tú (chưa xác nhận)', en: 'Probably Mỹ Tú district (unconfirmed)' },
    old_communes: { vi: 'Có lẽ xã Phú Mỹ (chưa xác nhận)', en: 'Presumably Phú Mỹ commune (unconfirmed)' },
    new_communes: { vi: 'Có lẽ xã Mỹ Hương (gồm Thuận Hưng, Phú Mỹ và Mỹ Hương; chưa xác nhận)', en: 'Presumably xã Mỹ Hương (former Thuận Hưng, Phú Mỹ and Mỹ Hương; unconfirmed)' },
  },
  { vi: 'Điểm đặt ở cấp xã, giữa hai trạm viễn thông của xã Phú Mỹ (9,542; 105,872 và 9,574; 105,911).', en: 'Placed at commune level, between two telecom sites of Phú Mỹ commune (9.542, 105.872 and 9.574, 105.911).' },
  [105.89, 9.56],
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
  { vi: 'Khu công nghiệp - đô thị - dịch vụ Trần Đề', en: 'Tran De Industrial-Urban-Service Zone' },
  { vi: 'KCN-ĐT-DV Trần Đề', en: 'Tran De Ind.-Urban Zone' },
  {
    old_district: { vi: 'Có lẽ huyện Trần Đề (chưa xác nhận)', en: 'Probably Trần Đề district (unconfirmed)' },
    old_communes: { vi: 'Nguồn không nêu', en: 'Not stated' },
    new_communes: { vi: 'Chưa rõ', en: 'Unknown' },
  },
  {
    vi: 'Đặt ở khu vực Tài Văn – Viên An (Trần Đề), nơi một trang tin không ghi ngày nhắc đề xuất của liên danh T&T – Phương Trang mở rộng TP Sóc Trăng; mối liên hệ với khu này chưa được xác nhận, và khu cũng có thể nằm gần cảng biển Trần Đề.',
    en: 'Put in the Tài Văn – Viên An area (Trần Đề), where an undated news tag page mentions a T&T–Phương Trang proposal to extend Sóc Trăng city; its link to this zone is unconfirmed, and the zone could equally lie near the Trần Đề seaport.',
  },
  [106.04, 9.535],
);

const coastalEz: ZoneRecord = {
  id: 'tran-de-coastal-ez',
  kind: 'economic-zone',
  name: { vi: 'Khu kinh tế ven biển Trần Đề (Khu kinh tế ven biển Sóc Trăng)', en: 'Tran De Coastal Economic Zone' },
  short_name: { vi: 'KKT ven biển Trần Đề', en: 'Tran De Coastal EZ' },
  stage: 'planned',
  stage_note: {
    vi: 'Quy hoạch: có trong quy hoạch tỉnh 2021–2030, dự kiến nghiên cứu thành lập đến năm 2030. Quy hoạch điều chỉnh của TP Cần Thơ (1/2026) vẫn giữ một khu kinh tế Trần Đề rộng hơn 40.000 ha gắn với cảng biển Trần Đề.',
    en: "Planned: in the 2021–2030 provincial plan, to be studied and set up by 2030. Cần Thơ's adjusted plan (Jan 2026) keeps a Trần Đề economic zone of more than 40,000 ha tied to the Trần Đề seaport.",
  },
  stage_date: '2026-01-19',
  official_area_ha: 40000,
  area_source: SRC.tienphong2026,
  area_variants: [
    variant(40000, SRC.tienphong2023, { vi: 'Khoảng 40.000 ha', en: 'About 40,000 ha' }),
    variant(40000, SRC.tienphong2026, { vi: 'Hơn 40.000 ha (được chọn; lưu là 40.000)', en: 'More than 40,000 ha (chosen; stored as 40,000)' }),
  ],
  old_district: { vi: 'Vùng ven biển huyện Trần Đề, huyện Long Phú và thị xã Vĩnh Châu (trước 2025)', en: 'Coastal parts of Trần Đề and Long Phú districts and Vĩnh Châu town (before 2025)' },
  old_communes: { vi: 'Các nguồn tìm được chưa xác định phạm vi', en: 'Not delimited in the sources found' },
  new_communes: { vi: 'Chưa xác định (nhiều xã, phường ven biển)', en: 'Not delimited (several coastal communes and wards)' },
  along: { vi: 'Cửa Trần Đề của sông Hậu và bờ biển; gắn với cảng nước sâu Trần Đề (đang quy hoạch)', en: 'The Trần Đề mouth of the Hậu river and the sea coast; tied to the planned Trần Đề deep-water port' },
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa có ranh giới công bố; điểm tham chiếu là tâm phỏng đoán của dải ven biển huyện Trần Đề. Hình là dải ven biển (khoảng 400 km²) từ gần cửa Trần Đề về phía tây nam tới Vĩnh Châu, theo mô tả "dọc bờ biển Trần Đề, Long Phú, Vĩnh Châu"; chỉ để minh họa. Khu kinh tế được phép bao trùm các KCN khác.',
    en: 'No boundary has been published; the anchor is a guessed centre of the Trần Đề coastal belt. Drawn as a coastal belt (~400 km²) from near the Trần Đề mouth south-west towards Vĩnh Châu, after "along the coast of Trần Đề, Long Phú and Vĩnh Châu"; illustrative only. The economic zone may contain other zones.',
  },
  anchor: [106.12, 9.47],
  established_year: null,
  developer: null,
  occupancy_pct: null,
  occupancy_source: null,
  sectors: { vi: 'Đa ngành, lấy cảng biển làm động lực (logistics, công nghiệp, dịch vụ)', en: 'Multi-sector, port-led (logistics, industry, services)' },
  facts: [
    fact(SRC.tienphong2023, 'Quy hoạch có một khu kinh tế ven biển khoảng 40.000 ha dọc bờ biển Trần Đề, Long Phú và Vĩnh Châu.', 'The plan has one coastal economic zone of about 40,000 ha along the coast of Trần Đề, Long Phú and Vĩnh Châu.'),
    fact(SRC.menafn2023, 'Tỉnh định lập khu kinh tế ven biển đa ngành khoảng 40.000 ha quanh cửa Trần Đề để khai thác cảng nước sâu Trần Đề trước năm 2030.', 'The province plans a multi-sector coastal economic zone of about 40,000 ha around the Trần Đề mouth, to make use of the Trần Đề deep-water port by 2030.'),
    fact(SRC.tienphong2026, 'Quy hoạch điều chỉnh của TP Cần Thơ (1/2026) đặt mục tiêu một khu kinh tế Trần Đề hơn 40.000 ha gắn với cảng biển; toàn thành phố đến năm 2030 có 1 khu kinh tế, 40 KCN và 46 CCN.', "Cần Thơ's adjusted plan (Jan 2026) targets a Trần Đề economic zone of over 40,000 ha linked to the seaport, within 1 economic zone, 40 industrial parks and 46 clusters city-wide to 2030."),
    fact(SRC.vnanet2023, 'Ý tưởng cảng trước đó: 4.000 ha dịch vụ cảng – logistics và 4.000 ha KCN phía sau một cảng khoảng 550 ha, nối ra bến ngoài khơi bằng cầu cảng vượt biển dài khoảng 16 km.', 'An earlier port concept: 4,000 ha of port services and logistics plus 4,000 ha of industrial parks behind a port of about 550 ha, reached by a sea-crossing wharf about 16 km long.'),
  ],
  updated: UPDATED,
  shape: {
    kind: 'belt',
    spine: [[106.232, 9.50], [106.226, 9.44], [106.205, 9.38], [106.15, 9.345], [106.02, 9.30], [105.93, 9.262]],
    seaward_km: 5,
  },
  footprint_ha: 40000,
};

export { daiNgai2, tranDe2, khanhHoa, phuMy, tranDeIndUrban, coastalEz };
