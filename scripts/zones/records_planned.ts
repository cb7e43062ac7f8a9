/** Records of the three planned zones with a published area and plan: Đại Ngãi, Sông Hậu, Mỹ Thanh. */
import { SRC, fact, variant } from './sources.ts';
import { GUESS_NOTE, UPDATED, type ZoneRecord } from './record.ts';

const daiNgai: ZoneRecord = {
  id: 'dai-ngai',
  kind: 'zone',
  name: { vi: 'Khu công nghiệp Đại Ngãi', en: 'Dai Ngai Industrial Park' },
  short_name: { vi: 'KCN Đại Ngãi', en: 'Dai Ngai IP' },
  stage: 'planned',
  stage_note: {
    vi: 'Quy hoạch: quy hoạch phân khu 1/2000 được duyệt ngày 25/7/2024 (QĐ 1680/QĐ-UBND); tháng 2/2025 đã xong quy hoạch, đang kêu gọi đầu tư. Ngày 6/12/2025 Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ công bố mời nhà đầu tư hạ tầng; đã có hai hồ sơ (CTCP BCG Land, Công ty TNHH KCN Đại Ngãi). Chưa chọn nhà đầu tư.',
    en: "Planned: 1/2000 zoning plan approved on 25 Jul 2024 (QĐ 1680/QĐ-UBND); in Feb 2025 planning was complete and investment was being sought. On 6 Dec 2025 Cần Thơ's zones authority called for an infrastructure investor; two applicants had filed (BCG Land JSC, Đại Ngãi IP Co. Ltd). No investor chosen yet.",
  },
  stage_date: '2025-12-06',
  official_area_ha: 196,
  area_source: SRC.dntt2025,
  area_variants: [
    variant(200, SRC.vietnambiz2021, { vi: 'Khảo sát vị trí năm 2021', en: '2021 site survey' }),
    variant(196.3, SRC.qd1680, { vi: 'Diện tích nghiên cứu theo QĐ 1680: 196,0 ha KCN và 0,3 ha hạ tầng bên ngoài', en: 'Study area under QĐ 1680: 196.0 ha park plus 0.3 ha external infrastructure' }),
    variant(196, SRC.dntt2025, { vi: 'Diện tích KCN khi mời nhà đầu tư (được chọn)', en: 'Park area in the call for investors (chosen)' }),
  ],
  old_district: { vi: 'Huyện Long Phú (trước 2025)', en: 'Long Phú district (before 2025)' },
  old_communes: { vi: 'Xã Long Đức', en: 'Long Đức commune' },
  new_communes: { vi: 'Xã Đại Ngãi (gồm thị trấn Đại Ngãi và xã Long Đức)', en: 'xã Đại Ngãi (former Đại Ngãi town and Long Đức)' },
  along: {
    vi: 'QL91B (Nam Sông Hậu) và sông Hậu ở phía đông; đường dẫn cầu Đại Ngãi (QL60 mới) cách cạnh bắc khoảng 55 m; gần Trung tâm Điện lực Long Phú',
    en: 'QL91B (Nam Sông Hậu) and the Hậu river on the east; the approach road of the Đại Ngãi bridge (new QL60) about 55 m beyond the north edge; near the Long Phú power centre',
  },
  geometry_quality: 'described',
  geometry_note: {
    vi: 'Hình dựa trên mô tả ranh giới trong QĐ 1680 (2024): cạnh đông trên QL91B (một phần giáp bờ sông Hậu), cạnh tây cách kênh Bà Sẫm khoảng 65 m, cạnh nam là đường nông thôn dọc kênh Bao Biển, cạnh bắc cách đường dẫn cầu Đại Ngãi khoảng 55 m. Các mốc này chưa có tọa độ nên vị trí vẫn là ước lượng: khối chữ nhật rộng khoảng 1,4 km, cạnh đông theo bờ sông trên đường ranh giới tỉnh, vĩ độ lấy theo các ấp của xã Long Đức; sai số khoảng 1,5 km.',
    en: 'Shaped from the boundary description in QĐ 1680 (2024): east side on QL91B (partly on the Hậu river bank), west side about 65 m from the Bà Sẫm canal, south side on the rural road along the Bao Biển canal, north side about 55 m from the Đại Ngãi bridge approach road. Those features have no published coordinates, so the placement is still an estimate: a rectangle about 1.4 km wide with its east side along the river bank of the province outline, latitude from Long Đức hamlet anchors; uncertainty about 1.5 km.',
  },
  anchor: [106.079, 9.707],
  established_year: null,
  developer: { vi: 'Chưa chọn (12/2025 có hai hồ sơ: CTCP BCG Land; Công ty TNHH KCN Đại Ngãi)', en: 'Not chosen yet (Dec 2025 applicants: BCG Land JSC; Đại Ngãi IP Co. Ltd)' },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: {
    vi: 'Đa ngành: dệt may, da giày, máy móc và thiết bị công nghiệp, cơ khí, sản xuất tự động hóa giá trị gia tăng cao (quy hoạch 2024); danh sách trước đó có thêm chế biến thực phẩm, vật liệu xây dựng, phương tiện vận tải, đóng tàu, điện tử, bán dẫn',
    en: 'Multi-sector: textiles and garments, leather and footwear, industrial machinery and equipment, mechanical engineering, high value-added automated production (2024 plan); an earlier list also had food processing, building materials, vehicles, shipbuilding, electronics and semiconductors',
  },
  facts: [
    fact(SRC.vietnambiz2021, 'Khảo sát vị trí năm 2021: 200 ha ở xã Long Đức; vốn hạ tầng ước 1.500–1.600 tỷ đồng; dự kiến khu tái định cư 10–20 ha ở thị trấn Long Phú.', '2021 site survey: 200 ha in Long Đức commune; infrastructure estimated at 1,500–1,600 bn VND; a 10–20 ha resettlement area planned in Long Phú town.'),
    fact(SRC.qd1680, 'QĐ 1680/QĐ-UBND (25/7/2024) duyệt quy hoạch phân khu 1/2000: diện tích nghiên cứu 196,30 ha (196,0 ha KCN và 0,3 ha hạ tầng ngoài), ranh giới bốn phía được mô tả cụ thể.', 'QĐ 1680/QĐ-UBND (25 Jul 2024) approved the 1/2000 zoning plan: a 196.30-ha study area (196.0 ha park plus 0.3 ha external infrastructure) with its four boundaries described.'),
    fact(SRC.iphub, 'Được giới thiệu là KCN 200 ha gần Trung tâm Điện lực Long Phú.', 'Listed as a 200-ha park near the Long Phú power centre.'),
    fact(SRC.dntt2025, 'Tháng 12/2025 Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ công khai mời nhà đầu tư hạ tầng cho KCN 196 ha tại xã Đại Ngãi (trước là xã Long Đức, huyện Long Phú).', "Dec 2025: Cần Thơ's zones authority publicly called for an infrastructure investor for the 196-ha park in xã Đại Ngãi (formerly Long Đức, Long Phú)."),
    fact(SRC.baodautu2025, 'Tháng 12/2025 CTCP BCG Land và Công ty TNHH KCN Đại Ngãi đã nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư.', 'Dec 2025: BCG Land JSC and Đại Ngãi IP Co. Ltd had filed for investment-policy approval.'),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 1, rotation_deg: 334 },
  footprint_ha: 196,
};

const songHau: ZoneRecord = {
  id: 'song-hau',
  kind: 'zone',
  name: { vi: 'Khu công nghiệp Sông Hậu (Sóc Trăng)', en: 'Song Hau Industrial Park (Soc Trang)' },
  short_name: { vi: 'KCN Sông Hậu', en: 'Song Hau IP' },
  stage: 'planned',
  stage_note: {
    vi: 'Quy hoạch: tháng 2/2025 đã xong quy hoạch, đang kêu gọi đầu tư; cuối năm 2025 CTCP Đầu tư và Phát triển Indel đã nộp đề xuất (ghi diện tích 281,57 ha). Không nhầm với KCN Sông Hậu ở huyện Châu Thành, tỉnh Hậu Giang cũ (nay cũng thuộc Cần Thơ).',
    en: 'Planned: planning complete and investment sought in Feb 2025; in late 2025 Indel Investment & Development JSC filed a proposal (giving the area as 281.57 ha). Not to be confused with the older Sông Hậu IP in Châu Thành district of former Hậu Giang (also now in Cần Thơ).',
  },
  stage_date: '2025-12',
  official_area_ha: 286,
  area_source: SRC.songHau2022,
  area_variants: [
    variant(286, SRC.songHau2022, { vi: 'Diện tích KCN trong khu nghiên cứu 306 ha (được chọn); cũng là con số năm 2017', en: 'Park area within the 306-ha study area (chosen); also the 2017 figure' }),
    variant(306, SRC.songHau2022, { vi: 'Diện tích nghiên cứu, gồm 20 ha nhà ở – dịch vụ', en: 'Study area, including 20 ha of housing and services' }),
    variant(281.57, SRC.baodautu2025, { vi: 'Diện tích trong đề xuất của nhà đầu tư', en: "Area in an investor's proposal" }),
  ],
  old_district: { vi: 'Huyện Kế Sách (trước 2025)', en: 'Kế Sách district (before 2025)' },
  old_communes: { vi: 'Thị trấn An Lạc Thôn', en: 'An Lạc Thôn town' },
  new_communes: { vi: 'Xã An Lạc Thôn (gồm thị trấn An Lạc Thôn, xã Xuân Hòa và xã Trinh Phú)', en: 'xã An Lạc Thôn (former An Lạc Thôn town, Xuân Hòa and Trinh Phú)' },
  along: {
    vi: 'QL91B (Nam Sông Hậu) ở phía đông, rạch Cái Trâm ở phía đông nam, ĐT939B ở phía tây bắc; dành khoảng 6 ha làm đường ra bến trên sông Hậu; gần cảng Cái Cui (Cần Thơ)',
    en: 'QL91B (Nam Sông Hậu) on the east, rạch Cái Trâm to the south-east, ĐT939B to the north-west; about 6 ha reserved for a road to a pier on the Hậu river; near Cái Cui port (Cần Thơ)',
  },
  geometry_quality: 'described',
  geometry_note: {
    vi: 'Hình dựa trên mô tả ranh giới trong nhiệm vụ quy hoạch năm 2022: khối nằm phía tây QL91B, giới hạn bởi rạch Cái Trâm (đông nam), ĐT939B (tây bắc) và cách kênh Mương Lộ khoảng 50 m (tây, tây nam). Các mốc này chưa có tọa độ nên vị trí vẫn là ước lượng, dựa vào các trạm viễn thông khu vực Cái Côn (An Lạc Thôn); sai số 2–3 km. Không vẽ đường nhánh ra bến sông.',
    en: 'Shaped from the boundary description in the 2022 planning brief: a block west of QL91B bounded by rạch Cái Trâm (south-east), ĐT939B (north-west) and about 50 m short of the Mương Lộ canal (west, south-west). Those features have no published coordinates, so the placement is still an estimate from telecom sites of the Cái Côn (An Lạc Thôn) area; uncertainty 2–3 km. The spur road to the river pier is not drawn.',
  },
  anchor: [105.918, 9.895],
  established_year: null,
  developer: { vi: 'Chưa chọn (cuối 2025: CTCP Đầu tư và Phát triển Indel đề xuất)', en: 'Not chosen yet (late-2025 applicant: Indel Investment & Development JSC)' },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: {
    vi: 'Đa ngành: thực phẩm và đồ hộp trái cây, linh kiện và lắp ráp điện – điện tử, viễn thông, bán dẫn, công nghệ thông tin, công nghệ cao',
    en: 'Multi-sector: food and canned fruit, electrical and electronic components and assembly, telecoms, semiconductors, IT, high tech',
  },
  facts: [
    fact(SRC.nso2021, 'Được bổ sung vào quy hoạch KCN theo Thông báo 239/TB-VPCP (26/5/2017); khoảng 286 ha, gồm 6 ha đường ra sông Hậu và bến, cùng 20 ha dự kiến cho nhà ở – dịch vụ; đất chủ yếu trồng mía, chuối và cây ăn trái.', 'Added to the industrial-park plan by Government Office notice 239/TB-VPCP (26 May 2017); about 286 ha including 6 ha of roads to the Hậu river and a pier, plus 20 ha planned for housing and services; the land is mostly sugarcane, banana and fruit gardens.'),
    fact(SRC.songHau2022, 'Tháng 7/2022 HĐND tỉnh thông qua nhiệm vụ quy hoạch phân khu 1/2000: khu nghiên cứu 306 ha, KCN 286 ha, với ranh giới như mô tả ở trên.', 'July 2022: the provincial council approved the 1/2000 zoning-plan brief: a 306-ha study area with a 286-ha park, bounded as described above.'),
    fact(SRC.iphub, 'Được giới thiệu là KCN 286 ha gần cảng Cái Cui (Cần Thơ).', 'Listed as a 286-ha park near Cái Cui port (Cần Thơ).'),
    fact(SRC.baodautu2025, 'Cuối năm 2025 CTCP Đầu tư và Phát triển Indel nộp đề xuất cho KCN với diện tích 281,57 ha.', 'Late 2025: Indel Investment & Development JSC submitted a proposal for the park, giving 281.57 ha.'),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 0.8, rotation_deg: 315, corner: 0.1 },
  footprint_ha: 286,
};

const myThanh: ZoneRecord = {
  id: 'my-thanh',
  kind: 'zone',
  name: { vi: 'Khu công nghiệp Mỹ Thanh', en: 'My Thanh Industrial Park' },
  short_name: { vi: 'KCN Mỹ Thanh', en: 'My Thanh IP' },
  stage: 'planned',
  stage_note: {
    vi: 'Quy hoạch: tháng 2/2025 đã xong quy hoạch, đang kêu gọi đầu tư; cuối năm 2025 có ba doanh nghiệp nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư. Chưa chọn nhà đầu tư.',
    en: 'Planned: planning complete and investment sought in Feb 2025; by late 2025 three companies had filed for investment-policy approval. No investor chosen yet.',
  },
  stage_date: '2025-12',
  official_area_ha: 217,
  area_source: SRC.baodautu2025,
  area_variants: [variant(217, SRC.baodautu2025, { vi: 'Cũng là con số trên iphub.vn (~2023)', en: 'Also the iphub.vn figure (~2023)' })],
  old_district: { vi: 'Thị xã Vĩnh Châu (trước 2025)', en: 'Vĩnh Châu town (thị xã, before 2025)' },
  old_communes: { vi: 'Nguồn không nêu xã; có lẽ xã Vĩnh Hải, gần sông Mỹ Thanh (chưa xác nhận)', en: 'Commune not stated; probably Vĩnh Hải, near the Mỹ Thanh river (unconfirmed)' },
  new_communes: { vi: 'Có lẽ xã Vĩnh Hải (giữ nguyên khi sắp xếp năm 2025; chưa xác nhận)', en: 'Probably xã Vĩnh Hải (unchanged in 2025; unconfirmed)' },
  along: { vi: 'QL91B (Nam Sông Hậu) theo iphub; gần cửa sông Mỹ Thanh (suy từ tên gọi)', en: 'QL91B (Nam Sông Hậu) per iphub; near the Mỹ Thanh river mouth (inferred from the name)' },
  geometry_quality: 'indicative',
  geometry_note: {
    vi: `Nguồn chỉ đặt KCN ở Vĩnh Châu. Điểm tham chiếu đặt cạnh QL91B gần sông Mỹ Thanh, dựa vào trạm viễn thông "Ấp Mỹ Thanh, xã Vĩnh Hải" (9,40338; 106,163). ${GUESS_NOTE.vi}`,
    en: `Sources only place the park in Vĩnh Châu. The anchor is beside QL91B near the Mỹ Thanh river, from the telecom site "Ấp Mỹ Thanh, xã Vĩnh Hải" (9.40338, 106.163). ${GUESS_NOTE.en}`,
  },
  anchor: [106.158, 9.405],
  established_year: null,
  developer: {
    vi: 'Chưa chọn (cuối 2025 có ba hồ sơ: CTCP Phát triển KCN Bắc Phương; CTCP Đầu tư Đinh Quốc Ninh Bình; CTCP Cung ứng và Dịch vụ đa ngành Sao Bắc Đẩu)',
    en: 'Not chosen yet (late-2025 applicants: Bắc Phương IP Development JSC; Đinh Quốc Ninh Bình Investment JSC; Sao Bắc Đẩu Multi-sector Supply and Services JSC)',
  },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [
    fact(SRC.iphub, 'Được giới thiệu là KCN 217 ha bên quốc lộ Nam Sông Hậu (cùng dòng còn nhắc QL60 và sông Hậu, có vẻ chép nhầm).', 'Listed as a 217-ha park beside the Nam Sông Hậu national road (the same line also names QL60 and the Hậu river, which looks like a copy error).'),
    fact(SRC.vuongphat, 'Được bố trí ở thị xã Vĩnh Châu trong quy hoạch phát triển công nghiệp của tỉnh.', 'Placed in Vĩnh Châu town (thị xã) in the provincial industrial layout.'),
    fact(SRC.baodautu2025, 'Cuối năm 2025 ba doanh nghiệp đã nộp hồ sơ đề nghị chấp thuận chủ trương đầu tư KCN 217 ha.', 'Late 2025: three companies had filed for investment-policy approval for the 217-ha park.'),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 0.8, rotation_deg: 0, corner: 0.25 },
  footprint_ha: 217,
};

export { daiNgai, songHau, myThanh };
