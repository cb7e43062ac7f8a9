/**
 * What a feature's computed area may honestly be used for. Most shapes were drawn to their official
 * size, so their computed area equals the official figure by construction and proves nothing; only a
 * boundary drawn from a description or a survey, not scaled, measures anything. Pure.
 */
import { STAGES, type Stage, type ZoneFeature, type ZoneProperties } from './zone.ts';

/**
 * - `none`: no footprint (location-only): no area is computed and none is added to any total.
 * - `sized`: the shape was scaled to the official figure: its computed area is not a measurement.
 * - `measured`: a described or surveyed boundary, not scaled: its computed area can be compared.
 * - `illustrative`: an indicative shape not scaled to a figure: shown, never compared.
 */
export type AreaUse = 'none' | 'sized' | 'measured' | 'illustrative';

type AreaFields = Pick<ZoneProperties, 'geometry_quality' | 'shape_sized_to_official'>;

/** How the computed area of a feature may be used. */
export function areaUse(p: AreaFields): AreaUse {
  if (p.geometry_quality === 'location-only') return 'none';
  if (p.shape_sized_to_official) return 'sized';
  return p.geometry_quality === 'surveyed' || p.geometry_quality === 'described' ? 'measured' : 'illustrative';
}

/** True when the difference between computed and official area means something and may be shown. */
export function comparesToOfficial(p: AreaFields & Pick<ZoneProperties, 'official_area_ha'>): boolean {
  return areaUse(p) === 'measured' && p.official_area_ha !== null;
}

/** True when the feature has a footprint whose area is computed (everything but location-only). */
export function hasFootprint(p: Pick<ZoneProperties, 'geometry_quality'>): boolean {
  return p.geometry_quality !== 'location-only';
}

/** One stage's figures, as the legend and the overview's chart show them. */
export interface StageTotals {
  count: number;
  /** Sum of published official areas (features without one are not counted). */
  officialHa: number;
  /** How many features of the stage have no official area. */
  withoutOfficial: number;
  /**
   * Computed area of the measured boundaries among them (described or surveyed, not drawn to the
   * official size), and how many there are; shapes drawn to size and location-only features are left out.
   */
  measuredHa: number;
  measuredCount: number;
}

/**
 * Figures per stage for `features`, with computed areas in hectares by id. The economic zone, a backdrop of more
 * than 40,000 ha, is counted under its kind, never in stage sums.
 */
export function stageTotals(features: readonly ZoneFeature[], computedHa: ReadonlyMap<string, number>): Record<Stage, StageTotals> {
  const out = Object.fromEntries(STAGES.map((s) => [s, {
    count: 0, officialHa: 0, withoutOfficial: 0, measuredHa: 0, measuredCount: 0,
  }])) as Record<Stage, StageTotals>;
  for (const z of features) {
    const p = z.properties;
    if (p.kind === 'economic-zone') continue;
    const t = out[p.stage];
    t.count += 1;
    if (areaUse(p) === 'measured') {
      t.measuredCount += 1;
      t.measuredHa += computedHa.get(p.id) ?? 0;
    }
    if (p.official_area_ha === null) t.withoutOfficial += 1;
    else t.officialHa += p.official_area_ha;
  }
  return out;
}
