/**
 * Strings of the selected imported feature's card: its areas and their checks, the overlap with the zones and
 * the comparison with an official area, its properties. Vietnamese first; loaded with the import panel.
 */
import { defineMessages, type Message } from '../app/messages.ts';

const vi = {
  areaVn2000Long: 'VN-2000 / TM-3, kinh tuyến trục 105°30′',
  selectedTitle: 'Đối tượng đã chọn',
  unselect: 'Bỏ chọn',
  zoomTo: 'Xem trên bản đồ',
  overlapTitle: 'Chồng lấn với khu, cụm công nghiệp',
  overlapLoading: 'Đang tính phần chồng lấn…',
  overlapNone: 'Không chồng lấn khu, cụm công nghiệp nào trên bản đồ.',
  overlapFailed: 'Không tính được phần chồng lấn ({reason}).',
  colZone: 'Khu, cụm',
  colOverlap: 'Chồng lấn',
  colPctFeature: '% đối tượng',
  colPctZone: '% của khu',
  overlapNote: 'Diện tích theo VN-2000 / TM-3. Ranh giới các khu trên bản đồ là ước tính, nên phần chồng lấn chỉ để tham khảo.',
  compareTitle: 'So với diện tích chính thức',
  compareLine: '{name} (chồng lấn nhiều nhất): chính thức {official}, đối tượng của bạn {imported}, chênh lệch {diff} ({pct}).',
  compareNoOfficial: '{name} (chồng lấn nhiều nhất) chưa công bố diện tích chính thức.',
  propsTitle: 'Thuộc tính trong tệp ({n})',
  propsMore: '… và {n} thuộc tính khác',
  areaEllipsoidalLong: 'Elipxoit WGS84',
  sourceId: 'Mã trong tệp',
  editBoundary: 'Sửa / đo',
  vn2000NotApplicable: 'VN-2000 / TM-3 (kinh tuyến trục 105°30′) không áp dụng ở đây: đối tượng nằm ngoài múi chiếu 3° (xa hơn 1,5° kinh độ), nên diện tích trên elipxoit được nêu trước.',
  notApplicable: 'không áp dụng',
  areasDisagree: 'Các cách tính lệch nhau {pct}%: hình có vấn đề (vòng vắt qua kinh tuyến 180°, bao quanh cả địa cầu hay lộn trong ra ngoài?), nên không con số nào đáng tin.',
  farFromProvince: 'Cách tỉnh Sóc Trăng cũ khoảng {km} km.',
  declaredTitle: 'Diện tích khai báo trong tệp',
  declaredLine: '{declared} (“{key}”: {raw}); đo được {measured}, chênh {diff} ({pct}).',
  declaredUnitGuessed: 'Tệp không ghi rõ đơn vị hoặc con số có thể đọc hai cách; đã chọn cách đọc ({unit}) gần diện tích đo được hơn.',
  overlapSimplified: 'Phần chồng lấn được tính trên đường ranh đã giản lược: {to} trên {from} điểm, lệch không quá {m} m. Diện tích của đối tượng vẫn tính trên đủ mọi điểm.',
} as const;

export type DetailMessageKey = keyof typeof vi;

const en: Record<DetailMessageKey, Message> = {
  areaVn2000Long: 'VN-2000 / TM-3, central meridian 105°30′',
  selectedTitle: 'Selected feature',
  unselect: 'Deselect',
  zoomTo: 'Show on map',
  overlapTitle: 'Overlap with zones and clusters',
  overlapLoading: 'Computing the overlap…',
  overlapNone: 'It overlaps no zone or cluster on the map.',
  overlapFailed: 'Could not compute the overlap ({reason}).',
  colZone: 'Zone or cluster',
  colOverlap: 'Overlap',
  colPctFeature: '% of feature',
  colPctZone: '% of zone',
  overlapNote: 'Areas in VN-2000 / TM-3. The zone boundaries on the map are estimates, so the overlap is indicative only.',
  compareTitle: 'Against the official area',
  compareLine: '{name} (largest overlap): official {official}, your feature {imported}, difference {diff} ({pct}).',
  compareNoOfficial: '{name} (largest overlap) has no published official area.',
  propsTitle: 'Properties in the file ({n})',
  propsMore: '… and {n} more',
  areaEllipsoidalLong: 'WGS84 ellipsoid',
  sourceId: 'Id in the file',
  editBoundary: 'Edit / measure',
  vn2000NotApplicable: 'VN-2000 / TM-3 (central meridian 105°30′) does not apply here: the feature lies outside the 3° zone (more than 1.5° of longitude away), so the ellipsoidal area leads.',
  notApplicable: 'does not apply',
  areasDisagree: 'The methods disagree by {pct}%: something is wrong with the shape (a ring across the 180° meridian, round the whole globe, or inside out?), so no figure can be trusted.',
  farFromProvince: 'About {km} km from the former Sóc Trăng province.',
  declaredTitle: 'Area declared in the file',
  declaredLine: '{declared} (“{key}”: {raw}); measured {measured}, a difference of {diff} ({pct}).',
  declaredUnitGuessed: 'The file does not name the unit, or the number reads two ways; the reading nearer the measured area ({unit}) was taken.',
  overlapSimplified: 'The overlap was computed on a simplified outline: {to} of {from} points, within {m} m of the original. The feature’s own areas use every point.',
};

/** A feature-card string in the UI language, with `{name}` placeholders filled. */
export const tDetail = defineMessages({ vi, en });
