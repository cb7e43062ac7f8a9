import { describe, expect, it } from 'vitest';
import { distanceKm, nearbyPlaces, REFERENCE_PLACES } from './nearby.ts';

describe('distanceKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceKm([106, 9.5], [106, 9.5])).toBe(0);
    expect(distanceKm([105.9, 9.6], [106.2, 9.5])).toBeCloseTo(distanceKm([106.2, 9.5], [105.9, 9.6]), 12);
  });

  it('gives one degree of latitude as ~111.2 km', () => {
    expect(distanceKm([106, 9], [106, 10])).toBeCloseTo((Math.PI / 180) * 6371.0088, 6);
  });

  it('shrinks a degree of longitude by cos(latitude)', () => {
    const d = distanceKm([105.5, 9.6], [106.5, 9.6]);
    expect(d).toBeGreaterThan(109.5);
    expect(d).toBeLessThan(109.7);
  });
});

describe('nearbyPlaces', () => {
  it('matches the research straight-line distances for An Nghiệp (4.6 / 30.3 / 48.2 km)', () => {
    const got = Object.fromEntries(nearbyPlaces([105.9515, 9.6395]).map((n) => [n.place.id, n.km]));
    expect(got['soc-trang-city']).toBeCloseTo(4.6, 0);
    expect(got['tran-de-fishing-port']).toBeCloseTo(30.3, 0);
    expect(got['can-tho-centre']).toBeCloseTo(48.2, 0);
  });

  it('sorts nearest first and covers every reference place', () => {
    const list = nearbyPlaces([106.183, 9.542]);
    expect(list.map((n) => n.place.id)).toHaveLength(REFERENCE_PLACES.length);
    expect(list[0]?.place.id).toBe('tran-de-fishing-port');
    for (let i = 1; i < list.length; i++) expect(list[i]!.km).toBeGreaterThanOrEqual(list[i - 1]!.km);
  });
});
