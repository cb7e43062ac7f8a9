import { describe, expect, it } from 'vitest';
import { scaleBar } from './map_image.ts';
import { metresPerPixel } from './scale.ts';

describe('metresPerPixel', () => {
  it('is the 512-px world at zoom 0 on the equator, halving per zoom level and shrinking with cos(latitude)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 6);
    expect(metresPerPixel(0, 3)).toBeCloseTo(metresPerPixel(0, 0) / 8, 6);
    expect(metresPerPixel(60, 5)).toBeCloseTo(metresPerPixel(0, 5) / 2, 6);
  });
});

describe('scaleBar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ m that fits, and says it in m or km', () => {
    expect(scaleBar(10, 100)).toEqual({ px: 100, metres: 1000, label: '1 km' });
    expect(scaleBar(10, 120)).toEqual({ px: 100, metres: 1000, label: '1 km' });
    expect(scaleBar(30, 120)).toEqual({ px: 2000 / 30, metres: 2000, label: '2 km' });
    expect(scaleBar(1.3, 110)).toEqual({ px: 100 / 1.3, metres: 100, label: '100 m' });
    expect(scaleBar(4.7, 110)).toEqual({ px: 500 / 4.7, metres: 500, label: '500 m' });
  });

  it('never draws a bar longer than asked', () => {
    for (const mPerPx of [0.37, 1, 7.9, 52, 611, 4_000]) {
      const bar = scaleBar(mPerPx, 110);
      expect(bar.px).toBeLessThanOrEqual(110);
      expect(bar.px).toBeGreaterThan(110 / 5 - 1e-9);
    }
  });
});
