/**
 * What a line that holds no coordinates says: a header naming the X and Y columns (and so their order), a caption
 * naming the grid and its central meridian, or a note (a total area, a page number).
 */

/** Lower case, NFC, single spaces; `toạ` and `tọa` both as written (both spellings are in use). */
const norm = (line: string): string => line.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

const WORD_END = String.raw`(?![\p{L}\d])`;
const WORD_START = String.raw`(?<![\p{L}\d])`;
const word = (alternatives: string): RegExp => new RegExp(`${WORD_START}(?:${alternatives})${WORD_END}`, 'u');

/** Names of the northing / latitude column. */
const NORTH = word(String.raw`x|x\s*\(m\)|northing|bắc|n|vĩ độ|vi do|latitude|lat|φ`);
/** Names of the easting / longitude column. */
const EAST = word(String.raw`y|y\s*\(m\)|easting|đông|e|kinh độ|kinh do|longitude|lon|lng|long|λ`);
/** Names of the point column, the row number or the coordinate group, which mark a header line too. */
const HEADER_WORDS = word(String.raw`stt|tt|số hiệu|tên điểm|tên mốc|điểm|mốc|point|name|no\.?`);

/** Words of a caption or a note: they never start a point row. */
const CAPTION_WORDS = word(String.raw`tọa độ|toạ độ|toa do|hệ|vn-?2000|ktt|kinh tuyến|múi|utm|wgs ?84|ranh giới|bảng|` +
  String.raw`đối tượng|coordinates?|boundary|table|system|zone|projection|feature`);
const NOTE_WORDS = word(String.raw`diện tích|dien tich|tổng|cộng|ghi chú|trang|page|total|area|sum|ha|m2|m²|km`);

/**
 * The column order a header line gives — 'xy' when it names the northing (X, latitude) column before the easting
 * (Y, longitude) one — or null when the line does not name both.
 */
export function headerOrder(line: string): 'xy' | 'yx' | null {
  const t = norm(line);
  const n = NORTH.exec(t);
  const e = EAST.exec(t);
  if (!n || !e || t.length > 160) return null;
  return n.index < e.index ? 'xy' : 'yx';
}

/** True when the line reads as a caption (grid, table title) rather than a point row. */
export const isCaption = (line: string): boolean => CAPTION_WORDS.test(norm(line));

/** True when the line reads as a title above a table: a caption, or column names (`STT  Tên điểm  Tọa độ`). */
export const isTitle = (line: string): boolean => isCaption(line) || HEADER_WORDS.test(norm(line));

/** True when the line reads as a note (a total area, a page number) rather than a point row. */
export const isNote = (line: string): boolean => NOTE_WORDS.test(norm(line));

/** True when the line names UTM, or VN-2000 / TM-3, as its grid. */
export function namedGrid(line: string): 'utm48' | 'vn2000' | null {
  const t = norm(line);
  if (word('utm').test(t)) return 'utm48';
  if (word(String.raw`vn-?2000|tm-?3|múi (?:chiếu )?3 ?(?:°|º|độ|o)`).test(t)) return 'vn2000';
  return null;
}

const MERIDIAN_KEYWORD = new RegExp(
  String.raw`(?:ktt|kinh tuyến trục|kinh tuyen truc|central meridian|lon_0\s*=)\s*[:=]?\s*` +
  String.raw`(\d{3})(?:[.,](\d+))?\s*(?:°|º|˚|độ|do|o|d)?\s*(?:(\d{1,2})\s*(?:'|’|′|phút|phut)?)?`, 'u');
const MERIDIAN_BARE = /(?<![\d.,])(10[2-9])\s*(?:°|º|˚|o)\s*(\d{1,2})\s*(?:'|’|′)/u;

/**
 * The central meridian a caption names, in degrees: `KTT 105°30'`, `kinh tuyến trục 105 độ 30 phút`, `105o30'`,
 * `KTT 105,5`. Only values between 102° and 110° (Vietnam's grids) count; null when there is none.
 */
export function captionMeridian(line: string): number | null {
  const t = norm(line);
  const k = MERIDIAN_KEYWORD.exec(t);
  let deg: number | null = null;
  if (k) deg = Number(k[1]) + (k[2] ? Number(`0.${k[2]}`) : 0) + (k[3] ? Number(k[3]) / 60 : 0);
  else {
    const b = MERIDIAN_BARE.exec(t);
    if (b) deg = Number(b[1]) + Number(b[2]) / 60;
  }
  return deg !== null && deg >= 102 && deg <= 110 ? deg : null;
}
