/**
 * Test-only builders. `makeZone(overrides)` returns a fresh, valid zone feature — a square of about
 * 1.1 km × 1.1 km (≈ 120 ha) at 105.9 E, 9.6 N — with every property filled in, so that a test names
 * only what it is about.
 */
import type { Polygon } from 'geojson';
import type { Bilingual, SourceRef, ZoneFeature, ZoneProperties } from '../src/domain/zone.ts';
import type { ImportedFeature } from '../src/import/types.ts';

/** The same text in both languages. */
export const bi = (s: string): Bilingual => ({ vi: s, en: s });

/** A source with a real-looking address. */
export const source = (title = 'Nguồn thử', date: string | null = '2024'): SourceRef => ({ url: 'https://example.org/nguon', title, date });

/** A closed square ring of `sideDeg` degrees with its south-west corner at (lon, lat), counter-clockwise. */
export function squareRing(lon = 105.9, lat = 9.6, sideDeg = 0.01): number[][] {
  return [[lon, lat], [lon + sideDeg, lat], [lon + sideDeg, lat + sideDeg], [lon, lat + sideDeg], [lon, lat]];
}

/** A valid zone feature; `overrides` replace properties, `geometry` the square. */
export function makeZone(overrides: Partial<ZoneProperties> = {}, geometry?: Polygon): ZoneFeature {
  const id = overrides.id ?? 'thu-nghiem';
  const stage = overrides.stage ?? 'planned';
  const properties: ZoneProperties = {
    id,
    kind: 'zone',
    name: bi(`Khu công nghiệp ${id}`),
    short_name: bi(`KCN ${id}`),
    stage,
    stage_note: bi('ghi chú giai đoạn'),
    stage_date: '2025-02',
    stage_history: [{ date: '2025-02', stage, text: bi('sự kiện'), source: source() }],
    official_area_ha: 100,
    area_source: source(),
    area_variants: [],
    old_district: bi('Huyện cũ'),
    old_communes: bi('Xã cũ'),
    new_communes: bi('Xã mới'),
    along: null,
    geometry_quality: 'indicative',
    geometry_note: bi('vẽ ước lượng'),
    shape_sized_to_official: true,
    position_uncertainty_m: 1000,
    position_note: bi('sai số khoảng 1 km'),
    described_edges: { river: false, roads: [] },
    anchor: [105.905, 9.605],
    established_year: null,
    developer: null,
    occupancy_pct: null,
    occupancy_source: null,
    sectors: null,
    facts: [],
    updated: '2026-11-30',
    ...overrides,
  };
  if (overrides.stage_history === undefined) properties.stage_history = [{ date: '2025-02', stage: properties.stage, text: bi('sự kiện'), source: source() }];
  if (overrides.official_area_ha === null && overrides.area_source === undefined) properties.area_source = null;
  return { type: 'Feature', id: properties.id, properties, geometry: geometry ?? { type: 'Polygon', coordinates: [squareRing()] } };
}

/**
 * An imported feature as the pipeline returns it: internal key `import-<n>`, label `Lô <n>`, the `geometry` given
 * (a 0.01° square at 105.9 E, 9.6 N by default) and plausible measurements; `overrides` replace any field.
 */
export function makeImported(n: number, overrides: Partial<ImportedFeature> = {}): ImportedFeature {
  return {
    type: 'Feature', id: `import-${n}`, index: n, label: `Lô ${n}`, properties: { ten: `Lô ${n}` },
    geometry: { type: 'Polygon', coordinates: [squareRing()] },
    measure: {
      areas: { turfM2: 1_220_000, ellipsoidalM2: 1_215_000, vn2000M2: 1_214_900 },
      vn2000Applies: true, disagreement: 0.004, provinceGapM: 0, declared: null,
    },
    ...overrides,
  };
}
