/** The record type the zone data is written in: every property plus how to draw the polygon. */
import type { ZoneProperties } from '../../src/domain/zone.ts';
import type { ShapeSpec } from './shapes.ts';

/**
 * One zone, cluster or economic zone as written by hand. `geometry_note` holds what the shape is
 * based on (hint, position uncertainty, size rule); `make_zones.ts` appends how it was drawn.
 */
export interface ZoneRecord extends ZoneProperties {
  /** How the polygon is drawn. */
  shape: ShapeSpec;
  /** Area the polygon is sized to, ha: the official area, or a stated placeholder where none exists. */
  footprint_ha: number;
}

/** Date every record was last checked against the research notes. */
export const UPDATED = '2026-11-28';

/**
 * Placeholder footprint for the five new zones without a published area: an equal fifth of the
 * ~3,141 ha the 2021–2030 plan added without itemising (3,328 ha for six new zones − 187 ha expansion).
 */
export const NEW_ZONE_PLACEHOLDER_HA = Math.round(((3328 - 187) / 5) * 10) / 10;

/**
 * Placeholder footprint for Ngã Năm and An Lạc Thôn 2: half of the ~56.6 ha left of the five
 * established clusters' 202.5 ha after Xây Đá B (53.9), Xây Đá B mới (50) and An Lạc Thôn 1 (42).
 */
export const CLUSTER_PLACEHOLDER_HA = Math.round(((202.5 - 53.9 - 50 - 42) / 2) * 10) / 10;

/** Geometry-note sentence for the five new zones' placeholder size. */
export const NEW_ZONE_SIZE_NOTE = {
  vi: `Chưa có diện tích công bố. Hình vẽ dùng diện tích tạm ${String(NEW_ZONE_PLACEHOLDER_HA).replace('.', ',')} ha: chia đều cho năm khu phần khoảng 3.141 ha mà quy hoạch 2021–2030 bổ sung nhưng không nêu riêng từng khu (3.328 ha của sáu khu mới trừ 187 ha mở rộng KCN An Nghiệp). Đây không phải số liệu chính thức.`,
  en: `No area has been published. The shape uses a placeholder of ${NEW_ZONE_PLACEHOLDER_HA} ha: an equal fifth of the ~3,141 ha that the 2021–2030 plan added for new zones without itemising them (3,328 ha for six new zones minus the 187-ha An Nghiệp expansion). It is not an official figure.`,
};

/** Geometry-note sentence for the two clusters' placeholder size. */
export const CLUSTER_SIZE_NOTE = {
  vi: `Chưa có diện tích công bố. Hình vẽ dùng diện tích tạm ${String(CLUSTER_PLACEHOLDER_HA).replace('.', ',')} ha: một nửa của khoảng 56,6 ha còn lại trong tổng 202,5 ha của năm cụm đã thành lập sau khi trừ Xây Đá B (53,9 ha), Xây Đá B mới (50 ha) và An Lạc Thôn 1 (42 ha). Đây không phải số liệu chính thức.`,
  en: `No area has been published. The shape uses a placeholder of ${CLUSTER_PLACEHOLDER_HA} ha: half of the ~56.6 ha left of the five established clusters' 202.5 ha after Xây Đá B (53.9 ha), Xây Đá B mới (50 ha) and An Lạc Thôn 1 (42 ha). It is not an official figure.`,
};

/** Geometry-note sentence for positions that are commune-level guesses. */
export const GUESS_NOTE = {
  vi: 'Vị trí chỉ là phỏng đoán ở cấp xã, không phải kết quả xác minh; có thể lệch vài km.',
  en: 'The position is a commune-level guess, not a finding; it may be several km off.',
};
