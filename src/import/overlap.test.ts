import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaVn2000SquareMetres } from '../domain/area.ts';
import { analyseOverlap, compareWithMostOverlapped, overlapWithZones, type OverlapZone } from './overlap.ts';

const box = (w: number, s: number, e: number, n: number): Polygon =>
  ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

const zones: OverlapZone[] = [
  { id: 'left', geometry: box(105.96, 9.6, 105.97, 9.61), officialHa: 110, comparable: true },
  { id: 'right', geometry: box(105.97, 9.6, 105.98, 9.61), officialHa: null, comparable: true },
  { id: 'far', geometry: box(106.5, 9.6, 106.51, 9.61), officialHa: 50, comparable: true },
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
    const c = compareWithMostOverlapped(areaVn2000SquareMetres(imported), zones, overlapWithZones(imported, zones));
    const importedHa = areaVn2000SquareMetres(imported) / 10_000;
    expect(c).toMatchObject({ id: 'left', officialHa: 110 });
    expect(c?.importedHa).toBeCloseTo(importedHa, 6);
    expect(c?.diffHa).toBeCloseTo(Math.round(importedHa * 100) / 100 - 110, 2);
    expect(c?.diffPct).toBeCloseTo(((c?.diffHa ?? 0) / 110) * 100, 6);
  });

  it('has no difference without an official figure, and is null without overlap', () => {
    const compare = (g: Polygon) => compareWithMostOverlapped(areaVn2000SquareMetres(g), zones, overlapWithZones(g, zones));
    expect(compare(box(105.975, 9.6, 105.98, 9.61))).toMatchObject({ id: 'right', diffHa: null, diffPct: null });
    expect(compare(box(104, 9, 104.01, 9.01))).toBeNull();
  });

  it('never compares with a zone that is only a backdrop', () => {
    const backdrop: OverlapZone[] = [{ id: 'ez', geometry: box(105.9, 9.5, 106.1, 9.7), officialHa: 40_000, comparable: false }, ...zones];
    const imported = box(105.9625, 9.6, 105.9725, 9.61);
    const overlaps = overlapWithZones(imported, backdrop);
    expect(overlaps[0]?.id).toBe('ez');
    expect(compareWithMostOverlapped(areaVn2000SquareMetres(imported), backdrop, overlaps)?.id).toBe('left');
  });
});

describe('analyseOverlap', () => {
  /** A wavy disc of `n` vertices, about 900 m across, centred on the edge between "left" and "right". */
  function wavyDisc(n: number): Polygon {
    const ring = Array.from({ length: n }, (_, i) => {
      const t = (i / n) * 2 * Math.PI;
      const r = 0.004 * (1 + 0.03 * Math.sin(t * 25) + 0.002 * Math.sin(t * 731));
      return [105.97 + r * Math.cos(t), 9.605 + r * Math.sin(t)];
    });
    return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
  }

  it('clips a detailed outline after simplifying it to the budget, and says so, with the same figures', () => {
    const g = wavyDisc(4_000);
    const m2 = areaVn2000SquareMetres(g);
    const full = analyseOverlap(g, m2, zones, 100_000);
    const cut = analyseOverlap(g, m2, zones, 500);
    expect(full.simplified).toBeNull();
    expect(cut.simplified?.from).toBe(4_001);
    expect(cut.simplified!.to).toBeLessThanOrEqual(500);
    expect(cut.simplified!.toleranceM).toBeGreaterThan(0);
    expect(cut.simplified!.toleranceM).toBeLessThan(5);
    expect(cut.overlaps.map((o) => o.id)).toEqual(full.overlaps.map((o) => o.id));
    for (const [i, o] of full.overlaps.entries()) expect(Math.abs(cut.overlaps[i]!.overlapHa / o.overlapHa - 1)).toBeLessThan(0.005);
    // The feature's own area is the full outline's, whatever was clipped.
    expect(cut.best).toEqual(full.best);
  });
});
