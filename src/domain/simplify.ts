/**
 * Douglas–Peucker simplification: for lines (the basemap's shorelines, `simplifyLine`) and, to a vertex budget,
 * for polygons (`simplifyToBudget`, so that polygon clipping of a very detailed boundary stays quick). One
 * algorithm: every vertex gets the tolerance below which Douglas–Peucker would keep it (its significance).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxCentre, geometryBbox, polygonsOf, positionCount, type XY } from './geometry.ts';
import { plane, unplane } from './distance.ts';

function perpendicularDistance(p: readonly number[], a: readonly number[], b: readonly number[]): number {
  const dx = (b[0] ?? 0) - (a[0] ?? 0);
  const dy = (b[1] ?? 0) - (a[1] ?? 0);
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot((p[0] ?? 0) - (a[0] ?? 0), (p[1] ?? 0) - (a[1] ?? 0));
  return Math.abs(dy * (p[0] ?? 0) - dx * (p[1] ?? 0) + (b[0] ?? 0) * (a[1] ?? 0) - (b[1] ?? 0) * (a[0] ?? 0)) / len;
}

/**
 * Each vertex's significance: the largest tolerance at which Douglas–Peucker still keeps it (`Infinity` for the
 * two end points). Keeping the vertices whose significance exceeds `t` gives exactly Douglas–Peucker at `t`.
 * Iterative (a stack, not recursion), in the units of the coordinates.
 */
export function significance(points: readonly (readonly number[])[]): Float64Array {
  const sig = new Float64Array(points.length);
  if (points.length === 0) return sig;
  sig[0] = Infinity;
  sig[points.length - 1] = Infinity;
  const stack: [number, number, number][] = [[0, points.length - 1, Infinity]];
  while (stack.length > 0) {
    const [first, last, parent] = stack.pop() as [number, number, number];
    let maxDist = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i] ?? [], points[first] ?? [], points[last] ?? []);
      if (d > maxDist) { maxDist = d; index = i; }
    }
    if (index < 0) continue;
    // A vertex cannot outlive the split that made room for it: DP never looks inside a span it dropped.
    const s = Math.min(maxDist, parent);
    sig[index] = s;
    stack.push([first, index, s], [index, last, s]);
  }
  return sig;
}

/** Douglas–Peucker simplification of a line; keeps the first and last points. Tolerance in the coordinates' units. */
export function simplifyLine<P extends readonly number[]>(points: readonly P[], tolerance: number): P[] {
  if (points.length < 3) return points.slice();
  const sig = significance(points);
  return points.filter((_, i) => (sig[i] ?? 0) > tolerance);
}

/** A polygon simplified to a budget, and how. */
export interface Simplified {
  geometry: Polygon | MultiPolygon;
  /** Positions before and after. */
  from: number;
  to: number;
  /** The Douglas–Peucker tolerance used, in metres: no kept edge strays further from the original outline. */
  toleranceM: number;
}

/**
 * The polygon with at most about `budget` positions (every ring keeps at least 4), by Douglas–Peucker in a local
 * metric plane at the tolerance that just meets the budget; null when it already fits. The outline moves by at
 * most `toleranceM`; the shape may then touch itself where two edges ran closer than that, so use it for
 * estimates (overlaps), never for the feature's own area.
 */
export function simplifyToBudget(g: Polygon | MultiPolygon, budget: number): Simplified | null {
  const from = positionCount(g);
  if (from <= budget) return null;
  const centre = bboxCentre(geometryBbox(g));
  const to = plane(centre);
  const back = unplane(centre);
  const rings = polygonsOf(g).map((p) => p.map((ring) => ring.map((q) => to(q))));
  const sigs = rings.map((p) => p.map((ring) => {
    const s = significance(ring);
    // The two most significant inner vertices stay too, so every ring keeps a triangle (4 positions closed).
    const order = [...s.keys()].slice(1, -1).sort((a, b) => (s[b] ?? 0) - (s[a] ?? 0));
    for (const i of order.slice(0, 2)) s[i] = Infinity;
    return s;
  }));
  const finite = sigs.flatMap((p) => p.flatMap((s) => [...s].filter(Number.isFinite))).sort((a, b) => b - a);
  const fixed = sigs.reduce((n, p) => n + p.reduce((m, s) => m + s.filter((v) => !Number.isFinite(v)).length, 0), 0);
  const room = Math.max(0, budget - fixed);
  const toleranceM = room >= finite.length ? 0 : (finite[room] ?? 0);
  const polygons: Position[][][] = rings.map((p, pi) => p.map((ring, ri) => {
    const s = sigs[pi]?.[ri] ?? new Float64Array();
    return ring.filter((_, i) => (s[i] ?? 0) > toleranceM).map((q: XY) => back(q));
  }));
  const geometry: Polygon | MultiPolygon = g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: polygons };
  return { geometry, from, to: positionCount(geometry), toleranceM };
}
