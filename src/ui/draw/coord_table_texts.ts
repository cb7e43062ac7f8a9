/**
 * Vietnamese and English texts of every coordinate-table problem (`src/import/coord_table/problems.ts`), in the UI's
 * one table shape (`{ vi, en }` of `Message`s). Each is the sentence after “Dòng 7, cột 3: ” / “Line 7, column 3: ”.
 * `renderCoordProblem` fills the placeholders: `{name}` becomes ` “M3”` (with its leading space) or nothing when the
 * point has no name, `{axis}` and `{units}` become words of the language, numbers are written in its style.
 * Plain text only, NFC.
 */
import type { CoordProblemCode } from '../../import/coord_table/problems.ts';
import type { Message } from '../app/messages.ts';

/** Message template per problem code. */
export const COORD_TABLE_TEXTS: { vi: Record<CoordProblemCode, Message>; en: Record<CoordProblemCode, Message> } = {
  vi: {
    'not-a-number': '“{value}” không phải là số.',
    'coordinate-missing': 'Không có giá trị {axis}: mỗi điểm cần đủ hai toạ độ.',
    'value-out-of-range': '{axis} “{value}” nằm ngoài khoảng {min} đến {max} của hệ toạ độ này; có thể thiếu hoặc thừa một chữ số.',
    'mixed-units': 'Dòng này dùng đơn vị khác với cả bảng (bảng tính bằng {units}): “{value}”.',
    'duplicate-position': 'Điểm{name} trùng vị trí với điểm ở dòng {firstLine}: ranh giới sẽ tự chạm vào chính nó.',
    'outside-vietnam': 'Điểm này rơi ra ngoài Việt Nam (kinh độ {lon}, vĩ độ {lat}): hãy kiểm tra kinh tuyến trục, thứ tự X/Y hoặc một chữ số gõ nhầm.',
    'too-few-points': 'Bảng chỉ có {count} điểm khác nhau; một vùng cần ít nhất 3 điểm.',
    'self-intersection': 'Cạnh {edgeA} cắt cạnh {edgeB} (gần kinh độ {lon}, vĩ độ {lat}): có thể các điểm bị sắp sai thứ tự.',
    'closing-point-differs': 'Điểm cuối mang tên{name} như điểm đầu (dòng {firstLine}) nhưng ở vị trí khác: hãy kiểm tra toạ độ của một trong hai điểm.',
    'garbage-line': 'Dòng này không đọc được thành một điểm: “{text}”. Hãy sửa hoặc xoá dòng này.',
    'duplicate-name': 'Tên điểm{name} đã dùng ở dòng {firstLine} cho một vị trí khác; hãy kiểm tra lại tên.',
    'closing-point-added': 'Bảng không lặp lại điểm đầu{name} ở cuối; ranh giới đã được tự khép kín về điểm đó.',
    'consecutive-duplicate': 'Điểm{name} lặp lại đúng điểm ngay trước nó (dòng {firstLine}) nên đã được bỏ qua.',
    'line-ignored': 'Dòng này không phải dòng toạ độ nên đã được bỏ qua: “{text}”.',
    'caption-meridian-differs': 'Tiêu đề bảng ghi kinh tuyến trục {caption}, nhưng toạ độ đang được tính theo {used}. Nếu tài liệu đúng, hãy chọn {caption}.',
  },
  en: {
    'not-a-number': '“{value}” is not a number.',
    'coordinate-missing': 'No {axis} value: every point needs both coordinates.',
    'value-out-of-range': '{axis} “{value}” is outside the range {min} to {max} of this coordinate system; a digit may be missing or extra.',
    'mixed-units': 'This line is in other units than the rest of the table (which is in {units}): “{value}”.',
    'duplicate-position': 'Point{name} is at the same position as the point on line {firstLine}: the boundary would touch itself.',
    'outside-vietnam': 'This point falls outside Vietnam (longitude {lon}, latitude {lat}): check the central meridian, the X/Y order or a mistyped digit.',
    'too-few-points': {
      one: 'The table has only {count} distinct point; an area needs at least 3.',
      other: 'The table has only {count} distinct points; an area needs at least 3.',
    },
    'self-intersection': 'Edge {edgeA} crosses edge {edgeB} (near longitude {lon}, latitude {lat}): the points may be out of order.',
    'closing-point-differs': 'The last point is named{name} like the first (line {firstLine}) but lies elsewhere: check the coordinates of one of them.',
    'garbage-line': 'This line cannot be read as a point: “{text}”. Fix or delete it.',
    'duplicate-name': 'The name{name} is already used on line {firstLine} for another position; check the name.',
    'closing-point-added': 'The table does not repeat the first point{name} at the end; the boundary was closed back to it automatically.',
    'consecutive-duplicate': 'Point{name} repeats the point just before it (line {firstLine}) and was dropped.',
    'line-ignored': 'This line is not a coordinate row and was ignored: “{text}”.',
    'caption-meridian-differs': 'The caption names central meridian {caption}, but the coordinates are being read with {used}. If the document is right, choose {caption}.',
  },
};

/** Words for the `axis` parameter. */
export const AXIS_WORDS = {
  vi: { X: 'X (toạ độ Bắc)', Y: 'Y (toạ độ Đông)', lat: 'vĩ độ', lon: 'kinh độ' },
  en: { X: 'X (northing)', Y: 'Y (easting)', lat: 'latitude', lon: 'longitude' },
} as const;

/** Words for the `units` parameter. */
export const UNIT_WORDS = {
  vi: { metres: 'mét', degrees: 'độ' },
  en: { metres: 'metres', degrees: 'degrees' },
} as const;
