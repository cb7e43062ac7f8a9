import { describe, expect, it } from 'vitest';
import { framePosition, joinSegments, parseGmtSegments, polygoniseLand, sideProbes, type Chain, type Frame, type MultiPolygonCoords } from './shoreline.ts';

const FRAME: Frame = [0, 0, 10, 10];

/** Shoelace area of a multipolygon (outer rings minus holes), in square degrees. */
function area(mp: MultiPolygonCoords): number {
  let sum = 0;
  for (const poly of mp) {
    poly.forEach((ring, i) => {
      let a = 0;
      for (let k = 0; k < ring.length - 1; k++) a += (ring[k]?.[0] ?? 0) * (ring[k + 1]?.[1] ?? 0) - (ring[k + 1]?.[0] ?? 0) * (ring[k]?.[1] ?? 0);
      sum += (i === 0 ? 1 : -1) * Math.abs(a / 2);
    });
  }
  return sum;
}

describe('parseGmtSegments and joinSegments', () => {
  it('joins a coastline that GMT split at a bin edge and drops empty segments', () => {
    const dump = [
      '> Shore Bin # 1, Level 1', '> Shore Bin # 1, Level 1', '0\t5', '5\t6',
      '> Shore Bin # 2, Level 1', '5\t6', '10\t5',
      '> Shore Bin # 2, Level 2', '6\t7', '7\t7', '7\t8', '6\t7', '',
    ].join('\n');
    const segments = parseGmtSegments(dump);
    expect(segments.map((s) => s.level)).toEqual([1, 1, 2]);
    const chains = joinSegments(segments);
    expect(chains).toEqual([
      { level: 1, points: [[0, 5], [5, 6], [10, 5]], closed: false },
      { level: 2, points: [[6, 7], [7, 7], [7, 8], [6, 7]], closed: true },
    ]);
  });

  it('joins pieces that run against each other', () => {
    const chains = joinSegments([{ level: 1, points: [[0, 5], [5, 5]] }, { level: 1, points: [[10, 5], [5, 5]] }]);
    expect(chains).toEqual([{ level: 1, points: [[0, 5], [5, 5], [10, 5]], closed: false }]);
  });
});

describe('framePosition', () => {
  it('measures counter-clockwise from the south-west corner', () => {
    expect(framePosition([3, 0], FRAME)).toBe(3);
    expect(framePosition([10, 4], FRAME)).toBe(14);
    expect(framePosition([7, 10], FRAME)).toBe(23);
    expect(framePosition([0, 2], FRAME)).toBe(38);
    expect(() => framePosition([5, 5], FRAME)).toThrow(/not on the frame/);
  });
});

describe('polygoniseLand', () => {
  const coast: Chain = { level: 1, points: [[0, 5], [5, 6], [10, 5]], closed: false };
  const island: Chain = { level: 1, points: [[2, 1], [4, 1], [4, 3], [2, 3], [2, 1]], closed: true };
  const lake: Chain = { level: 2, points: [[6, 7], [8, 7], [8, 9], [6, 9], [6, 7]], closed: true };
  const islet: Chain = { level: 3, points: [[6.5, 7.5], [7.5, 7.5], [7.5, 8.5], [6.5, 8.5], [6.5, 7.5]], closed: true };

  it('closes a coast against the frame on the land side (land north of the coast)', () => {
    const land = polygoniseLand([coast], [true], FRAME, false);
    expect(area(land)).toBeCloseTo(100 - 55, 6);
  });

  it('gives the same land when the chain runs the other way and the probe says land is on its right', () => {
    const reversed: Chain = { ...coast, points: coast.points.slice().reverse() };
    expect(area(polygoniseLand([reversed], [false], FRAME, false))).toBeCloseTo(45, 6);
  });

  it('takes the sea side when land is south of the coast', () => {
    expect(area(polygoniseLand([coast], [false], FRAME, false))).toBeCloseTo(55, 6);
  });

  it('adds islands, cuts lakes and puts islands in lakes back, by GSHHG level', () => {
    const land = polygoniseLand([coast, island, lake, islet], [true, true, true, true], FRAME, false);
    expect(area(land)).toBeCloseTo(45 + 4 - 4 + 1, 6);
  });

  it('fills the frame when no shoreline crosses it and its centre is land', () => {
    expect(area(polygoniseLand([lake], [true], FRAME, true))).toBeCloseTo(96, 6);
  });
});

describe('sideProbes', () => {
  it('puts the left probe on the left of the travel direction', () => {
    const { left, right } = sideProbes({ level: 1, points: [[0, 0], [1, 0]], closed: false });
    expect(left[1]).toBeGreaterThan(0);
    expect(right[1]).toBeLessThan(0);
  });
});
