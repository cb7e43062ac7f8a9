/**
 * Central meridians of the VN-2000 / TM-3 provincial grids (k = 0.9999, false easting 500 km), per province, in
 * degrees east. A coordinate table in VN-2000 metres means nothing without its meridian: these lists let the UI
 * offer the right one for the province a document comes from.
 *
 * - `MERIDIANS_2001`: the 63 provinces as listed in the appendix of Thông tư 973/2001/TT-TCĐC (20 June 2001,
 *   Tổng cục Địa chính). The appendix itself was not seen: the values are compiled from secondary sources that
 *   agree with each other — rtk.com.vn “kinh-tuyen-truc-he-toa-do-dia-phuong-vn2000”, viet-thanh.vn
 *   “kinh-tuyen-truc-cac-tinh”, the province → EPSG table of the HCMGIS plugin for QGIS, and EPSG:9208
 *   (VN-2000 / TM-3 104-45) for 104°45′. A Python module in a public repository lists other values for 11 of these
 *   provinces (Tây Ninh 105°45′, Bến Tre 106°00′, Bà Rịa – Vũng Tàu 107°15′, …) without naming a source, and
 *   EPSG codes that do not match EPSG's; it was not followed. Check against the appendix when it can be had.
 * - `MERIDIANS_2025`: the 34 provinces and cities after the merger of 1 July 2025, per Thông tư 24/2025/TT-BNNMT.
 *   Its appendix was not seen either: three code sources agree on these values. Cadastral and planning data made
 *   before the merger keep the former province's meridian, so a Sóc Trăng document is usually still on 105°30′
 *   (`MERIDIANS_2001`), not on Cần Thơ's 105°00′.
 */

/** One province (Vietnamese name, NFC) and the central meridian of its TM-3 grid, degrees east. */
export interface ProvinceMeridian {
  readonly province: string;
  readonly meridianDeg: number;
}

/** Degrees and minutes → decimal degrees. */
const dm = (deg: number, min: number): number => deg + min / 60;

const list = (entries: ReadonlyArray<readonly [string, number, number]>): readonly ProvinceMeridian[] =>
  entries.map(([province, deg, min]) => ({ province: province.normalize('NFC'), meridianDeg: dm(deg, min) }));

/** The 63 provinces before 1 July 2025 (Thông tư 973/2001/TT-TCĐC; see the module note for the sources). */
export const MERIDIANS_2001: readonly ProvinceMeridian[] = list([
  ['Lai Châu', 103, 0], ['Điện Biên', 103, 0], ['Sơn La', 104, 0], ['Lào Cai', 104, 45], ['Yên Bái', 104, 45],
  ['Phú Thọ', 104, 45], ['Nghệ An', 104, 45], ['Hà Giang', 105, 30], ['Bắc Ninh', 105, 30], ['Hưng Yên', 105, 30],
  ['Hải Dương', 105, 30], ['Tuyên Quang', 106, 0], ['Hòa Bình', 106, 0], ['Vĩnh Phúc', 105, 0], ['Hà Nội', 105, 0],
  ['Hà Nam', 105, 0], ['Cao Bằng', 105, 45], ['Hải Phòng', 105, 45], ['Lạng Sơn', 107, 15], ['Bắc Kạn', 106, 30],
  ['Thái Nguyên', 106, 30], ['Bắc Giang', 107, 0], ['Quảng Ninh', 107, 45], ['Nam Định', 105, 30],
  ['Thái Bình', 105, 30], ['Hà Tĩnh', 105, 30], ['Ninh Bình', 105, 0], ['Thanh Hóa', 105, 0],
  ['Quảng Bình', 106, 0], ['Quảng Trị', 106, 15], ['Thừa Thiên Huế', 107, 0], ['Đà Nẵng', 107, 45],
  ['Quảng Nam', 107, 45], ['Lâm Đồng', 107, 45], ['Đồng Nai', 107, 45], ['Quảng Ngãi', 108, 0],
  ['Bình Định', 108, 15], ['Khánh Hòa', 108, 15], ['Ninh Thuận', 108, 15], ['Kon Tum', 107, 30],
  ['Gia Lai', 108, 30], ['Đắk Lắk', 108, 30], ['Phú Yên', 108, 30], ['Đắk Nông', 108, 30], ['Bình Thuận', 108, 30],
  ['Bình Dương', 105, 45], ['Bình Phước', 106, 15], ['Bà Rịa – Vũng Tàu', 107, 45], ['Tây Ninh', 105, 30],
  ['Long An', 105, 45], ['Tiền Giang', 105, 45], ['Bến Tre', 105, 45], ['Đồng Tháp', 105, 0],
  ['Vĩnh Long', 105, 30], ['Trà Vinh', 105, 30], ['An Giang', 104, 45], ['Kiên Giang', 104, 30],
  ['Cần Thơ', 105, 0], ['Hậu Giang', 105, 0], ['Sóc Trăng', 105, 30], ['Bạc Liêu', 105, 0], ['Cà Mau', 104, 30],
  ['TP Hồ Chí Minh', 105, 45],
]);

/** The 34 provinces and cities from 1 July 2025 (Thông tư 24/2025/TT-BNNMT; see the module note). */
export const MERIDIANS_2025: readonly ProvinceMeridian[] = list([
  ['Hà Nội', 105, 0], ['Điện Biên', 103, 0], ['Ninh Bình', 105, 0], ['Thanh Hóa', 105, 0], ['Lai Châu', 104, 45],
  ['Sơn La', 104, 0], ['Lào Cai', 104, 45], ['Phú Thọ', 104, 45], ['Nghệ An', 104, 45], ['Hưng Yên', 105, 30],
  ['Hà Tĩnh', 105, 30], ['Cao Bằng', 105, 45], ['Hải Phòng', 105, 45], ['Tuyên Quang', 106, 0],
  ['Quảng Trị', 106, 0], ['Thái Nguyên', 106, 30], ['Bắc Ninh', 107, 0], ['Huế', 107, 0], ['Lạng Sơn', 107, 15],
  ['Quảng Ninh', 107, 45], ['Đà Nẵng', 107, 45], ['Lâm Đồng', 107, 45], ['Đồng Nai', 107, 45],
  ['Quảng Ngãi', 108, 0], ['Gia Lai', 108, 15], ['Khánh Hòa', 108, 15], ['Đắk Lắk', 108, 30],
  ['TP Hồ Chí Minh', 105, 45], ['Tây Ninh', 105, 45], ['Đồng Tháp', 105, 0], ['Vĩnh Long', 105, 30],
  ['Cần Thơ', 105, 0], ['An Giang', 104, 45], ['Cà Mau', 104, 30],
]);

/**
 * A central meridian as degrees and minutes, the way documents write it: 105.5 → "105°30′", 104.75 → "104°45′".
 * Minutes are rounded to the nearest whole minute.
 */
export function meridianLabel(deg: number): string {
  const totalMin = Math.round(deg * 60);
  const d = Math.floor(totalMin / 60);
  return `${d}°${String(totalMin - d * 60).padStart(2, '0')}′`;
}
