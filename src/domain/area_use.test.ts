import { describe, expect, it } from 'vitest';
import { areaUse, comparesToOfficial, hasFootprint } from './area_use.ts';
import type { GeometryQuality } from './zone.ts';

const p = (geometry_quality: GeometryQuality, shape_sized_to_official: boolean, official_area_ha: number | null = 100) =>
  ({ geometry_quality, shape_sized_to_official, official_area_ha });

describe('area use', () => {
  it('computes no area for a location-only feature, whatever else it says', () => {
    expect(areaUse(p('location-only', false))).toBe('none');
    expect(areaUse(p('location-only', true))).toBe('none');
    expect(hasFootprint(p('location-only', false))).toBe(false);
    expect(comparesToOfficial(p('location-only', false))).toBe(false);
  });

  it('never compares a shape drawn to its official size, at any quality', () => {
    for (const q of ['surveyed', 'described', 'indicative'] as const) {
      expect(areaUse(p(q, true))).toBe('sized');
      expect(comparesToOfficial(p(q, true))).toBe(false);
    }
  });

  it('compares only described or surveyed boundaries that were not scaled, and only with an official figure', () => {
    expect(comparesToOfficial(p('surveyed', false))).toBe(true);
    expect(comparesToOfficial(p('described', false))).toBe(true);
    expect(comparesToOfficial(p('described', false, null))).toBe(false);
    expect(areaUse(p('indicative', false))).toBe('illustrative');
    expect(comparesToOfficial(p('indicative', false))).toBe(false);
  });
});
