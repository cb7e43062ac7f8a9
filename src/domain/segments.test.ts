import { describe, expect, it } from 'vitest';
import { findCrossing } from './segments.ts';

type Ring = [number, number][];
type Part = Ring[];

const sq = (w: number, s: number, size: number): Ring => [[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]];

describe('findCrossing', () => {
  it('finds the crossing of a bow-tie', () => {
    expect(findCrossing([[[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]])).toEqual({
      point: [1, 1], kind: 'cross', part: 1, ring: 1, otherPart: 1, otherRing: 1,
    });
  });

  it('accepts a square, a square with a hole, and a hole touching its shell at one point', () => {
    expect(findCrossing([[sq(0, 0, 4)]])).toBeNull();
    expect(findCrossing([[sq(0, 0, 4), sq(1, 1, 1)]])).toBeNull();
    expect(findCrossing([[sq(0, 0, 4), [[0, 2], [1, 1], [1, 3], [0, 2]]]])).toBeNull();
  });

  it('finds a hole crossing its shell, and two parts crossing', () => {
    expect(findCrossing([[sq(0, 0, 4), sq(3, 1, 2)]])).not.toBeNull();
    const parts: Part[] = [[sq(0, 0, 2)], [sq(1, 1, 2)]];
    expect(findCrossing(parts)).not.toBeNull();
  });

  it('finds a spike (an edge doubling back over the previous one)', () => {
    expect(findCrossing([[[[0, 0], [4, 0], [2, 0], [2, 2], [0, 0]]]])).toMatchObject({ kind: 'overlap', part: 1, ring: 1, otherRing: 1 });
  });

  it('names the part and ring of both edges, and whether they cross or run along each other', () => {
    expect(findCrossing([[sq(0, 0, 4), sq(3, 1, 2)]])).toMatchObject({ kind: 'cross', part: 1, otherPart: 1 });
    const hole = findCrossing([[sq(0, 0, 4), sq(3, 1, 2)]]);
    expect([hole?.ring, hole?.otherRing].sort()).toEqual([1, 2]);
    const crossing = findCrossing([[sq(0, 0, 2)], [sq(1, 1, 2)]]);
    expect(crossing).toMatchObject({ kind: 'cross', ring: 1, otherRing: 1 });
    expect([crossing?.part, crossing?.otherPart].sort()).toEqual([1, 2]);
    const sharedEdge = findCrossing([[sq(0, 0, 2)], [sq(2, 0, 2)]]);
    expect(sharedEdge).toMatchObject({ kind: 'overlap' });
    expect([sharedEdge?.part, sharedEdge?.otherPart].sort()).toEqual([1, 2]);
  });

  it('handles a 200,000-vertex ring quickly', () => {
    const n = 200_000;
    const ring: Ring = Array.from({ length: n }, (_, i): [number, number] => [Math.cos((2 * Math.PI * i) / n), Math.sin((2 * Math.PI * i) / n)]);
    ring.push(ring[0] ?? [1, 0]);
    const t = performance.now();
    expect(findCrossing([[ring]])).toBeNull();
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
