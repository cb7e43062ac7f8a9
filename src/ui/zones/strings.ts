/**
 * Strings of the zones feature — legend, list, search, details panel, summary and area table — and the
 * labels of stages, kinds and geometry qualities, in Vietnamese and English.
 */
import type { GeometryQuality, HistoryStage, Kind, Lang, Stage } from '../../domain/zone.ts';
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  legendTitle: 'Giai đoạn',
  legendKinds: 'Loại',
  legendHint: 'Bấm để ẩn/hiện trên bản đồ và danh sách',
  legendOff: 'ẩn',
  legendSrUnit: 'mục',
  listNoArea: 'chưa công bố diện tích',
  legendOfficial: 'chính thức',
  legendPatternNote: 'Giai đoạn: màu và hoa văn. Độ tin cậy của hình: kiểu viền.',
  legendQualityTitle: 'Độ tin cậy của hình',
  legendMeasured: 'đo từ ranh giới',
  legendAreaKey: 'Diện tích: tổng số liệu chính thức đã công bố (trừ khu kinh tế). Hình vẽ theo diện tích chính thức không được đem ra đo lại.',
  legendQualityNote: 'Chưa có ranh giới đo đạc nào được công bố.',
  legendCollapse: 'Thu gọn chú giải',
  legendExpand: 'Mở chú giải',
  listTitle: 'Danh sách',
  searchPlaceholder: 'Tên, xã, huyện… (vd: tran de)',
  searchLabel: 'Tìm khu, cụm công nghiệp',
  searchClear: 'Xoá tìm kiếm',
  listEmpty: 'Không có kết quả. Thử từ khác hoặc bật lại các giai đoạn đã ẩn.',
  listCount: '{n} / {total} mục',
  panelUndated: 'không ghi ngày',
  panelSource: 'Nguồn',
  summaryTitle: 'Quy hoạch so với bản đồ',
  summaryPlanned: 'Quy hoạch, đến 2050',
  summaryReshuffle: 'Điều chỉnh năm 2018',
  summaryMapped: 'Trên bản đồ',
  summaryZones: 'Khu công nghiệp',
  summaryClusters: 'Cụm công nghiệp',
  summaryUnnamed: '{n} cụm công nghiệp trong quy hoạch chưa được công bố tên, diện tích và vị trí nên không có trên bản đồ.',
  summaryEz: 'Khu kinh tế',
  summaryLine: 'Quy hoạch 2021–2030, tầm nhìn 2050: đến 2030 thêm {new2030} KCN mới và mở rộng {exp2030} KCN; đến 2050 có {zones} KCN ({zonesHa}) và {clusters} CCN ({clustersHa}). Trên bản đồ: {mappedZones} mục KCN, {mappedClusters} CCN.',
  summaryMore: 'Chi tiết, nguồn và chênh lệch số liệu',
  summaryExpansion: 'Trên bản đồ, phần mở rộng KCN An Nghiệp là một mục riêng; quy hoạch tính nó chung với KCN An Nghiệp.',
  summaryDiscrepancy: 'Tổng diện tích KCN giữa các nguồn không khớp',
  summaryNoArea: '{n} chưa công bố diện tích',
  tableOpen: 'Bảng diện tích',
  tableOpenShort: 'Diện tích',
  tableBack: 'Về bản đồ',
  tableLoadFailed: 'Không tải được bảng diện tích ({reason}). Hãy kiểm tra kết nối rồi thử lại.',
  timelineTitle: 'Dòng thời gian',
  timelineOpen: 'Xem bản đồ theo năm',
} as const satisfies Record<string, Message>;

export type ZonesMessageKey = keyof typeof vi;

const en: Record<ZonesMessageKey, Message> = {
  legendTitle: 'Stage',
  legendKinds: 'Kind',
  legendHint: 'Click to hide/show on the map and in the list',
  legendOff: 'hidden',
  legendSrUnit: { one: 'feature', other: 'features' },
  listNoArea: 'area not published',
  legendOfficial: 'official',
  legendPatternNote: 'Stage: colour and pattern. How sure the shape is: the outline.',
  legendQualityTitle: 'How sure the shape is',
  legendMeasured: 'measured from boundaries',
  legendAreaKey: 'Area: sum of published official figures (economic zone aside). Shapes drawn to their official size are not measured again.',
  legendQualityNote: 'No surveyed boundary has been published.',
  legendCollapse: 'Collapse legend',
  legendExpand: 'Expand legend',
  listTitle: 'List',
  searchPlaceholder: 'Name, commune… (e.g. tran de)',
  searchLabel: 'Search zones and clusters',
  searchClear: 'Clear search',
  listEmpty: 'No results. Try another word or show hidden stages again.',
  listCount: '{n} of {total}',
  panelUndated: 'undated',
  panelSource: 'Source',
  summaryTitle: 'The plan against the map',
  summaryPlanned: 'Plan, to 2050',
  summaryReshuffle: 'The 2018 revision',
  summaryMapped: 'On the map',
  summaryZones: 'Industrial zones',
  summaryClusters: 'Industrial clusters',
  summaryUnnamed: '{n} planned clusters have no published name, area or location, so they are not on the map.',
  summaryEz: 'Economic zone',
  summaryLine: '2021–2030 plan, vision to 2050: by 2030, {new2030} new parks and {exp2030} expansion; by 2050, {zones} parks ({zonesHa}) and {clusters} clusters ({clustersHa}). On the map: {mappedZones} zone entries, {mappedClusters} clusters.',
  summaryMore: 'Details, sources and disagreeing figures',
  summaryExpansion: 'On the map the An Nghiệp expansion is its own entry; the plan counts it with An Nghiệp.',
  summaryDiscrepancy: 'Sources disagree on the zones’ total area',
  summaryNoArea: { one: '{n} without a published area', other: '{n} without a published area' },
  tableOpen: 'Area table',
  tableOpenShort: 'Areas',
  tableBack: 'Back to the map',
  tableLoadFailed: 'Could not load the area table ({reason}). Check the connection and try again.',
  timelineTitle: 'Timeline',
  timelineOpen: 'See the map by year',
};

/** A string of the zones feature, with `{name}` placeholders filled from `vars`. */
export const tZones = defineMessages({ vi, en });

export const STAGE_LABEL: Record<Lang, Record<Stage, string>> = {
  vi: { operating: 'Đang hoạt động', built: 'Đã xây dựng hạ tầng', planned: 'Quy hoạch', 'land-clearance': 'Đang giải phóng mặt bằng' },
  en: { operating: 'Operating', built: 'Infrastructure built', planned: 'Planned', 'land-clearance': 'Land clearance' },
};

/** Stage names for history entries, which may also record that a feature was dropped from the plan. */
export const HISTORY_STAGE_LABEL: Record<Lang, Record<HistoryStage, string>> = {
  vi: { ...STAGE_LABEL.vi, dropped: 'Bị đưa ra khỏi quy hoạch' },
  en: { ...STAGE_LABEL.en, dropped: 'Dropped from the plan' },
};

export const KIND_LABEL: Record<Lang, Record<Kind, string>> = {
  vi: { zone: 'Khu công nghiệp (KCN)', cluster: 'Cụm công nghiệp (CCN)', 'economic-zone': 'Khu kinh tế ven biển' },
  en: { zone: 'Industrial zone (IZ)', cluster: 'Industrial cluster (IC)', 'economic-zone': 'Coastal economic zone' },
};

/** Short kind names for chips and badges. */
export const KIND_SHORT: Record<Lang, Record<Kind, string>> = {
  vi: { zone: 'KCN', cluster: 'CCN', 'economic-zone': 'Khu kinh tế' },
  en: { zone: 'Zones', cluster: 'Clusters', 'economic-zone': 'Economic zone' },
};

export const QUALITY_LABEL: Record<Lang, Record<GeometryQuality, string>> = {
  vi: { surveyed: 'Đo đạc', described: 'Theo mô tả', indicative: 'Ước tính', 'location-only': 'Chỉ biết vị trí' },
  en: { surveyed: 'Surveyed', described: 'From description', indicative: 'Indicative', 'location-only': 'Location only' },
};

/** One legend row per geometry quality: what the line looks like and what it means. */
export const QUALITY_LEGEND: Record<Lang, Record<GeometryQuality, string>> = {
  vi: {
    surveyed: 'Đo đạc — viền liền, đậm',
    described: 'Theo mô tả ranh giới — viền liền, mảnh',
    indicative: 'Ước tính — viền đứt, nền nhạt',
    'location-only': 'Chỉ biết vị trí — vòng chấm, không tô',
  },
  en: {
    surveyed: 'Surveyed — thick solid line',
    described: 'From a boundary description — thin solid line',
    indicative: 'Indicative — dashed line, lighter fill',
    'location-only': 'Location only — dotted circle, no fill',
  },
};
