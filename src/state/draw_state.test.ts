import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { vn2000Projection } from '../domain/area.ts';
import { uniqueVertices } from '../domain/shape_measure.ts';
import {
  addPoint, clearDraw, commitShape, createDrawState, deleteVertex, insertVertex, nudgeVertex, redoDraw, selectVertex, setDrawMode,
  startFrom, undoDraw,
} from './draw_state.ts';

const square = (lon: number, lat: number, d: number): Polygon =>
  ({ type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] });

describe('draw state', () => {
  it('builds a polygon from points placed by keyboard: two wait as a draft, the third makes the polygon', () => {
    const s = createDrawState();
    addPoint(s, [105.9, 9.6]);
    addPoint(s, [105.91, 9.6]);
    expect(s.shape.value).toBeNull();
    expect(s.draft.value).toHaveLength(2);
    addPoint(s, [105.91, 9.61]);
    expect(s.shape.value?.kind).toBe('polygon');
    addPoint(s, [105.9, 9.61]);
    expect(uniqueVertices(s.shape.value!)).toHaveLength(4);
    expect(s.measure.value?.areas?.vn2000M2).toBeGreaterThan(1_200_000);
    expect(s.measure.value?.crossing).toBeNull();
  });

  it('measures a line in line mode', () => {
    const s = createDrawState();
    setDrawMode(s, 'line');
    addPoint(s, [105.9, 9.6]);
    addPoint(s, [105.91, 9.6]);
    expect(s.shape.value?.kind).toBe('line');
    expect(s.measure.value?.lengthM).toBeCloseTo(1098, -1);
    expect(s.measure.value?.areas).toBeNull();
  });

  it('undoes and redoes every change, including a removal', () => {
    const s = createDrawState();
    commitShape(s, { kind: 'polygon', geometry: square(105.9, 9.6, 0.01) });
    commitShape(s, { kind: 'polygon', geometry: square(105.9, 9.6, 0.02) });
    clearDraw(s);
    expect(s.shape.value).toBeNull();
    undoDraw(s);
    expect(s.shape.value?.geometry).toEqual(square(105.9, 9.6, 0.02));
    undoDraw(s);
    expect(s.shape.value?.geometry).toEqual(square(105.9, 9.6, 0.01));
    redoDraw(s);
    expect(s.shape.value?.geometry).toEqual(square(105.9, 9.6, 0.02));
    commitShape(s, null);
    expect(s.future.value).toEqual([]);
  });

  it('nudges the selected vertex by grid metres, keeping the ring closed', () => {
    const s = createDrawState();
    commitShape(s, { kind: 'polygon', geometry: square(105.9, 9.6, 0.01) });
    selectVertex(s, 0);
    nudgeVertex(s, 10, -1);
    const ring = (s.shape.value!.geometry as Polygon).coordinates[0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const grid = vn2000Projection();
    const [x0, y0] = grid.toVn2000([105.9, 9.6]);
    const [x1, y1] = grid.toVn2000(ring[0]!);
    expect(x1 - x0).toBeCloseTo(10, 3);
    expect(y1 - y0).toBeCloseTo(-1, 3);
    undoDraw(s);
    expect(s.shape.value?.geometry).toEqual(square(105.9, 9.6, 0.01));
  });

  it('inserts a vertex at an edge midpoint and deletes vertices down to a triangle', () => {
    const s = createDrawState();
    commitShape(s, { kind: 'polygon', geometry: square(105.9, 9.6, 0.01) });
    selectVertex(s, 3);
    insertVertex(s);
    expect(s.selectedVertex.value).toBe(4);
    expect(uniqueVertices(s.shape.value!)[4]).toEqual([105.9, 9.605]);
    for (let k = 0; k < 5; k++) deleteVertex(s);
    expect(uniqueVertices(s.shape.value!)).toHaveLength(3);
  });

  it('marks where edges cross, and compares an edited copy of a zone with the zone', () => {
    const s = createDrawState();
    startFrom(s, { kind: 'zone', id: 'z', name: 'Z', geometry: square(105.9, 9.6, 0.01) });
    expect(s.mode.value).toBe('edit');
    expect(s.measure.value?.versusOriginal?.diffHa).toBeCloseTo(0, 6);
    expect(s.measure.value?.versusOriginal?.pctOfOriginal).toBeCloseTo(100, 4);
    commitShape(s, { kind: 'polygon', geometry: square(105.905, 9.6, 0.01) });
    expect(s.measure.value?.versusOriginal?.pctOfOriginal).toBeCloseTo(50, 0);
    commitShape(s, { kind: 'polygon', geometry: { type: 'Polygon', coordinates: [[[105.9, 9.6], [105.91, 9.61], [105.91, 9.6], [105.9, 9.61], [105.9, 9.6]]] } });
    const [lon, lat] = s.measure.value!.crossing!;
    expect(lon).toBeCloseTo(105.905, 6);
    expect(lat).toBeCloseTo(9.605, 6);
    expect(s.measure.value?.versusOriginal).toBeNull();
  });
});
