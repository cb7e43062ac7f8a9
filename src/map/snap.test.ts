import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { SNAP_IMPORTED_MAX_POINTS, snapVertices } from './snap.ts';

const square = (x: number, n = 4): { geometry: Polygon } => ({
  geometry: { type: 'Polygon', coordinates: [Array.from({ length: n + 1 }, (_, i) => [x + Math.cos((i / n) * 2 * Math.PI), Math.sin((i / n) * 2 * Math.PI)])] },
});

describe('snapVertices', () => {
  it('offers every ring vertex of the zones and the imported features', () => {
    const v = snapVertices([square(0)], [square(10)]);
    expect(v).toHaveLength(10);
    expect(v[0]).toEqual([1, 0]);
    expect(v[5]).toEqual([11, 0]);
  });

  it('leaves out imports too large to scan on every pointer move, never the zones', () => {
    const big = square(10, SNAP_IMPORTED_MAX_POINTS);
    expect(snapVertices([square(0)], [big])).toHaveLength(5);
  });
});
