/**
 * The zone data in two parts. `geodata/zones.geojson` holds everything; `geodata/zones-core.geojson` holds what
 * the first view draws and lists — shapes, names, stage, figures with their sources, places, certainty — and
 * leaves out the long-form texts the details panel, the fact sheet and the exports read (`DETAIL_KEYS`). The app
 * loads the core file first and the whole file when a panel opens or once the map has drawn.
 * `make_zones` writes both; `npm run validate` fails when the core file is not `coreCollection` of the whole one.
 */
import type { ZoneProperties } from './zone.ts';

/** Properties only the details panel, the fact sheet and the exports read: long-form texts and their sources. */
export const DETAIL_KEYS = [
  'stage_note', 'stage_history', 'area_variants', 'along', 'geometry_note', 'position_note', 'described_edges',
  'established_year', 'developer', 'sectors', 'facts',
] as const satisfies ReadonlyArray<keyof ZoneProperties>;

type DetailKey = (typeof DETAIL_KEYS)[number];

/**
 * Stand-ins for the detail properties of a feature read from the core file. Nothing shows them: every reader of
 * a detail waits until the whole file has loaded (`state.details`).
 */
export function detailPlaceholders(): Pick<ZoneProperties, DetailKey> {
  const blank = { vi: '', en: '' };
  return {
    stage_note: blank, stage_history: [], area_variants: [], along: null, geometry_note: blank, position_note: blank,
    described_edges: { river: false, roads: [] }, established_year: null, developer: null, sectors: null, facts: [],
  };
}

/** The core file's collection for a whole one (any JSON): each feature without its detail properties. */
export function coreCollection(whole: unknown): unknown {
  if (typeof whole !== 'object' || whole === null || !Array.isArray((whole as { features?: unknown }).features)) return whole;
  const fc = whole as { features: unknown[] };
  return {
    ...fc,
    features: fc.features.map((f) => {
      if (typeof f !== 'object' || f === null) return f;
      const feature = f as { properties?: unknown };
      if (typeof feature.properties !== 'object' || feature.properties === null) return f;
      const properties = Object.fromEntries(
        Object.entries(feature.properties).filter(([k]) => !(DETAIL_KEYS as readonly string[]).includes(k)),
      );
      return { ...feature, properties };
    }),
  };
}
