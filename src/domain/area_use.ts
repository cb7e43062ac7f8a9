/**
 * What a feature's computed area may honestly be used for. Most shapes were drawn to their official
 * size, so their computed area equals the official figure by construction and proves nothing; only a
 * boundary drawn from a description or a survey, not scaled, measures anything. Pure.
 */
import type { ZoneProperties } from './zone.ts';

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
