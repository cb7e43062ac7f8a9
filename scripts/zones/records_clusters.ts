/** Records of the five established industrial clusters (CCN) named in the Feb 2025 report. */
import type { Bilingual, Sourced } from '../../src/domain/zone.ts';
import { SRC, event, fact, sourced, variant } from './sources.ts';
import { GUESS_NOTE, NO_EDGES, UPDATED, type ZoneRecord } from './record.ts';

const CHAU_THANH: Bilingual = { vi: 'Huyện Châu Thành (trước 2025)', en: 'Châu Thành district (before 2025)' };
const HO_DAC_KIEN_NEW: Bilingual = { vi: 'Xã Hồ Đắc Kiện (gồm Hồ Đắc Kiện và Thiện Mỹ)', en: 'xã Hồ Đắc Kiện (former Hồ Đắc Kiện and Thiện Mỹ)' };
/** Who runs a cluster that has no infrastructure company, per an article without a recorded address. */
const BOARD_RUN: Sourced<Bilingual> = sourced({
  vi: 'Không có doanh nghiệp hạ tầng: do ban quản lý cụm công nghiệp cấp huyện, thị xã quản lý',
  en: 'No infrastructure company: run by a district- or town-level cluster board',
}, SRC.tapChiCongThuong);

/** Hồ Đắc Kiện commune seat (about 105.850 E, 9.717 N), where both Xây Đá B clusters lie. */
const HO_DAC_KIEN_NOTE: Bilingual = {
  vi: 'Cả hai cụm Xây Đá B nằm ở xã Hồ Đắc Kiện; điểm tham chiếu đặt gần trụ sở xã (khoảng 105,850° Đ, 9,717° B). Chưa có tọa độ của chính cụm nên sai số khoảng 3 km (cỡ một xã).',
  en: 'Both Xây Đá B clusters lie in Hồ Đắc Kiện commune; the anchor is near the commune seat (about 105.850 E, 9.717 N). No coordinates of the cluster itself are published, so the uncertainty is about 3 km (the size of a commune).',
};

const xayDaB: ZoneRecord = {
  id: 'ccn-xay-da-b',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp Xây Đá B', en: 'Xây Đá B Industrial Cluster' },
  short_name: { vi: 'CCN Xây Đá B', en: 'Xây Đá B IC' },
  stage: 'built',
  stage_note: {
    vi: 'Đã xây xong hạ tầng: tháng 2/2025 hạ tầng kỹ thuật hoàn thành; ngày 4/4/2025 cụm được khánh thành và chính thức đưa vào hoạt động, là CCN đầu tiên của tỉnh có 100% vốn nước ngoài. Chưa thấy tin về nhà máy nào của doanh nghiệp thứ cấp chạy, nên ở đây vẫn ghi "đã xây dựng hạ tầng".',
    en: "Built: infrastructure completed by Feb 2025; on 4 Apr 2025 the cluster was inaugurated and formally put into operation, the province's first fully foreign-invested cluster. No tenant's plant is reported running yet, so it stays \"built\" here.",
  },
  stage_date: '2025-04-04',
  stage_history: [
    event('2017-06-26', 'planned', SRC.baoSocTrang2024, 'Thành lập theo QĐ 1499/QĐ-UBND với 53,9 ha.', 'Established by QĐ 1499/QĐ-UBND with 53.9 ha.'),
    event('2019', 'planned', SRC.baoSocTrang2024, 'DinTsun Holding (Đài Loan) được chọn làm nhà đầu tư hạ tầng.', 'DinTsun Holding (Taiwan) chosen as infrastructure investor.'),
    event('2025-02', 'built', SRC.feb2025, 'Hạ tầng kỹ thuật hoàn thành.', 'Infrastructure completed.'),
    event('2025-04-04', 'built', SRC.giadinh2025, 'Khánh thành và chính thức đưa vào hoạt động.', 'Inaugurated and formally put into operation.'),
  ],
  official_area_ha: 53.9,
  area_source: SRC.sggp2025,
  area_variants: [variant(53.9, SRC.sggp2025, { vi: 'Cũng là diện tích trong quyết định thành lập năm 2017', en: 'Also the area in the 2017 founding decision' })],
  old_district: CHAU_THANH,
  old_communes: { vi: 'Ấp Xây Đá B, xã Hồ Đắc Kiện', en: 'Xây Đá B hamlet, Hồ Đắc Kiện commune' },
  new_communes: HO_DAC_KIEN_NEW,
  along: null,
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa có ranh giới công bố. Hình là khối bo góc cỡ diện tích chính thức.',
    en: 'No published boundary. Drawn as a rounded block of the official size.',
  },
  position_uncertainty_m: 3000,
  position_note: HO_DAC_KIEN_NOTE,
  described_edges: NO_EDGES,
  anchor: [105.850, 9.717],
  established_year: sourced(2017, SRC.baoSocTrang2024),
  developer: sourced({ vi: 'Công ty TNHH DinTsun Holding (Đài Loan); một bài khác ghi DinTsun Việt Nam', en: 'DinTsun Holding Co., Ltd (Taiwan); another article says DinTsun Việt Nam' }, SRC.baoSocTrang2024),
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
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
  name: { vi: 'Cụm công nghiệp Xây Đá B mới', en: 'New Xây Đá B Industrial Cluster' },
  short_name: { vi: 'CCN Xây Đá B mới', en: 'New Xây Đá B IC' },
  stage: 'land-clearance',
  stage_note: {
    vi: 'Đang giải phóng mặt bằng: ngày 17/5/2024 Phó Thủ tướng cho phép chuyển mục đích 50 ha đất lúa (văn bản 318/TTg-NN); giữa năm 2024 đang thu hồi đất, ảnh hưởng khoảng 77 hộ; báo cáo tháng 2/2025 vẫn ghi đang làm thủ tục giải phóng mặt bằng. Chưa thấy tin mới hơn.',
    en: 'Land clearance: on 17 May 2024 the Deputy PM allowed 50 ha of rice land to be converted (document 318/TTg-NN); land recovery affecting about 77 households was under way in mid-2024, and the Feb 2025 report still lists land clearance. Nothing later found.',
  },
  stage_date: '2025-02',
  stage_history: [
    event('2022-04-19', 'planned', SRC.baoSocTrang2024, 'Thành lập theo QĐ 1024/QĐ-UBND với 50 ha.', 'Established by QĐ 1024/QĐ-UBND with 50 ha.'),
    event('2024-05-17', 'land-clearance', SRC.xeToday2024, 'Phó Thủ tướng cho phép chuyển mục đích 50 ha đất lúa; sau đó bắt đầu thu hồi đất.', 'The Deputy PM allows 50 ha of rice land to be converted; land recovery follows.'),
    event('2025-02', 'land-clearance', SRC.feb2025, 'Vẫn đang làm thủ tục giải phóng mặt bằng.', 'Still going through land clearance.'),
  ],
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
    vi: 'Chưa có ranh giới công bố. Hình là khối bo góc cỡ diện tích chính thức, đặt cạnh CCN Xây Đá B (giả định hai cụm liền nhau).',
    en: 'No published boundary. Drawn as a rounded block of the official size next to Xây Đá B (the two are assumed to be neighbours).',
  },
  position_uncertainty_m: 3000,
  position_note: HO_DAC_KIEN_NOTE,
  described_edges: NO_EDGES,
  anchor: [105.850, 9.717],
  established_year: sourced(2022, SRC.baoSocTrang2024),
  developer: null,
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
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
  name: { vi: 'Cụm công nghiệp An Lạc Thôn 1', en: 'An Lạc Thôn 1 Industrial Cluster' },
  short_name: { vi: 'CCN An Lạc Thôn 1', en: 'An Lạc Thôn 1 IC' },
  stage: 'operating',
  stage_note: {
    vi: '"Đang hoạt động" là cách hiểu của nhóm dữ liệu: báo cáo tháng 2/2025 chỉ nói cụm đã có dự án đầu tư thứ cấp, đồng thời nêu cụm trong số nơi còn vướng mắc; vnfdi cho biết giải phóng mặt bằng mới đạt 88%, còn 29 hộ (khoảng 9 ha) chưa đồng ý. Chưa thấy tin mới hơn.',
    en: '"Operating" is our reading: the Feb 2025 report says only that the cluster has tenant projects, and singles it out for unresolved problems; vnfdi reports land clearance at 88 %, with 29 households (about 9 ha) not agreeing. Nothing later found.',
  },
  stage_date: '2025-02',
  stage_history: [
    event('2020', 'planned', SRC.vnfdi, 'CTCP Đầu tư FICO đề xuất cụm từ năm 2020; tỉnh kêu gọi đầu tư hạ tầng (QĐ 3058/QĐ-UBND).', 'FICO Investment JSC proposes the cluster from 2020; the province calls for infrastructure investment (QĐ 3058/QĐ-UBND).'),
    event('2025-02', 'operating', SRC.feb2025, 'Có dự án đầu tư thứ cấp ("đang hoạt động" là cách hiểu của nhóm dữ liệu).', 'Has tenant projects ("operating" is our reading).'),
  ],
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
  along: null,
  geometry_quality: 'indicative',
  geometry_note: {
    vi: 'Chưa có ranh giới công bố. Hình là khối bát giác cỡ diện tích chính thức. Không dời hình cho vừa đường ranh giới tỉnh Natural Earth, vốn lệch hơn 1,5 km ở An Lạc Thôn.',
    en: 'No published boundary. Drawn as an octagon of the official size. It is not moved to fit the Natural Earth province outline, which is more than 1.5 km off around An Lạc Thôn.',
  },
  position_uncertainty_m: 2000,
  position_note: {
    vi: `Chưa có tọa độ công bố; điểm đặt ở cấp thị trấn theo các trạm viễn thông khu vực An Lạc Thôn (9,906; 105,921 và 9,881; 105,908; danh sách trạm năm 2020). ${GUESS_NOTE.vi} Sai số khoảng 2 km.`,
    en: `No published coordinates; placed at town level from telecom sites of the An Lạc Thôn area (9.906, 105.921 and 9.881, 105.908; 2020 site list). ${GUESS_NOTE.en} Uncertainty about 2 km.`,
  },
  described_edges: NO_EDGES,
  anchor: [105.928, 9.9],
  established_year: null,
  developer: sourced({
    vi: 'Hai cách đọc: theo vnfdi, CTCP Đầu tư FICO đề xuất lập cụm và tỉnh mời một nhà đầu tư xây dựng, kinh doanh hạ tầng; theo Tạp chí Công Thương (khoảng 2023, không có địa chỉ bài), cụm do ban quản lý cấp huyện quản lý, còn FICO và một công ty Vũ Đình (Ninh Bình) được giao đất là nhà đầu tư thứ cấp.',
    en: 'Two readings: per vnfdi, FICO Investment JSC proposed the cluster and the province invited an investor to build and run its infrastructure; per Tạp chí Công Thương (about 2023, no address recorded), a district board runs the cluster, and FICO and a Vũ Đình (Ninh Bình) company, which were allocated land, are tenants.',
  }, SRC.vnfdi),
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [
    fact(SRC.vnfdi, 'CTCP Đầu tư FICO đề xuất từ năm 2020; tỉnh ban hành QĐ 3058/QĐ-UBND kêu gọi đầu tư hạ tầng.', 'Proposed by FICO Investment JSC from 2020; the province issued QĐ 3058/QĐ-UBND calling for infrastructure investment.'),
    fact(SRC.vnfdi, 'Tổng 42 ha, trong đó 32,1 ha đất công nghiệp; thực tế đã thu hồi 31,9 ha, ảnh hưởng 158 hộ và một tổ chức; 15 ha giao cho một công ty Vũ Đình (Ninh Bình), 16,48 ha dự kiến cho FICO; bồi thường khoảng 182 tỷ đồng.', '42 ha in total, of which 32.1 ha is industrial land; 31.9 ha actually recovered, affecting 158 households and one organisation; 15 ha went to a Vũ Đình (Ninh Bình) company and 16.48 ha was planned for FICO; compensation about 182 bn VND.'),
    fact(SRC.vnfdi, 'Giải phóng mặt bằng đạt 88%; 29 hộ (khoảng 9 ha) chưa đồng ý.', 'Land clearance stood at 88 %; 29 households (about 9 ha) had not agreed.'),
    fact(SRC.feb2025, 'Tháng 2/2025 là một trong hai cụm đã có dự án đầu tư thứ cấp, và được nêu trong số nơi còn vướng mắc.', 'Feb 2025: one of two clusters that already have tenant projects, and singled out for unresolved problems.'),
  ],
  updated: UPDATED,
  shape: { kind: 'octagon', aspect: 1, rotation_deg: 0 },
  footprint_ha: 42,
};

const anLacThon2: ZoneRecord = {
  id: 'ccn-an-lac-thon-2',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp An Lạc Thôn 2', en: 'An Lạc Thôn 2 Industrial Cluster' },
  short_name: { vi: 'CCN An Lạc Thôn 2', en: 'An Lạc Thôn 2 IC' },
  stage: 'planned',
  stage_note: {
    vi: 'Chưa có giai đoạn nào được công bố. Cụm đã thành lập (một trong năm cụm, tổng 202,5 ha), nhưng báo cáo tháng 2/2025 không nêu tình trạng, không xếp vào nhóm có dự án thứ cấp và không có tin về hạ tầng; một bài khoảng năm 2023 (Tạp chí Công Thương, không có địa chỉ bài) cũng ghi chưa có dự án nào. Vì vậy ở đây ghi "quy hoạch" — mức thận trọng nhất mà các dữ kiện cho phép. Đây là lựa chọn của nhóm dữ liệu, không phải thông tin đã công bố.',
    en: 'No stage has been published. The cluster is established (one of five totalling 202.5 ha), but the Feb 2025 report gives no status, does not list it among the clusters with tenants, and no infrastructure work is reported; a ~2023 article (Tạp chí Công Thương, no address recorded) also found no tenant projects. It is therefore shown as "planned", the most conservative stage the facts support. This is our choice, not a published status.',
  },
  stage_date: '2025-02',
  stage_history: [
    event('2025-02', 'planned', SRC.feb2025, 'Được nêu trong năm cụm đã thành lập; không có tình trạng nào được công bố ("quy hoạch" là lựa chọn thận trọng của nhóm dữ liệu).', 'Named among the five established clusters; no status published ("planned" is our conservative choice).'),
  ],
  official_area_ha: null,
  area_source: null,
  area_variants: [],
  old_district: { vi: 'Có lẽ huyện Kế Sách (chưa xác nhận)', en: 'Probably Kế Sách district (unconfirmed)' },
  old_communes: { vi: 'Có lẽ thị trấn An Lạc Thôn (chưa xác nhận)', en: 'Presumably An Lạc Thôn town (unconfirmed)' },
  new_communes: { vi: 'Có lẽ xã An Lạc Thôn (chưa xác nhận)', en: 'Presumably xã An Lạc Thôn (unconfirmed)' },
  along: null,
  geometry_quality: 'location-only',
  geometry_note: {
    vi: 'Chưa công bố diện tích riêng; theo phép trừ, cụm này và CCN Ngã Năm cộng lại khoảng 56,6 ha.',
    en: 'Its own area is not published; by subtraction it and Ngã Năm cluster together cover about 56.6 ha.',
  },
  position_uncertainty_m: 3000,
  position_note: {
    vi: `Chưa có tọa độ công bố; tâm vòng tròn là thị trấn An Lạc Thôn cũ, bán kính 3 km. ${GUESS_NOTE.vi}`,
    en: `No published coordinates; the circle is centred on former An Lạc Thôn town, radius 3 km. ${GUESS_NOTE.en}`,
  },
  described_edges: NO_EDGES,
  anchor: [105.928, 9.897],
  established_year: null,
  developer: BOARD_RUN,
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [fact(SRC.feb2025, 'Tháng 2/2025 được nêu tên trong năm cụm đã thành lập (tổng 202,5 ha).', 'Feb 2025: named among the five established clusters (202.5 ha in total).')],
  updated: UPDATED,
  shape: { kind: 'disc' },
  footprint_ha: null,
};

const ngaNam: ZoneRecord = {
  id: 'ccn-nga-nam',
  kind: 'cluster',
  name: { vi: 'Cụm công nghiệp Ngã Năm', en: 'Ngã Năm Industrial Cluster' },
  short_name: { vi: 'CCN Ngã Năm', en: 'Ngã Năm IC' },
  stage: 'operating',
  stage_note: {
    vi: '"Đang hoạt động" là cách hiểu của nhóm dữ liệu: báo cáo tháng 2/2025 chỉ nói cụm đã có dự án đầu tư thứ cấp, đồng thời nêu cụm trong số nơi còn vướng mắc. Không tìm thấy nguồn khác.',
    en: '"Operating" is our reading: the Feb 2025 report says only that the cluster has tenant projects, and singles it out for unresolved problems. No other source found.',
  },
  stage_date: '2025-02',
  stage_history: [
    event('2025-02', 'operating', SRC.feb2025, 'Có dự án đầu tư thứ cấp ("đang hoạt động" là cách hiểu của nhóm dữ liệu).', 'Has tenant projects ("operating" is our reading).'),
  ],
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
  geometry_quality: 'location-only',
  geometry_note: {
    vi: 'Chưa công bố diện tích riêng; theo phép trừ, cụm này và CCN An Lạc Thôn 2 cộng lại khoảng 56,6 ha.',
    en: 'Its own area is not published; by subtraction it and An Lạc Thôn 2 cluster together cover about 56.6 ha.',
  },
  position_uncertainty_m: 3000,
  position_note: {
    vi: `Chưa có tọa độ công bố và chưa rõ phường; tâm vòng tròn là trung tâm hành chính Ngã Năm (các trạm viễn thông 9,5656; 105,605 và 9,5639; 105,598; danh sách trạm năm 2020), bán kính 3 km. ${GUESS_NOTE.vi}`,
    en: `No published coordinates and the ward is unknown; the circle is centred on the Ngã Năm administrative centre (telecom sites 9.5656, 105.605 and 9.5639, 105.598; 2020 site list), radius 3 km. ${GUESS_NOTE.en}`,
  },
  described_edges: NO_EDGES,
  anchor: [105.602, 9.565],
  established_year: null,
  developer: BOARD_RUN,
  occupancy_pct: null,
  occupancy_source: null,
  sectors: null,
  facts: [fact(SRC.feb2025, 'Tháng 2/2025 là một trong hai cụm đã có dự án đầu tư thứ cấp, và được nêu trong số nơi còn vướng mắc.', 'Feb 2025: one of two clusters that already have tenant projects, and singled out for unresolved problems.')],
  updated: UPDATED,
  shape: { kind: 'disc' },
  footprint_ha: null,
};

export { xayDaB, xayDaBMoi, anLacThon1, anLacThon2, ngaNam };
