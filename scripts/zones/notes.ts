/** Generated geometry-note sentences: how `make_zones.ts` drew a shape and how far it moved it. */
import type { Bilingual } from '../../src/domain/zone.ts';

const COMPASS_EN = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
const COMPASS_VI = ['bắc', 'đông bắc', 'đông', 'đông nam', 'nam', 'tây nam', 'tây', 'tây bắc'];

function compass(bearing: number): number {
  return Math.round((((bearing % 360) + 360) % 360) / 45) % 8;
}

/** Number with a fixed count of decimals, English style (point) and Vietnamese style (comma). */
function num(value: number, decimals: number): Bilingual {
  const en = value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const vi = value.toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return { vi, en };
}

const SHAPE_NAMES: Record<string, Bilingual> = {
  rect: { vi: 'hình chữ nhật', en: 'a rectangle' },
  rounded: { vi: 'hình chữ nhật bo góc', en: 'a rounded rectangle' },
  octagon: { vi: 'hình bát giác', en: 'an octagon' },
};

function areaBasis(official: boolean): Bilingual {
  return official
    ? { vi: 'diện tích chính thức', en: 'the official area' }
    : { vi: 'diện tích tạm nêu trên', en: 'the placeholder size above' };
}

/** Sentence for a block shape: kind, size, orientation and the sizing rule. */
export function blockSentence(kind: 'rect' | 'rounded' | 'octagon', length_m: number, width_m: number, axis_deg: number, ha: number, official: boolean): Bilingual {
  const name = SHAPE_NAMES[kind] ?? { vi: 'hình', en: 'a shape' };
  const l = num(length_m / 1000, 2);
  const w = num(width_m / 1000, 2);
  const a = num(ha, ha % 1 === 0 ? 0 : 1);
  const basis = areaBasis(official);
  const axis = axis_deg % 180 === 0 ? { vi: 'trục bắc – nam', en: 'axis north–south' } : { vi: `trục dài theo hướng ${axis_deg}°`, en: `long axis at ${axis_deg}°` };
  return {
    vi: `Vẽ bằng scripts/make_zones.ts: ${name.vi} khoảng ${l.vi} × ${w.vi} km (${axis.vi}), kích thước tìm bằng phép chia đôi để diện tích tính được bằng ${a.vi} ha (${basis.vi}).`,
    en: `Drawn by scripts/make_zones.ts as ${name.en} of about ${l.en} × ${w.en} km (${axis.en}), sized by bisection so that its computed area equals ${a.en} ha (${basis.en}).`,
  };
}

/** Sentence for a block attached to the side of another feature's polygon. */
export function adjoinSentence(parent: Bilingual, side_bearing: number, gap_m: number, width_m: number, depth_m: number, ha: number): Bilingual {
  const k = compass(side_bearing);
  const w = num(width_m / 1000, 2);
  const d = num(depth_m / 1000, 2);
  const a = num(ha, 0);
  return {
    vi: `Vẽ bằng scripts/make_zones.ts: hình chữ nhật áp vào cạnh ${COMPASS_VI[k]} của hình ${parent.vi} (cách ${gap_m} m), rộng bằng cạnh đó (${w.vi} km), sâu ${d.vi} km; độ sâu tìm bằng phép chia đôi để diện tích tính được bằng ${a.vi} ha (diện tích chính thức).`,
    en: `Drawn by scripts/make_zones.ts as a rectangle against the ${COMPASS_EN[k]} side of the ${parent.en} polygon (${gap_m} m gap), as wide as that side (${w.en} km) and ${d.en} km deep, the depth found by bisection so that its computed area equals ${a.en} ha (the official area).`,
  };
}

/** Sentence for the coastal belt. */
export function beltSentence(spine: [number, number][], depth_m: number, seaward_km: number, ha: number): Bilingual {
  const d = num(depth_m / 1000, 1);
  const a = num(ha, 0);
  const [x0, y0] = spine[0] ?? [0, 0];
  const [x1, y1] = spine[spine.length - 1] ?? [0, 0];
  const from = { lon: num(x0, 2), lat: num(y0, 2) };
  const to = { lon: num(x1, 2), lat: num(y1, 2) };
  return {
    vi: `Vẽ bằng scripts/make_zones.ts: một dải bám theo đường vẽ tay dọc bờ biển (từ khoảng ${from.lon.vi}° Đ, ${from.lat.vi}° B tới ${to.lon.vi}° Đ, ${to.lat.vi}° B), kéo ra biển ${seaward_km} km rồi cắt theo đường ranh giới tỉnh; bề sâu vào đất liền (${d.vi} km) tìm bằng phép chia đôi để diện tích tính được bằng ${a.vi} ha (diện tích chính thức).`,
    en: `Drawn by scripts/make_zones.ts as a band along a hand-drawn line following the coast (from about ${from.lon.en}° E, ${from.lat.en}° N to ${to.lon.en}° E, ${to.lat.en}° N), reaching ${seaward_km} km out to sea and then clipped to the province outline; its inland depth (${d.en} km) was found by bisection so that its computed area equals ${a.en} ha (the official area).`,
  };
}

/** Sentence saying how far, and which way, the shape was moved from its anchor. */
export function shiftSentence(metres: number, bearing: number, reason: 'fit' | 'adjoin'): Bilingual | null {
  if (metres < 50) return null;
  const k = compass(bearing);
  const km = num(metres / 1000, 1);
  if (reason === 'adjoin') {
    return {
      vi: `Tâm hình nằm cách điểm tham chiếu ${km.vi} km về phía ${COMPASS_VI[k]}.`,
      en: `Its centre lies ${km.en} km ${COMPASS_EN[k]} of the anchor.`,
    };
  }
  return {
    vi: `Đã dời ${km.vi} km về phía ${COMPASS_VI[k]} so với điểm tham chiếu để nằm trong đường ranh giới tỉnh (đã giản lược) và không chồng lên các hình đã vẽ trước.`,
    en: `Moved ${km.en} km ${COMPASS_EN[k]} of the anchor so that it lies inside the simplified province outline and does not overlap the shapes placed before it.`,
  };
}

/** Joins a base note and generated sentences into one bilingual note. */
export function joinNotes(parts: (Bilingual | null)[]): Bilingual {
  const kept = parts.filter((p): p is Bilingual => p !== null);
  return { vi: kept.map((p) => p.vi).join(' ').normalize('NFC'), en: kept.map((p) => p.en).join(' ').normalize('NFC') };
}
