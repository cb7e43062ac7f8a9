/** Records of the two established zones and the An Nghiệp expansion: An Nghiệp, its expansion, Trần Đề. */
import { SRC, fact, variant } from './sources.ts';
import { UPDATED, type ZoneRecord } from './record.ts';

const anNghiep: ZoneRecord = {
  id: 'an-nghiep',
  kind: 'zone',
  name: { vi: 'Khu công nghiệp An Nghiệp', en: 'An Nghiep Industrial Park' },
  short_name: { vi: 'KCN An Nghiệp', en: 'An Nghiep IP' },
  stage: 'operating',
  stage_note: {
    vi: 'Đang hoạt động: báo cáo của tỉnh tháng 2/2025 ghi KCN hoạt động từ năm 2006 (các bài năm 2023–2024 ghi thành lập và hoạt động từ 2005); cuối năm 2023 khoảng 97% đất cho thuê đã được lấp đầy. Tháng 8/2025 khởi công khu nhà ở khoảng 1.200 căn cho công nhân ngay trong KCN; quy hoạch điều chỉnh của TP Cần Thơ (1/2026) giữ nguyên KCN.',
    en: "Operating: the province's Feb 2025 report dates operation from 2006 (2023–24 articles say established and operating since 2005); about 97% of its leasable land was taken by late 2023. In Aug 2025 work began on about 1,200 worker apartments inside the park, and Cần Thơ's adjusted plan (Jan 2026) keeps the park as it is.",
  },
  stage_date: '2025-08-19',
  official_area_ha: 243,
  area_source: SRC.tienphong2023,
  area_variants: [
    variant(243, SRC.tienphong2023, { vi: 'Số liệu của Ban Quản lý các KCN tỉnh (được chọn)', en: "The provincial zones authority's figure (chosen)" }),
    variant(251, SRC.baoXayDung2024, { vi: 'Nguồn không giải thích chênh lệch so với 243 ha', en: 'The source does not explain the difference from 243 ha' }),
    variant(251.13, SRC.iphub, { vi: 'Trang giới thiệu KCN, không ghi ngày', en: 'Undated listing site' }),
  ],
  old_district: { vi: 'Huyện Châu Thành và TP Sóc Trăng (trước 2025)', en: 'Châu Thành district and Sóc Trăng city (before 2025)' },
  old_communes: { vi: 'Xã An Hiệp, xã Phú Tân (Châu Thành); phường 7 (TP Sóc Trăng)', en: 'An Hiệp and Phú Tân communes (Châu Thành); ward 7 (Sóc Trăng city)' },
  new_communes: {
    vi: 'Xã An Ninh (có An Hiệp cũ), xã Thuận Hòa (có Phú Tân cũ), phường Sóc Trăng (có phường 7 cũ) — suy ra từ danh sách sắp xếp năm 2025',
    en: 'xã An Ninh (incl. former An Hiệp), xã Thuận Hòa (incl. former Phú Tân), phường Sóc Trăng (incl. former ward 7) — inferred from the 2025 merger lists',
  },
  along: {
    vi: 'Hành lang QL1A ở rìa tây bắc TP Sóc Trăng (suy từ các địa chỉ trên QL1 ở phường 7 và trạm viễn thông trong KCN)',
    en: 'QL1A corridor on the north-west edge of Sóc Trăng city (inferred from ward-7 addresses on QL1 and the telecom site inside the park)',
  },
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa tìm thấy ranh giới công bố. Điểm tham chiếu nằm cách trạm viễn thông VNPT mang tên "KCN An Nghiệp, xã An Hiệp" (9,63923; 105,950) vài trăm mét; sai số vị trí khoảng 1 km. Hình là khối gọn nằm hai bên QL1A, trục dài theo hướng con đường (tây bắc – đông nam), theo gợi ý "khối khoảng 2,4 km² giáp ranh TP Sóc Trăng và Châu Thành, cạnh QL1A".',
    en: 'No published boundary found. The anchor is a few hundred metres from the VNPT telecom site named "KCN An Nghiệp, xã An Hiệp" (9.63923, 105.950); position uncertainty about 1 km. Drawn as a compact block straddling QL1A with its long axis along the road (north-west – south-east), after the hint "a ~2.4 km² block on the city / Châu Thành boundary beside QL1A".',
  },
  anchor: [105.9515, 9.6395],
  established_year: 2005,
  developer: null,
  occupancy_pct: 97,
  occupancy_source: SRC.tnck2023,
  sectors: { vi: 'Đa ngành (các nguồn không liệt kê cụ thể)', en: 'Multi-sector (sources do not itemise the sectors)' },
  facts: [
    fact(SRC.tienphong2023, 'KCN đầu tiên của Sóc Trăng, đa ngành; đất cho thuê được cho là đã lấp đầy.', "Sóc Trăng's first industrial park, multi-sector; its leasable land is described as fully taken."),
    fact(SRC.tnck2023, 'Đến cuối năm 2023 có 64 dự án, vốn đăng ký khoảng 8.771 tỷ đồng (7 dự án nước ngoài, khoảng 2.207 tỷ), đã giải ngân khoảng 7.179 tỷ; 97% đất cho thuê đã lấp đầy.', 'By late 2023: 64 projects with about 8,771 bn VND registered (7 foreign projects, about 2,207 bn), about 7,179 bn disbursed, 97% of leasable land taken.'),
    fact(SRC.tnck2023, 'KCN làm ra khoảng 41% giá trị sản xuất công nghiệp của tỉnh; 9 tháng năm 2023 doanh thu khoảng 14.918 tỷ đồng, xuất khẩu khoảng 448 triệu USD, với khoảng 17.800 lao động thường xuyên.', "The park made about 41% of the province's industrial output; in the first nine months of 2023 revenue was about 14,918 bn VND and exports about 448 M USD, with about 17,800 regular workers."),
    fact(SRC.feb2025, 'Báo cáo tháng 2/2025: KCN hoạt động từ năm 2006; Chủ tịch UBND tỉnh yêu cầu quy hoạch phân khu lại KCN sao cho không lãng phí tài sản công.', 'Feb 2025 report: operating since 2006; the provincial chairman asked that the new zoning plan for the park avoid wasting public assets.'),
    fact(SRC.laodong2025, 'Tháng 8/2025 khởi công dự án nhà ở xã hội, nhà ở công nhân khoảng 1.200 căn (CTCP Aranya Việt Nam, khoảng 874 tỷ đồng, hơn 28.000 m²) trên khu đất thiết chế công đoàn của KCN, nay thuộc phường Sóc Trăng, TP Cần Thơ.', "Aug 2025: work began on about 1,200 social and worker apartments (Aranya Vietnam JSC, about 874 bn VND, over 28,000 m²) on the park's trade-union facilities plot, now in phường Sóc Trăng, Cần Thơ."),
    fact(SRC.tienphong2026, 'Quy hoạch điều chỉnh của TP Cần Thơ (1/2026) giữ nguyên quy mô KCN An Nghiệp.', "Cần Thơ's adjusted city plan (Jan 2026) keeps An Nghiệp at its current size."),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 0.7, rotation_deg: 319 },
  footprint_ha: 243,
};

const anNghiepExpansion: ZoneRecord = {
  id: 'an-nghiep-expansion',
  kind: 'zone',
  name: { vi: 'Khu công nghiệp An Nghiệp mở rộng', en: 'An Nghiep Industrial Park Expansion' },
  short_name: { vi: 'KCN An Nghiệp mở rộng', en: 'An Nghiep IP Expansion' },
  stage: 'planned',
  stage_note: {
    vi: 'Quy hoạch: có trong quy hoạch tỉnh 2021–2030; tháng 2/2025 đang lập quy hoạch xây dựng, dự kiến xong chậm nhất năm 2026 để kêu gọi đầu tư giai đoạn 2026–2030. Chưa thấy thông tin mới hơn.',
    en: 'Planned: in the 2021–2030 provincial plan; in Feb 2025 its construction planning was under way, due by 2026 at the latest, with an investment call for 2026–2030. Nothing later found.',
  },
  stage_date: '2025-02',
  official_area_ha: 187,
  area_source: SRC.baoXayDung2024,
  area_variants: [
    variant(169, SRC.tienphong2023, { vi: 'Con số sớm hơn', en: 'Earlier figure' }),
    variant(187, SRC.baoXayDung2024, { vi: 'Con số mới và chi tiết hơn (được chọn); nguồn ghi tổng KCN sau mở rộng là 438 ha (389 ha ở Châu Thành, 49 ha ở TP Sóc Trăng)', en: 'Later, more detailed figure (chosen); the source gives 438 ha for the whole park after expansion (389 ha in Châu Thành, 49 ha in the city)' }),
  ],
  old_district: { vi: 'Huyện Châu Thành (trước 2025)', en: 'Châu Thành district (before 2025)' },
  old_communes: { vi: 'Xã An Hiệp và xã Phú Tân', en: 'An Hiệp and Phú Tân communes' },
  new_communes: { vi: 'Xã An Ninh và xã Thuận Hòa', en: 'xã An Ninh and xã Thuận Hòa' },
  along: { vi: 'Liền kề KCN An Nghiệp hiện hữu (hành lang QL1A), dùng chung hạ tầng', en: 'Adjoins the existing An Nghiệp park (QL1A corridor) and shares its infrastructure' },
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Nguồn chỉ nói phần mở rộng liền kề KCN hiện hữu và nằm ở An Hiệp, Phú Tân; hướng mở rộng chưa rõ. Ở đây vẽ về phía tây bắc, dọc QL1A — đây là phỏng đoán, vị trí có thể lệch vài km.',
    en: 'Sources only say the expansion adjoins the existing park and lies in An Hiệp and Phú Tân; the direction is unknown. It is drawn to the north-west, along QL1A — a guess that may be several km off.',
  },
  anchor: [105.944, 9.648],
  established_year: null,
  developer: null,
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [
    fact(SRC.tienphong2023, 'Quy hoạch bổ sung khoảng 169 ha cho KCN An Nghiệp, có thể dùng chung hạ tầng của KCN hiện hữu.', "The plan adds about 169 ha to An Nghiệp, able to share the existing park's infrastructure."),
    fact(SRC.baoXayDung2024, 'Một nguồn khác ghi phần mở rộng 187 ha ở An Hiệp và Phú Tân, nâng KCN lên 438 ha (389 ha ở Châu Thành, 49 ha ở TP Sóc Trăng).', 'Another account gives a 187-ha expansion in An Hiệp and Phú Tân, taking the park to 438 ha (389 ha in Châu Thành, 49 ha in the city).'),
    fact(SRC.feb2025, 'Tháng 2/2025 nằm trong nhóm KCN đang lập quy hoạch xây dựng, dự kiến xong chậm nhất năm 2026.', 'In Feb 2025 it was among the zones whose construction planning was under way, due by 2026 at the latest.'),
  ],
  updated: UPDATED,
  shape: { kind: 'adjoin', parent: 'an-nghiep', gap_m: 30 },
  footprint_ha: 187,
};

const tranDe: ZoneRecord = {
  id: 'tran-de',
  kind: 'zone',
  name: { vi: 'Khu công nghiệp Trần Đề', en: 'Tran De Industrial Park' },
  short_name: { vi: 'KCN Trần Đề', en: 'Tran De IP' },
  stage: 'built',
  stage_note: {
    vi: 'Đã xây xong hạ tầng: tháng 2/2025 hạ tầng cơ bản hoàn thành, dự kiến khánh thành cuối quý I/2025; ngày 14/3/2025 lãnh đạo tỉnh kiểm tra công tác chuẩn bị khánh thành, chủ đầu tư đã nộp hồ sơ nghiệm thu. Chưa tìm thấy tin về lễ khánh thành hay doanh nghiệp thứ cấp nên chưa xếp vào "đang hoạt động". Cuối năm 2025 TP Cần Thơ đang mời gọi một dự án luyện thép (Shengli Việt Nam) vào KCN.',
    en: 'Built: infrastructure basically complete by Feb 2025, with inauguration expected at the end of Q1/2025; on 14 Mar 2025 provincial leaders inspected the preparations and the developer had filed for acceptance. No report of the inauguration or of any tenant was found, so it is not marked operating. In late 2025 Cần Thơ was courting a steel-making project (Shengli Việt Nam) for the park.',
  },
  stage_date: '2025-03-14',
  official_area_ha: 160,
  area_source: SRC.ktck2020,
  area_variants: [variant(160, SRC.ktck2020, { vi: 'Quyết định chủ trương đầu tư ngày 12/6/2020; các nguồn sau đều ghi 160 ha', en: 'Investment-policy approval of 12 Jun 2020; every later source also gives 160 ha' })],
  old_district: { vi: 'Huyện Trần Đề (trước 2025)', en: 'Trần Đề district (before 2025)' },
  old_communes: { vi: 'Ấp Ngan Rô 1, thị trấn Trần Đề', en: 'Ngan Rô 1 hamlet, Trần Đề town' },
  new_communes: { vi: 'Xã Trần Đề (gồm thị trấn Trần Đề, xã Đại Ân 2 và xã Trung Bình)', en: 'xã Trần Đề (former Trần Đề town, Đại Ân 2 and Trung Bình)' },
  along: {
    vi: 'QL91B (đường Nam Sông Hậu) và bờ sông Hậu (nhánh Trần Đề); một bài ghi cách TP Sóc Trăng khoảng 20 km theo ĐT934B (tuyến này còn nghi vấn)',
    en: 'QL91B (Nam Sông Hậu road) and the bank of the Hậu river (Trần Đề branch); one article puts it about 20 km from Sóc Trăng city via ĐT934B (a doubtful route reference)',
  },
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa tìm thấy ranh giới công bố. Vị trí ước từ các trạm viễn thông, bưu cục ở thị trấn Trần Đề và Đại Ân 2, đặt ở phía tây bắc thị trấn, giữa QL91B và sông; sai số khoảng 2 km. Hình là dải dài giữa đường và sông, song song với bờ sông như đường ranh giới tỉnh thể hiện.',
    en: 'No published boundary found. Position estimated from telecom and post-office sites in Trần Đề town and Đại Ân 2, on the north-west side of the town between QL91B and the river; uncertainty about 2 km. Drawn as a strip between road and river, parallel to the river bank as the province outline draws it.',
  },
  anchor: [106.183, 9.542],
  established_year: 2021,
  developer: { vi: 'Công ty Cổ phần Bê tông Hà Thanh (Hà Thanh Group)', en: 'Ha Thanh Concrete JSC (Hà Thanh Group)' },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: {
    vi: 'Công nghiệp nhẹ, sạch: chế biến thực phẩm (trừ tinh bột sắn, bột ngọt, đường mía), đồ uống, đóng và sửa chữa tàu, điện tử – quang học, xe có động cơ, sửa chữa và lắp đặt máy móc; ưu tiên nguyên liệu tại chỗ và công nghiệp gắn với cảng',
    en: 'Light, clean industry: food processing (except cassava starch, MSG and cane sugar), beverages, ship building and repair, electronics and optics, motor vehicles, machinery repair and installation; local raw materials and port-related industry preferred',
  },
  facts: [
    fact(SRC.ktck2020, 'Ngày 12/6/2020 Phó Thủ tướng chấp thuận chủ trương đầu tư: 160 ha tại ấp Ngan Rô 1, thị trấn Trần Đề; nhà đầu tư CTCP Bê tông Hà Thanh; tổng vốn khoảng 1.230 tỷ đồng (khoảng 246 tỷ vốn chủ sở hữu, 984 tỷ vốn vay); xây dựng trong 3 năm kể từ khi giao đất; thời hạn 49 năm.', 'On 12 Jun 2020 the Deputy PM approved the investment policy: 160 ha in Ngan Rô 1 hamlet, Trần Đề town; investor Ha Thanh Concrete JSC; about 1,230 bn VND in total (about 246 bn equity, 984 bn loans); to be built within 3 years of land handover; 49-year term.'),
    fact(SRC.baoXayDung2024, 'Được mô tả là thành lập năm 2021, nằm dọc QL91B và sông Hậu, cách TP Sóc Trăng khoảng 20 km theo ĐT934B.', 'Described as established in 2021, lying along QL91B and the Hậu river, about 20 km from Sóc Trăng city via ĐT934B.'),
    fact(SRC.haThanh, 'Chủ đầu tư dự kiến tạo khoảng 16.000 việc làm khi đi vào hoạt động và đón nhà đầu tư thứ cấp từ giữa năm 2024.', 'The developer expected about 16,000 jobs once operating and planned to take in tenants from mid-2024.'),
    fact(SRC.feb2025, 'Tháng 2/2025: hạ tầng kỹ thuật cơ bản hoàn thành, dự kiến khánh thành cuối quý I/2025.', 'Feb 2025: infrastructure basically complete; inauguration planned for the end of Q1/2025.'),
    fact(SRC.tranDePortal2025, 'Ngày 14/3/2025 lãnh đạo tỉnh kiểm tra công tác chuẩn bị khánh thành: hạ tầng (hơn 1.230 tỷ đồng) cơ bản xong, đã nộp hồ sơ nghiệm thu; nhà máy xử lý nước thải tập trung đã bàn giao cho chủ đầu tư, chờ vận hành thử.', '14 Mar 2025: provincial leaders inspected the inauguration preparations; the infrastructure (over 1,230 bn VND) was basically finished, the acceptance dossier filed, and the central wastewater plant handed to the developer pending a trial run.'),
    fact(SRC.vneconomy2025, 'Cuối năm 2025 Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ cho biết đang trao đổi với Shengli Việt Nam về một dự án luyện thép tại KCN.', "Late 2025: Cần Thơ's export-processing and industrial zones authority reported talks with Shengli Việt Nam about a steel-making project in the park."),
    fact(SRC.tienphong2026, 'Quy hoạch điều chỉnh của TP Cần Thơ (1/2026) giữ nguyên quy mô KCN Trần Đề.', "Cần Thơ's adjusted plan (Jan 2026) keeps Trần Đề IP at its current size."),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 0.25, rotation_deg: 326 },
  footprint_ha: 160,
};

export { anNghiep, anNghiepExpansion, tranDe };
