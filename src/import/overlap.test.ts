import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaVn2000SquareMetres } from '../domain/area.ts';
import { compareWithMostOverlapped, overlapWithZones, type OverlapZone } from './overlap.ts';

const box = (w: number, s: number, e: number, n: number): Polygon =>
  ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

const zones: OverlapZone[] = [
  { id: 'left', geometry: box(105.96, 9.6, 105.97, 9.61), officialHa: 110 },
  { id: 'right', geometry: box(105.97, 9.6, 105.98, 9.61), officialHa: null },
  { id: 'far', geometry: box(106.5, 9.6, 106.51, 9.61), officialHa: 50 },
];

describe('overlapWithZones', () => {
  it('gives overlap hectares and percentages, largest first, and leaves out zones it does not touch', () => {
    // Three quarters on "left", one quarter on "right".
    const imported = box(105.9625, 9.6, 105.9725, 9.61);
    const result = overlapWithZones(imported, zones);
    expect(result.map((o) => o.id)).toEqual(['left', 'right']);
    const importedHa = areaVn2000SquareMetres(imported) / 10_000;
    expect(result[0]?.overlapHa).toBeCloseTo(importedHa * 0.75, 1);
    expect(result[0]?.pctOfImported).toBeCloseTo(75, 1);
    expect(result[0]?.pctOfZone).toBeCloseTo(75, 1);
    expect(result[1]?.pctOfImported).toBeCloseTo(25, 1);
  });

  it('is empty for a polygon far from every zone, and for one that only shares an edge', () => {
    expect(overlapWithZones(box(104, 9, 104.01, 9.01), zones)).toEqual([]);
    expect(overlapWithZones(box(105.95, 9.6, 105.96, 9.61), zones)).toEqual([]);
  });
});

describe('compareWithMostOverlapped', () => {
  it('compares the imported area with the official area of the most-overlapped zone', () => {
    const imported = box(105.9625, 9.6, 105.9725, 9.61);
    const c = compareWithMostOverlapped(imported, zones);
    const importedHa = areaVn2000SquareMetres(imported) / 10_000;
    expect(c).toMatchObject({ id: 'left', officialHa: 110 });
    expect(c?.importedHa).toBeCloseTo(importedHa, 6);
    expect(c?.diffHa).toBeCloseTo(Math.round(importedHa * 100) / 100 - 110, 2);
    expect(c?.diffPct).toBeCloseTo(((c?.diffHa ?? 0) / 110) * 100, 6);
  });

  it('has no difference without an official figure, and is null without overlap', () => {
    expect(compareWithMostOverlapped(box(105.975, 9.6, 105.98, 9.61), zones)).toMatchObject({ id: 'right', diffHa: null, diffPct: null });
    expect(compareWithMostOverlapped(box(104, 9, 104.01, 9.01), zones)).toBeNull();
  });
});
