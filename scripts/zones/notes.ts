/** Generated geometry-note sentences: how `make_zones.ts` drew a shape and how far it moved it. */
import type { Bilingual } from '../../src/domain/zone.ts';
import type { Misfit } from './place.ts';

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

/** The sentence every shape drawn to its official size carries: its computed area proves nothing. */
export const SIZED_NOTE: Bilingual = {
  vi: 'Hình được vẽ cho bằng diện tích chính thức, nên diện tích tính từ hình không phải là số đo và không kiểm chứng được gì.',
  en: 'The shape was drawn to the official size, so the area computed from it is not a measurement and checks nothing.',
};

/** Sentence for a block shape: kind, size, orientation (fixed or along the river bank) and the sizing rule. */
export function blockSentence(kind: 'rect' | 'rounded' | 'octagon', length_m: number, width_m: number, axis_deg: number, ha: number, alongBank: boolean): Bilingual {
  const name = SHAPE_NAMES[kind] ?? { vi: 'hình', en: 'a shape' };
  const l = num(length_m / 1000, 2);
  const w = num(width_m / 1000, 2);
  const a = num(ha, ha % 1 === 0 ? 0 : 1);
  const axis = alongBank
    ? { vi: `trục dài song song bờ sông gần nhất, hướng ${axis_deg}°`, en: `long axis parallel to the nearest river bank, at ${axis_deg}°` }
    : axis_deg % 180 === 0 ? { vi: 'trục bắc – nam', en: 'axis north–south' } : { vi: `trục dài theo hướng ${axis_deg}°`, en: `long axis at ${axis_deg}°` };
  return {
    vi: `Vẽ bằng scripts/make_zones.ts: ${name.vi} khoảng ${l.vi} × ${w.vi} km (${axis.vi}), kích thước tìm bằng phép chia đôi để diện tích tính được bằng ${a.vi} ha (diện tích chính thức).`,
    en: `Drawn by scripts/make_zones.ts as ${name.en} of about ${l.en} × ${w.en} km (${axis.en}), sized by bisection so that its computed area equals ${a.en} ha (the official area).`,
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

/** Sentence for the schematic band of the economic zone. */
export function bandSentence(spine: [number, number][], half_width_m: number, ha: number): Bilingual {
  const h = num(half_width_m / 1000, 1);
  const a = num(ha, 0);
  const [x0, y0] = spine[0] ?? [0, 0];
  const [x1, y1] = spine[spine.length - 1] ?? [0, 0];
  const from = { lon: num(x0, 2), lat: num(y0, 2) };
  const to = { lon: num(x1, 2), lat: num(y1, 2) };
  return {
    vi: `Vẽ bằng scripts/make_zones.ts: một dải sơ đồ rộng ${h.vi} km mỗi bên một đường vẽ tay theo bờ sông, bờ biển (từ khoảng ${from.lon.vi}° Đ, ${from.lat.vi}° B qua cửa Trần Đề tới ${to.lon.vi}° Đ, ${to.lat.vi}° B), gồm cả đất liền và mặt nước; bề rộng tìm bằng phép chia đôi để diện tích bằng ${a.vi} ha. Dải không có ranh giới thật nên bản đồ vẽ mép mờ.`,
    en: `Drawn by scripts/make_zones.ts as a schematic band ${h.en} km either side of a hand-drawn line along the river bank and the coast (from about ${from.lon.en}° E, ${from.lat.en}° N through the Trần Đề mouth to ${to.lon.en}° E, ${to.lat.en}° N), land and water alike; its width was found by bisection so that its area equals ${a.en} ha. It has no real edge, so the map draws it with a blurred one.`,
  };
}

const MISFIT_PHRASES: Record<Misfit, Bilingual> = {
  water: { vi: 'nằm trọn trên đất liền (theo đường bờ GSHHG của nền bản đồ)', en: "lies wholly on land (the basemap's GSHHG shoreline)" },
  river: { vi: 'có một cạnh cách mép nước không quá 150 m, như mô tả "ven sông"', en: 'has an edge within 150 m of the water, as the description puts it on the river' },
  road: { vi: 'không bị con đường mà mô tả nêu làm ranh giới cắt qua', en: 'is not crossed by the road its description names as an edge' },
  town: { vi: 'không trùm lên trung tâm thị trấn, đô thị nào', en: 'covers no town centre' },
  overlap: { vi: 'không chồng lên hình đã vẽ trước', en: 'overlaps no shape placed before it' },
};

/** Sentence saying how far, and which way, the shape was moved from its anchor, and why. */
export function shiftSentence(metres: number, bearing: number, because: readonly Misfit[]): Bilingual | null {
  if (metres < 50) return null;
  const k = compass(bearing);
  const km = num(metres / 1000, 2);
  const why = because.map((m) => MISFIT_PHRASES[m]);
  const list = (lang: 'vi' | 'en') => why.map((w) => w[lang]).join(lang === 'vi' ? ', ' : ', ');
  if (why.length === 0) {
    return { vi: `Tâm hình nằm cách điểm tham chiếu ${km.vi} km về phía ${COMPASS_VI[k]}.`, en: `Its centre lies ${km.en} km ${COMPASS_EN[k]} of the anchor.` };
  }
  return {
    vi: `Đã dời ${km.vi} km về phía ${COMPASS_VI[k]} so với điểm tham chiếu, tới vị trí gần nhất mà hình ${list('vi')}.`,
    en: `Moved ${km.en} km ${COMPASS_EN[k]} of the anchor, to the nearest position where the shape ${list('en')}.`,
  };
}

/** Joins a base note and generated sentences into one bilingual note. */
export function joinNotes(parts: (Bilingual | null)[]): Bilingual {
  const kept = parts.filter((p): p is Bilingual => p !== null);
  return { vi: kept.map((p) => p.vi).join(' ').normalize('NFC'), en: kept.map((p) => p.en).join(' ').normalize('NFC') };
}
