import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaEllipsoidalSquareMetres } from './area.ts';
import { positionCount } from './geometry.ts';
import { plane } from './distance.ts';
import { significance, simplifyLine, simplifyToBudget } from './simplify.ts';

/** Textbook recursive Douglas–Peucker, the oracle. */
function reference(points: number[][], tol: number): number[][] {
  if (points.length < 3) return points;
  const [a, b] = [points[0]!, points[points.length - 1]!];
  let best = -1;
  let at = -1;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i]!;
    const len = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
    const d = len === 0 ? Math.hypot(p[0]! - a[0]!, p[1]! - a[1]!)
      : Math.abs((b[1]! - a[1]!) * p[0]! - (b[0]! - a[0]!) * p[1]! + b[0]! * a[1]! - b[1]! * a[0]!) / len;
    if (d > best) { best = d; at = i; }
  }
  if (best <= tol) return [a, b];
  return [...reference(points.slice(0, at + 1), tol).slice(0, -1), ...reference(points.slice(at), tol)];
}

/** A deterministic wiggly line. */
const line = (n: number, seed: number): number[][] =>
  Array.from({ length: n }, (_, i) => [i, Math.sin(i * 0.37 + seed) * 10 + Math.sin(i * 2.9 * seed) * 3]);

/** A star-shaped ring of `n` vertices around (105.95, 9.6), about 2 km across, closed. */
function star(n: number): Polygon {
  const ring = Array.from({ length: n }, (_, i) => {
    const t = (i / n) * 2 * Math.PI;
    const r = 0.01 * (1 + 0.05 * Math.sin(t * 40) + 0.01 * Math.sin(t * 977));
    return [105.95 + r * Math.cos(t), 9.6 + r * Math.sin(t)];
  });
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

describe('Douglas–Peucker', () => {
  it('keeps exactly what the textbook recursion keeps, at any tolerance', () => {
    for (const seed of [1, 2, 3]) {
      const pts = line(300, seed);
      for (const tol of [0, 0.5, 2, 5, 12]) expect(simplifyLine(pts, tol), `seed ${seed} tol ${tol}`).toEqual(reference(pts, tol));
    }
  });

  it('gives the end points infinite significance and never more than the span that holds a vertex', () => {
    const s = significance(line(50, 1));
    expect(s[0]).toBe(Infinity);
    expect(s[49]).toBe(Infinity);
    expect([...s].slice(1, -1).every(Number.isFinite)).toBe(true);
  });
});

describe('simplifyToBudget', () => {
  it('leaves a polygon within budget alone', () => {
    expect(simplifyToBudget(star(100), 1000)).toBeNull();
  });

  it('cuts a detailed polygon to the budget, moving the outline no more than the tolerance it reports', () => {
    const g = star(50_000);
    const s = simplifyToBudget(g, 2_000)!;
    expect(s.from).toBe(positionCount(g));
    expect(s.to).toBeLessThanOrEqual(2_000);
    expect(s.to).toBeGreaterThan(1_500);
    expect(s.toleranceM).toBeGreaterThan(0);
    // Every dropped vertex lies within the tolerance of the kept outline.
    const to = plane([105.95, 9.6]);
    const kept = (s.geometry as Polygon).coordinates[0]!.map((p) => to(p));
    const seg = (p: number[], a: number[], b: number[]): number => {
      const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
      const t = Math.max(0, Math.min(1, ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p[0]! - a[0]! - t * dx, p[1]! - a[1]! - t * dy);
    };
    for (const p of g.coordinates[0]!.filter((_, i) => i % 97 === 0).map((q) => to(q))) {
      const d = Math.min(...kept.slice(1).map((b, i) => seg(p, kept[i]!, b)));
      expect(d).toBeLessThanOrEqual(s.toleranceM * 1.01 + 0.01);
    }
    // The area barely moves.
    expect(Math.abs(areaEllipsoidalSquareMetres(s.geometry) / areaEllipsoidalSquareMetres(g) - 1)).toBeLessThan(0.01);
  });

  it('keeps at least a triangle of every ring, holes included', () => {
    const outer = star(5_000).coordinates[0]!;
    const hole = [[105.95, 9.6], [105.9501, 9.6], [105.9501, 9.6001], [105.95, 9.6001], [105.95, 9.6]];
    const s = simplifyToBudget({ type: 'Polygon', coordinates: [outer, hole] }, 10)!;
    expect((s.geometry as Polygon).coordinates.map((r) => r.length >= 4)).toEqual([true, true]);
  });
});
