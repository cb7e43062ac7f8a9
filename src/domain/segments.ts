/**
 * The one polygon-validity rule, for the shipped data and for user files alike: no two edges cross.
 * Found by a sweep over segments sorted by their west end,
 * keeping only segments whose x-range is still open, so a 100,000-vertex boundary costs about
 * n·log n rather than n² (`@turf/kinks` compares every pair and also reports harmless touches).
 * Reported: proper crossings between any two edges, and collinear edges overlapping over a length
 * (spikes, doubled edges). Touching at a single point is allowed (as OGC allows a hole to touch its shell).
 */
/** A polygon's rings (exterior first): any planar [x, y] positions. */
export type PlanarPart = readonly (readonly (readonly number[])[])[];

/**
 * The first crossing found: where, how, and between which edges — each named by its part and its ring in that
 * part (1-based; ring 1 is the exterior), so a caller can tell one ring crossing itself from a hole crossing its
 * shell or two parts running into each other.
 */
export interface Crossing {
  point: [number, number];
  /** `cross`: the two edges cross; `overlap`: they are collinear and run along each other over a length. */
  kind: 'cross' | 'overlap';
  part: number;
  ring: number;
  otherPart: number;
  otherRing: number;
}

interface Segment {
  ax: number; ay: number; bx: number; by: number;
  minX: number; maxX: number; minY: number; maxY: number;
  part: number;
  ring: number;
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** Where s and t cross properly or overlap collinearly over a length; null if they do not (or only touch). */
export function segmentConflict(s: Segment, t: Segment): [number, number] | null {
  const o1 = orient(s.ax, s.ay, s.bx, s.by, t.ax, t.ay);
  const o2 = orient(s.ax, s.ay, s.bx, s.by, t.bx, t.by);
  const o3 = orient(t.ax, t.ay, t.bx, t.by, s.ax, s.ay);
  const o4 = orient(t.ax, t.ay, t.bx, t.by, s.bx, s.by);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const d = (s.bx - s.ax) * (t.by - t.ay) - (s.by - s.ay) * (t.bx - t.ax);
    const u = ((t.ax - s.ax) * (t.by - t.ay) - (t.ay - s.ay) * (t.bx - t.ax)) / d;
    return [s.ax + u * (s.bx - s.ax), s.ay + u * (s.by - s.ay)];
  }
  if (o1 === 0 && o2 === 0) {
    // Collinear: compare along the longer axis; a common length > 0 is an overlap.
    const useX = Math.abs(s.bx - s.ax) >= Math.abs(s.by - s.ay);
    const s0 = useX ? Math.min(s.ax, s.bx) : Math.min(s.ay, s.by);
    const s1 = useX ? Math.max(s.ax, s.bx) : Math.max(s.ay, s.by);
    const t0 = useX ? Math.min(t.ax, t.bx) : Math.min(t.ay, t.by);
    const t1 = useX ? Math.max(t.ax, t.bx) : Math.max(t.ay, t.by);
    const lo = Math.max(s0, t0);
    const hi = Math.min(s1, t1);
    if (hi > lo) return useX ? [lo, s.ay + ((lo - s.ax) / (s.bx - s.ax || 1)) * (s.by - s.ay)] : [s.ax, lo];
  }
  return null;
}

function segmentsOf(parts: readonly PlanarPart[]): Segment[] {
  const out: Segment[] = [];
  parts.forEach((rings, p) => {
    rings.forEach((ring, r) => {
      for (let i = 0; i + 1 < ring.length; i++) {
        const ax = ring[i]?.[0] ?? NaN, ay = ring[i]?.[1] ?? NaN;
        const bx = ring[i + 1]?.[0] ?? NaN, by = ring[i + 1]?.[1] ?? NaN;
        out.push({
          ax, ay, bx, by,
          minX: Math.min(ax, bx), maxX: Math.max(ax, bx),
          minY: Math.min(ay, by), maxY: Math.max(ay, by),
          part: p + 1,
          ring: r + 1,
        });
      }
    });
  });
  return out;
}

/** The first crossing between any two edges of the rings of `parts` (polygons), or null if there is none. */
export function findCrossing(parts: readonly PlanarPart[]): Crossing | null {
  const segs = segmentsOf(parts).sort((s, t) => s.minX - t.minX);
  let active: Segment[] = [];
  for (const s of segs) {
    if (active.length > 32) active = active.filter((a) => a.maxX >= s.minX);
    for (const a of active) {
      if (a.maxX < s.minX || a.maxY < s.minY || a.minY > s.maxY) continue;
      const hit = segmentConflict(a, s);
      if (hit) {
        const collinear = orient(a.ax, a.ay, a.bx, a.by, s.ax, s.ay) === 0 && orient(a.ax, a.ay, a.bx, a.by, s.bx, s.by) === 0;
        return { point: hit, kind: collinear ? 'overlap' : 'cross', part: a.part, ring: a.ring, otherPart: s.part, otherRing: s.ring };
      }
    }
    active.push(s);
  }
  return null;
}
