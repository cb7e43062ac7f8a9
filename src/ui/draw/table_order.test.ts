import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { inTableOrder } from './table_order.ts';

const ccw: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 2], [0, 2], [0, 0]]] };
const names = ['M1', 'M4', 'M3', 'M2'];

describe('inTableOrder', () => {
  it('turns a clockwise table back to its own order, the first point first', () => {
    const t = inTableOrder(ccw, { points: 4, form: 'vn2000', centralMeridianDeg: 105.5, names, clockwise: true });
    expect(t.geometry.coordinates[0]).toEqual([[0, 0], [0, 2], [3, 2], [3, 0], [0, 0]]);
    expect(t.names).toEqual(['M1', 'M2', 'M3', 'M4']);
  });

  it('leaves a counter-clockwise table and a drawn shape as they are', () => {
    expect(inTableOrder(ccw, { points: 4, form: 'vn2000', centralMeridianDeg: 105.5, names, clockwise: false })).toEqual({ geometry: ccw, names });
    expect(inTableOrder(ccw, null)).toEqual({ geometry: ccw, names: undefined });
  });
});
