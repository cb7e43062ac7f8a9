import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { chunkBySize, cornerPair, interiorPoint, exteriorBbox, geometryBbox, pointInRing, pointInside, positionCount, rewindRing, rfc7946Geometry, rfc7946Ring, ringSignedArea } from './geometry.ts';
import { distanceToPolygonM, plane, unplane } from './distance.ts';

const square = [[105.9, 9.6], [106, 9.6], [106, 9.7], [105.9, 9.7], [105.9, 9.6]];
const far = [[106.2, 9.3], [106.3, 9.3], [106.3, 9.4], [106.2, 9.3]];

describe('rings', () => {
  it('signs the shoelace area by orientation, open or closed, in the square of the units', () => {
    expect(ringSignedArea([[0, 0], [2, 0], [2, 3], [0, 3], [0, 0]])).toBe(6);
    expect(ringSignedArea([[0, 0], [2, 0], [2, 3], [0, 3]])).toBe(6);
    expect(ringSignedArea([[0, 0], [0, 3], [2, 3], [2, 0]])).toBe(-6);
    // Far from the origin (projected metres) the result keeps its precision.
    expect(ringSignedArea([[500_000, 1_060_000], [500_002, 1_060_000], [500_002, 1_060_003], [500_000, 1_060_003]])).toBe(6);
  });

  it('rewinds a ring only when it runs the wrong way', () => {
    const ccw = [[0, 0], [1, 0], [1, 1], [0, 0]];
    expect(rewindRing(ccw, true)).toBe(ccw);
    expect(rewindRing(ccw, false)).toEqual([[0, 0], [1, 1], [1, 0], [0, 0]]);
  });

  it('writes RFC 7946 rings: rounded, repeats dropped, closed, exterior counter-clockwise and holes clockwise', () => {
    expect(rfc7946Ring([[0.1234567, 0], [0.1234568, 0], [1, 0], [1, 1]], 6, true)).toEqual([[0.123457, 0], [1, 0], [1, 1], [0.123457, 0]]);
    expect(ringSignedArea(rfc7946Ring(square, 6, false))).toBeLessThan(0);
    const g = rfc7946Geometry({ type: 'MultiPolygon', coordinates: [[[...square].reverse()]] }, 7);
    expect(g.type === 'MultiPolygon' && ringSignedArea(g.coordinates[0]![0]!)).toBeGreaterThan(0);
  });

  it('finds points inside, outside and on a ring', () => {
    expect(pointInRing(105.95, 9.65, square)).toBe(1);
    expect(pointInRing(106.05, 9.65, square)).toBe(-1);
    expect(pointInRing(106, 9.65, square)).toBe(0);
  });
});

describe('polygons', () => {
  it('spans every ring of a polygon or multipolygon', () => {
    expect(cornerPair(geometryBbox({ type: 'Polygon', coordinates: [square] }))).toEqual([[105.9, 9.6], [106, 9.7]]);
    expect(cornerPair(geometryBbox({ type: 'MultiPolygon', coordinates: [[square], [far]] }))).toEqual([[105.9, 9.3], [106.3, 9.7]]);
    expect(exteriorBbox({ type: 'MultiPolygon', coordinates: [[square], [far]] })).toEqual([105.9, 9.3, 106.3, 9.7]);
  });

  it('counts positions, and leaves a point in a hole outside', () => {
    const hole = [[105.94, 9.64], [105.94, 9.66], [105.96, 9.66], [105.96, 9.64], [105.94, 9.64]];
    const g = { type: 'Polygon' as const, coordinates: [square, hole] };
    expect(positionCount(g)).toBe(10);
    expect(pointInside([105.95, 9.65], g)).toBe(false);
    expect(pointInside([105.92, 9.62], g)).toBe(true);
  });

  it('measures the distance from a point to a polygon in metres (0.01° of latitude ≈ 1,112 m)', () => {
    expect(distanceToPolygonM([105.95, 9.71], { type: 'Polygon', coordinates: [square] })).toBeCloseTo(1112, -1);
    expect(distanceToPolygonM([105.95, 9.65], { type: 'Polygon', coordinates: [square] })).toBe(0);
  });
});

describe('helpers', () => {
  it('chunks by size, one item at least per chunk', () => {
    expect(chunkBySize([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
    expect(chunkBySize([], (n: number) => n, 6)).toEqual([]);
  });

  it('maps to a local plane in metres and back', () => {
    const origin = [105.97, 9.6];
    const [x, y] = plane(origin)([105.98, 9.61]);
    expect(x).toBeCloseTo(1096.4, 0);
    expect(y).toBeCloseTo(1111.9, 0);
    const back = unplane(origin)([x, y]);
    expect(back[0]).toBeCloseTo(105.98, 9);
    expect(back[1]).toBeCloseTo(9.61, 9);
  });
});

describe('interiorPoint', () => {
  it('is the centre of the bounds for a convex shape, and inside a C-shaped one whose centre is not', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] };
    expect(interiorPoint(square)).toEqual([1, 1]);
    const c: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]] };
    const p = interiorPoint(c);
    expect(pointInside(p, c)).toBe(true);
    expect(pointInside([1.5, 1.5], c)).toBe(false);
  });
});
