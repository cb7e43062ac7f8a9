/**
 * The app's own strings — title, language switch, notices, map tools and base-map menu — in Vietnamese
 * and English. Each feature keeps its own table next to its components (`zones/strings.ts`,
 * `share/strings*.ts`, `import/strings*.ts`), all made with `defineMessages` (`messages.ts`).
 */
import type { NoticeKey } from '../../state/app_state.ts';
import { defineMessages, type Message } from './messages.ts';

const vi = {
  appTitle: 'Bản đồ khu, cụm công nghiệp Sóc Trăng',
  appSubtitle: 'Tỉnh Sóc Trăng cũ — nay thuộc thành phố Cần Thơ (từ 01/7/2025)',
  langToggle: 'English',
  langToggleLabel: 'Switch to English',
  noticeAreaFailed: 'Không tính được diện tích ({reason}).',
  updateReady: 'Đã có phiên bản mới của bản đồ.',
  updateReload: 'Tải lại để dùng',
  noticeDetailsFailed: 'Không tải được phần mô tả chi tiết của các khu, cụm ({reason}); bản đồ, danh sách và số liệu chính vẫn dùng được.',
  noticePlanFailed: 'Không đọc được số liệu quy hoạch (plan.json); phần tóm tắt bị ẩn. ({reason})',
  noticeDismiss: 'Đóng thông báo',
  noticeDataProblem: 'Dữ liệu có {n} lỗi; các mục lỗi đã bị bỏ qua.',
  noticeLoadFailed: 'Không tải được dữ liệu khu công nghiệp ({reason}).',
  noticeMapProblem: 'Bản đồ gặp sự cố: {msg}',
  noticeMapProblemUnknown: 'Bản đồ gặp sự cố không rõ nguyên nhân.',
  mapAttribution: 'Khu, cụm công nghiệp: tổng hợp từ các nguồn công khai được trích dẫn (CC BY 4.0)',
  noticeNoWebgl: 'Trình duyệt không hiển thị được bản đồ (cần WebGL). Danh sách và thông tin vẫn dùng được.',
  fitProvince: 'Xem toàn tỉnh',
  embedList: 'Danh sách',
  layerTitle: 'Nền bản đồ',
  layerEmbedded: 'Bản đồ nền nhúng sẵn (ngoại tuyến)',
  layerOnlineNote: 'Lớp trực tuyến cần Internet và tải ảnh từ máy chủ bên ngoài.',
  noticeOnlineFailed: 'Không tải được lớp nền trực tuyến ({layer}); đã quay về bản đồ nền nhúng sẵn.',
  skipToList: 'Chuyển đến danh sách',
  mapLabel: 'Bản đồ khu, cụm công nghiệp',
  noticeCompareDropped: 'Đã bỏ {count} mục khỏi bảng so sánh của liên kết (không có trong dữ liệu, hoặc quá 4 mục){ids}.',
  noticeCompareFull: 'Bảng so sánh đã đủ {max} khu, cụm. Bỏ bớt một mục để thêm mục khác.',
} as const satisfies Record<NoticeKey, Message> & Record<string, Message>;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, Message> = {
  appTitle: 'Sóc Trăng industrial zones & clusters',
  appSubtitle: 'Former Sóc Trăng province — part of Cần Thơ city since 1 July 2025',
  langToggle: 'Tiếng Việt',
  langToggleLabel: 'Chuyển sang tiếng Việt',
  noticeAreaFailed: 'Could not compute areas ({reason}).',
  updateReady: 'A new version of the map is ready.',
  updateReload: 'Reload to use it',
  noticeDetailsFailed: 'Could not load the features’ detailed descriptions ({reason}); the map, the list and the main figures still work.',
  noticePlanFailed: 'Could not read the plan figures (plan.json); the summary is hidden. ({reason})',
  noticeDismiss: 'Dismiss notice',
  noticeDataProblem: { one: 'The data has {n} problem; the affected entry was skipped.', other: 'The data has {n} problems; the affected entries were skipped.' },
  noticeLoadFailed: 'Could not load the zone data ({reason}).',
  noticeMapProblem: 'Map problem: {msg}',
  noticeMapProblemUnknown: 'The map ran into a problem of unknown cause.',
  mapAttribution: 'Zones & clusters: own compilation from cited public sources (CC BY 4.0)',
  noticeNoWebgl: 'This browser cannot draw the map (WebGL needed). The list and details still work.',
  fitProvince: 'Whole province',
  embedList: 'List',
  layerTitle: 'Base map',
  layerEmbedded: 'Embedded basemap (offline)',
  layerOnlineNote: 'Online layers need the internet and load images from outside servers.',
  noticeOnlineFailed: 'The online base layer ({layer}) could not load; back on the embedded basemap.',
  skipToList: 'Skip to the list',
  mapLabel: 'Map of industrial zones and clusters',
  noticeCompareDropped: { one: 'Left {count} entry out of the link’s comparison (not in the data, or more than 4){ids}.', other: 'Left {count} entries out of the link’s comparison (not in the data, or more than 4){ids}.' },
  noticeCompareFull: 'The comparison already holds {max} sites. Remove one to add another.',
};

/** An app string, with `{name}` placeholders filled from `vars`. */
export const t = defineMessages({ vi, en });
