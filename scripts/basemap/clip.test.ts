import { describe, expect, it } from 'vitest';
import { clipLineToFrame, clipLineToPolygons, pointInMultiPolygon, roundPosition } from './clip.ts';
import type { MultiPolygonCoords } from './shoreline.ts';

const square: MultiPolygonCoords = [[[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 2], [1, 1]]]];

describe('clipLineToFrame', () => {
  it('cuts a line that leaves and re-enters the frame into two pieces', () => {
    expect(clipLineToFrame([[-1, 1], [2, 1], [2, 5], [3, 5], [3, 2]], [0, 0, 4, 4])).toEqual([
      [[0, 1], [2, 1], [2, 4]],
      [[3, 4], [3, 2]],
    ]);
  });

  it('drops a line wholly outside', () => {
    expect(clipLineToFrame([[5, 5], [6, 6]], [0, 0, 4, 4])).toEqual([]);
  });
});

describe('clipLineToPolygons', () => {
  it('keeps the parts over land and leaves out holes (lakes) and the outside', () => {
    const pieces = clipLineToPolygons([[-1, 1.5], [5, 1.5]], square);
    expect(pieces).toEqual([[[0, 1.5], [1, 1.5]], [[2, 1.5], [4, 1.5]]]);
  });
});

describe('pointInMultiPolygon and roundPosition', () => {
  it('treats holes as outside', () => {
    expect(pointInMultiPolygon([0.5, 0.5], square)).toBe(true);
    expect(pointInMultiPolygon([1.5, 1.5], square)).toBe(false);
  });

  it('rounds to five decimals by default', () => {
    expect(roundPosition([105.1234567, 9.7654321])).toEqual([105.12346, 9.76543]);
  });
});
