/** Records of the five established industrial clusters (CCN) named in the Feb 2025 report. */
import type { Bilingual } from '../../src/domain/zone.ts';
import { SRC, fact, variant } from './sources.ts';
import { CLUSTER_PLACEHOLDER_HA, CLUSTER_SIZE_NOTE, GUESS_NOTE, UPDATED, type ZoneRecord } from './record.ts';

const CHAU_THANH: Bilingual = { vi: 'Huyện Châu Thành (trước 2025)', en: 'Châu Thành district (before 2025)' };
const HO_DAC_KIEN_NEW: Bilingual = { vi: 'Xã Hồ Đắc Kiện (gồm Hồ Đắc Kiện và Thiện Mỹ)', en: 'xã Hồ Đắc Kiện (former Hồ Đắc Kiện and Thiện Mỹ)' };
const BOARD_RUN = {
  vi: 'do ban quản lý cụm công nghiệp cấp huyện, thị xã quản lý (Tạp chí Công Thương, khoảng 2023)',
  en: 'run by a district- or town-level cluster board (Tạp chí Công Thương, ~2023)',
};

const xayDaB: ZoneRecord = {
  id: 'ccn-xay-da-b',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp Xây Đá B', en: 'Xay Da B Industrial Cluster' },
  short_name: { vi: 'CCN Xây Đá B', en: 'Xay Da B IC' },
  stage: 'built',
  stage_note: {
    vi: 'Đã xây xong hạ tầng: tháng 2/2025 hạ tầng kỹ thuật hoàn thành; khánh thành ngày 4/4/2025, là CCN đầu tiên của tỉnh có 100% vốn nước ngoài. Chưa thấy tin về doanh nghiệp thứ cấp đi vào hoạt động.',
    en: "Built: infrastructure completed by Feb 2025; inaugurated on 4 Apr 2025 as the province's first fully foreign-invested cluster. No report yet of tenants in operation.",
  },
  stage_date: '2025-04-04',
  official_area_ha: 53.9,
  area_source: SRC.sggp2025,
  area_variants: [variant(53.9, SRC.sggp2025, { vi: 'Cũng là diện tích trong quyết định thành lập năm 2017', en: 'Also the area in the 2017 founding decision' })],
  old_district: CHAU_THANH,
  old_communes: { vi: 'Ấp Xây Đá B, xã Hồ Đắc Kiện', en: 'Xây Đá B hamlet, Hồ Đắc Kiện commune' },
  new_communes: HO_DAC_KIEN_NEW,
  along: null,
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa có tọa độ công bố, và không nguồn nào tìm được có tọa độ của xã Hồ Đắc Kiện. Điểm đặt giữa hai cách hiểu (trên QL1A phía tây bắc thị trấn Châu Thành, hoặc về phía Mỹ Tú); sai số khoảng ±4 km. Cần dữ liệu ranh giới xã để sửa.',
    en: 'No published coordinates, and no source searched gives coordinates for Hồ Đắc Kiện commune. The point sits between two readings (on QL1A north-west of Châu Thành town, or towards Mỹ Tú); about ±4 km. A commune-boundary dataset is needed to fix it.',
  },
  anchor: [105.872, 9.712],
  established_year: 2017,
  developer: { vi: 'Công ty TNHH DinTsun Holding (Đài Loan); một bài ghi DinTsun Việt Nam', en: 'DinTsun Holding Co., Ltd (Taiwan); one article says DinTsun Việt Nam' },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: {
    vi: 'Chế biến thực phẩm, nông sản và thủy hải sản, hàng xuất khẩu, cơ khí, điện tử, may mặc, bao bì carton, dệt – in – thêu – nhuộm, công nghiệp hỗ trợ nông nghiệp',
    en: 'Food, agricultural and seafood processing, export goods, mechanical engineering, electronics, garments, cartons, textiles (printing, embroidery, dyeing), agricultural support industries',
  },
  facts: [
    fact(SRC.baoSocTrang2024, 'Thành lập theo QĐ 1499/QĐ-UBND ngày 26/6/2017 với 53,9 ha; năm 2019 DinTsun Holding (Đài Loan) được chọn làm nhà đầu tư hạ tầng; giữa năm 2024 hạ tầng đạt khoảng 70%.', 'Set up by QĐ 1499/QĐ-UBND of 26 Jun 2017 with 53.9 ha; DinTsun Holding (Taiwan) became the infrastructure investor in 2019; about 70% of the infrastructure was done by mid-2024.'),
    fact(SRC.sggp2025, 'Khánh thành ngày 4/4/2025: 53,9 ha, thời hạn 50 năm, khoảng 900 tỷ đồng, CCN đầu tiên của tỉnh có 100% vốn FDI; dự kiến khoảng 10.000 việc làm khi các nhà máy xây xong.', "Inaugurated 4 Apr 2025: 53.9 ha, 50-year term, about 900 bn VND, the province's first 100% FDI cluster; about 10,000 jobs expected once tenants have built their plants."),
    fact(SRC.giadinh2025, 'Theo lãnh đạo huyện, vốn khoảng 888 tỷ đồng chưa kể nhà xưởng; Sở Công Thương dự kiến khoảng 5.000 việc làm; cụm có thể mở từ 53,9 lên 75 ha nếu có nhu cầu.', 'The district chairman gave about 888 bn VND excluding factory buildings; the Department of Industry and Trade expects about 5,000 jobs; the cluster could grow from 53.9 to 75 ha if demand appears.'),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 0.8, rotation_deg: 0, corner: 0.2 },
  footprint_ha: 53.9,
};

const xayDaBMoi: ZoneRecord = {
  id: 'ccn-xay-da-b-moi',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp Xây Đá B mới', en: 'New Xay Da B Industrial Cluster' },
  short_name: { vi: 'CCN Xây Đá B mới', en: 'New Xay Da B IC' },
  stage: 'land-clearance',
  stage_note: {
    vi: 'Đang giải phóng mặt bằng: ngày 17/5/2024 Phó Thủ tướng cho phép chuyển mục đích 50 ha đất lúa (văn bản 318/TTg-NN); giữa năm 2024 đang thu hồi đất, ảnh hưởng khoảng 77 hộ; báo cáo tháng 2/2025 vẫn ghi đang làm thủ tục giải phóng mặt bằng. Chưa thấy tin mới hơn.',
    en: 'Land clearance: on 17 May 2024 the Deputy PM allowed 50 ha of rice land to be converted (document 318/TTg-NN); land recovery affecting about 77 households was under way in mid-2024, and the Feb 2025 report still lists land clearance. Nothing later found.',
  },
  stage_date: '2025-02',
  official_area_ha: 50,
  area_source: SRC.baoSocTrang2024,
  area_variants: [
    variant(50, SRC.baoSocTrang2024, { vi: 'Theo quyết định thành lập QĐ 1024/QĐ-UBND (2022) (được chọn)', en: 'Per the founding decision QĐ 1024/QĐ-UBND (2022) (chosen)' }),
    variant(49.9, SRC.xeToday2024, { vi: 'Theo quy hoạch chi tiết 1/500 (31/8/2022)', en: 'Per the 1/500 detailed plan (31 Aug 2022)' }),
  ],
  old_district: CHAU_THANH,
  old_communes: { vi: 'Xã Hồ Đắc Kiện', en: 'Hồ Đắc Kiện commune' },
  new_communes: HO_DAC_KIEN_NEW,
  along: null,
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa có tọa độ công bố; giả định nằm cạnh CCN Xây Đá B (cách khoảng 0,7 km) trong xã Hồ Đắc Kiện, mà vị trí của xã cũng chỉ là phỏng đoán; sai số khoảng ±4 km.',
    en: "No published coordinates; assumed to lie next to Xây Đá B (about 0.7 km away) in Hồ Đắc Kiện commune, whose own position is a guess; about ±4 km.",
  },
  anchor: [105.867, 9.716],
  established_year: 2022,
  developer: { vi: 'Công ty CP Quản lý và Xây dựng cầu đường Nam Định', en: 'Nam Định Bridge and Road Management and Construction JSC' },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: {
    vi: 'Chế biến nông – lâm – thủy sản, máy móc phục vụ chế biến, công nghiệp hỗ trợ, điện, điện tử, dệt may, giày dép',
    en: 'Agricultural, forestry and aquatic processing, processing machinery, supporting industries, electrical goods, electronics, textiles, footwear',
  },
  facts: [
    fact(SRC.baoSocTrang2024, 'Thành lập theo QĐ 1024/QĐ-UBND ngày 19/4/2022 với 50 ha; huyện đã duyệt quy hoạch chi tiết 1/500; giữa năm 2024 đang thu hồi đất (khoảng 77 hộ).', 'Set up by QĐ 1024/QĐ-UBND of 19 Apr 2022 with 50 ha; the district approved the 1/500 detailed plan; land recovery (about 77 households) was under way in mid-2024.'),
    fact(SRC.xeToday2024, 'Ngày 17/5/2024 Phó Thủ tướng cho phép chuyển đổi 50 ha đất trồng lúa; quy hoạch 1/500 (31/8/2022) ghi 49,9 ha và khoảng 3.500 lao động.', '17 May 2024: the Deputy PM allowed 50 ha of rice land to be converted; the 1/500 plan (31 Aug 2022) gives 49.9 ha and about 3,500 workers.'),
    fact(SRC.feb2025, 'Tháng 2/2025 là cụm duy nhất còn đang làm thủ tục giải phóng mặt bằng.', 'Feb 2025: the one cluster still going through land clearance.'),
  ],
  updated: UPDATED,
  shape: { kind: 'rect', aspect: 0.8, rotation_deg: 0, corner: 0.2 },
  footprint_ha: 50,
};

const anLacThon1: ZoneRecord = {
  id: 'ccn-an-lac-thon-1',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp An Lạc Thôn 1', en: 'An Lac Thon 1 Industrial Cluster' },
  short_name: { vi: 'CCN An Lạc Thôn 1', en: 'An Lac Thon 1 IC' },
  stage: 'operating',
  stage_note: {
    vi: 'Đang hoạt động: báo cáo tháng 2/2025 ghi cụm đã có dự án đầu tư thứ cấp. Chưa thấy tin mới hơn.',
    en: 'Operating: the Feb 2025 report says the cluster has tenant projects. Nothing later found.',
  },
  stage_date: '2025-02',
  official_area_ha: 42,
  area_source: SRC.vnfdi,
  area_variants: [
    variant(42, SRC.vnfdi, { vi: 'Tổng diện tích (được chọn)', en: 'Total area (chosen)' }),
    variant(32.1, SRC.vnfdi, { vi: 'Chỉ phần đất công nghiệp', en: 'Industrial land only' }),
    variant(31.9, SRC.vnfdi, { vi: 'Diện tích đất đã thu hồi thực tế', en: 'Land actually recovered' }),
  ],
  old_district: { vi: 'Huyện Kế Sách (trước 2025)', en: 'Kế Sách district (before 2025)' },
  old_communes: { vi: 'Thị trấn An Lạc Thôn', en: 'An Lạc Thôn town' },
  new_communes: { vi: 'Xã An Lạc Thôn', en: 'xã An Lạc Thôn' },
  along: { vi: 'Có lẽ gần QL91B và sông Hậu ở An Lạc Thôn (nguồn không nêu)', en: 'Probably near QL91B and the Hậu river at An Lạc Thôn (not stated)' },
  geometry_quality: 'indicative',
  geometry_note: {
    vi: `Chưa có tọa độ công bố; điểm đặt ở cấp thị trấn theo các trạm viễn thông khu vực An Lạc Thôn (9,906; 105,921 và 9,881; 105,908). ${GUESS_NOTE.vi}`,
    en: `No published coordinates; placed at town level from telecom sites of the An Lạc Thôn area (9.906, 105.921 and 9.881, 105.908). ${GUESS_NOTE.en}`,
  },
  anchor: [105.928, 9.9],
  established_year: null,
  developer: {
    vi: `Không có doanh nghiệp hạ tầng: ${BOARD_RUN.vi}. CTCP Đầu tư FICO (khoảng 16,5 ha) và một công ty Vũ Đình (Ninh Bình) (khoảng 15 ha) được giao đất, nhiều khả năng là nhà đầu tư thứ cấp.`,
    en: `No infrastructure company: ${BOARD_RUN.en}. FICO Investment JSC (~16.5 ha) and a Vũ Đình (Ninh Bình) company (~15 ha) were allocated land and are most likely tenants.`,
  },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [
    fact(SRC.vnfdi, 'CTCP Đầu tư FICO đề xuất từ năm 2020; tỉnh ban hành QĐ 3058/QĐ-UBND kêu gọi đầu tư hạ tầng.', 'Proposed by FICO Investment JSC from 2020; the province issued QĐ 3058/QĐ-UBND calling for infrastructure investment.'),
    fact(SRC.vnfdi, 'Tổng 42 ha, trong đó 32,1 ha đất công nghiệp; thực tế đã thu hồi 31,9 ha, ảnh hưởng 158 hộ và một tổ chức; 15 ha giao cho một công ty Vũ Đình (Ninh Bình), 16,48 ha dự kiến cho FICO; bồi thường khoảng 182 tỷ đồng.', '42 ha in total, of which 32.1 ha is industrial land; 31.9 ha actually recovered, affecting 158 households and one organisation; 15 ha went to a Vũ Đình (Ninh Bình) company and 16.48 ha was planned for FICO; compensation about 182 bn VND.'),
    fact(SRC.feb2025, 'Tháng 2/2025 là một trong hai cụm đã có dự án đầu tư thứ cấp.', 'Feb 2025: one of two clusters that already have tenant projects.'),
  ],
  updated: UPDATED,
  shape: { kind: 'octagon', aspect: 1, rotation_deg: 0 },
  footprint_ha: 42,
};

const anLacThon2: ZoneRecord = {
  id: 'ccn-an-lac-thon-2',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp An Lạc Thôn 2', en: 'An Lac Thon 2 Industrial Cluster' },
  short_name: { vi: 'CCN An Lạc Thôn 2', en: 'An Lac Thon 2 IC' },
  stage: 'planned',
  stage_note: {
    vi: 'Chưa có giai đoạn nào được công bố. Cụm đã thành lập (một trong năm cụm, tổng 202,5 ha), nhưng báo cáo tháng 2/2025 không nêu tình trạng, không xếp vào nhóm có dự án thứ cấp và không có tin về hạ tầng; một bài khoảng năm 2023 (Tạp chí Công Thương) cũng ghi chưa có dự án nào. Vì vậy ở đây ghi "quy hoạch" — mức thận trọng nhất mà các dữ kiện cho phép. Đây là lựa chọn của nhóm dữ liệu, không phải thông tin đã công bố.',
    en: 'No stage has been published. The cluster is established (one of five totalling 202.5 ha), but the Feb 2025 report gives no status, does not list it among the clusters with tenants, and no infrastructure work is reported; a ~2023 article (Tạp chí Công Thương) also found no tenant projects. It is therefore shown as "planned", the most conservative stage the facts support. This is our choice, not a published status.',
  },
  stage_date: '2025-02',
  official_area_ha: null,
  area_source: null,
  area_variants: [],
  old_district: { vi: 'Có lẽ huyện Kế Sách (chưa xác nhận)', en: 'Probably Kế Sách district (unconfirmed)' },
  old_communes: { vi: 'Có lẽ thị trấn An Lạc Thôn (chưa xác nhận)', en: 'Presumably An Lạc Thôn town (unconfirmed)' },
  new_communes: { vi: 'Có lẽ xã An Lạc Thôn (chưa xác nhận)', en: 'Presumably xã An Lạc Thôn (unconfirmed)' },
  along: null,
  geometry_quality: 'indicative',
  geometry_note: {
    vi: `Chưa có tọa độ công bố; điểm đặt ở cấp thị trấn, lệch khỏi An Lạc Thôn 1. ${GUESS_NOTE.vi} ${CLUSTER_SIZE_NOTE.vi}`,
    en: `No published coordinates; placed at town level, offset from An Lạc Thôn 1. ${GUESS_NOTE.en} ${CLUSTER_SIZE_NOTE.en}`,
  },
  anchor: [105.935, 9.893],
  established_year: null,
  developer: { vi: `Không có doanh nghiệp hạ tầng: ${BOARD_RUN.vi}`, en: `No infrastructure company: ${BOARD_RUN.en}` },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [fact(SRC.feb2025, 'Tháng 2/2025 được nêu tên trong năm cụm đã thành lập (tổng 202,5 ha).', 'Feb 2025: named among the five established clusters (202.5 ha in total).')],
  updated: UPDATED,
  shape: { kind: 'octagon', aspect: 1, rotation_deg: 0 },
  footprint_ha: CLUSTER_PLACEHOLDER_HA,
};

const ngaNam: ZoneRecord = {
  id: 'ccn-nga-nam',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp Ngã Năm', en: 'Nga Nam Industrial Cluster' },
  short_name: { vi: 'CCN Ngã Năm', en: 'Nga Nam IC' },
  stage: 'operating',
  stage_note: {
    vi: 'Đang hoạt động: báo cáo tháng 2/2025 ghi cụm đã có dự án đầu tư thứ cấp. Không tìm thấy nguồn khác.',
    en: 'Operating: the Feb 2025 report says the cluster has tenant projects. No other source found.',
  },
  stage_date: '2025-02',
  official_area_ha: null,
  area_source: null,
  area_variants: [],
  old_district: { vi: 'Thị xã Ngã Năm (trước 2025)', en: 'Ngã Năm town (thị xã, before 2025)' },
  old_communes: { vi: 'Chưa rõ phường, xã', en: 'Ward or commune not found' },
  new_communes: {
    vi: 'Phường Ngã Năm (gồm phường 1, 2 và xã Vĩnh Quới) hoặc phường Mỹ Quới (gồm phường 3, xã Mỹ Bình và xã Mỹ Quới) — chưa xác nhận',
    en: 'phường Ngã Năm (former wards 1–2 and Vĩnh Quới) or phường Mỹ Quới (former ward 3, Mỹ Bình and Mỹ Quới) — unconfirmed',
  },
  along: null,
  geometry_quality: 'indicative',
  geometry_note: {
    vi: `Chưa có tọa độ công bố; điểm đặt ở cấp thị xã theo các trạm viễn thông ở trung tâm hành chính Ngã Năm (9,5656; 105,605 và 9,5639; 105,598). ${GUESS_NOTE.vi} ${CLUSTER_SIZE_NOTE.vi}`,
    en: `No published coordinates; placed at town level from telecom sites at the Ngã Năm administrative centre (9.5656, 105.605 and 9.5639, 105.598). ${GUESS_NOTE.en} ${CLUSTER_SIZE_NOTE.en}`,
  },
  anchor: [105.6, 9.565],
  established_year: null,
  developer: { vi: `Không có doanh nghiệp hạ tầng: ${BOARD_RUN.vi}`, en: `No infrastructure company: ${BOARD_RUN.en}` },
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [fact(SRC.feb2025, 'Tháng 2/2025 là một trong hai cụm đã có dự án đầu tư thứ cấp.', 'Feb 2025: one of two clusters that already have tenant projects.')],
  updated: UPDATED,
  shape: { kind: 'octagon', aspect: 1, rotation_deg: 0 },
  footprint_ha: CLUSTER_PLACEHOLDER_HA,
};

export { xayDaB, xayDaBMoi, anLacThon1, anLacThon2, ngaNam };
