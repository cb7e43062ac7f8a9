/**
 * Polygon validity in the final lon/lat plane: RFC 7946 winding (exterior counter-clockwise,
 * holes clockwise), holes outside their shell dropped, crossing edges and overlapping parts rejected.
 */
import type { Part, Ring } from './coordinates.ts';
import type { MessageLog } from './messages.ts';
import { findCrossing } from './segments.ts';

/** Twice the signed planar area of a closed ring (positive = counter-clockwise). */
export function ringTwiceSignedArea(ring: Ring): number {
  let s = 0;
  const [x0, y0] = ring[0] ?? [0, 0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i] ?? [0, 0];
    const [x2, y2] = ring[i + 1] ?? [0, 0];
    s += (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
  }
  return s;
}

/** -1 outside, 0 on the boundary, 1 inside (even–odd ray casting on a closed ring). */
export function pointInRing(x: number, y: number, ring: Ring): -1 | 0 | 1 {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i] ?? [0, 0];
    const [xj, yj] = ring[j] ?? [0, 0];
    const cross = (xj - xi) * (y - yi) - (yj - yi) * (x - xi);
    if (cross === 0 && Math.min(xi, xj) <= x && x <= Math.max(xi, xj) && Math.min(yi, yj) <= y && y <= Math.max(yi, yj)) {
      return 0;
    }
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside ? 1 : -1;
}

/** Whether some vertex of `inner` lies strictly inside `outer` (vertices on its boundary are skipped). */
function someVertexInside(inner: Ring, outer: Ring): boolean | null {
  for (const [x, y] of inner) {
    const where = pointInRing(x, y, outer);
    if (where !== 0) return where === 1;
  }
  return null;
}

function bboxOf(ring: Ring): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

/** Outcome of checking one feature's parts. */
export interface CheckedParts {
  parts: Part[];
  rewound: boolean;
  repaired: boolean;
}

/** Checks and normalises a feature's parts; returns null (after logging) if the feature is rejected. */
export function checkParts(input: Part[], label: string, log: MessageLog): CheckedParts | null {
  let rewound = false;
  let repaired = false;
  const parts: Part[] = input.map((rings, p) => {
    const [shell, ...holes] = rings;
    if (!shell) return [];
    if (ringTwiceSignedArea(shell) < 0) { shell.reverse(); rewound = true; }
    const kept: Ring[] = [shell];
    holes.forEach((hole, h) => {
      if (someVertexInside(hole, shell) === false) {
        log.add('hole-outside-shell', label, 'dropped-hole', { ring: h + 2, part: p + 1 });
        repaired = true;
        return;
      }
      if (ringTwiceSignedArea(hole) > 0) { hole.reverse(); rewound = true; }
      kept.push(hole);
    });
    return kept;
  });
  const crossing = findCrossing(parts);
  if (crossing) {
    log.add('self-intersection', label, 'rejected',
      { lon: round6(crossing.point[0]), lat: round6(crossing.point[1]), part: crossing.part });
    return null;
  }
  const overlap = findOverlappingParts(parts);
  if (overlap) {
    log.add('parts-overlap', label, 'rejected', { part: overlap[0], other: overlap[1] });
    return null;
  }
  return { parts, rewound, repaired };
}

/** Whether part `inner` (whose edges do not cross `outer`'s) lies in the interior of `outer`. */
function partInside(inner: Part, outer: Part): boolean {
  const [shell, ...holes] = outer;
  for (const [x, y] of inner[0] ?? []) {
    const where = shell ? pointInRing(x, y, shell) : -1;
    if (where === 0) continue;
    return where === 1 && holes.every((h) => pointInRing(x, y, h) !== 1);
  }
  return false;
}

/** A pair of parts (1-based) where one lies inside the other, or null. Edges do not cross here. */
function findOverlappingParts(parts: Part[]): [number, number] | null {
  if (parts.length < 2) return null;
  const boxes = parts.map((p) => bboxOf(p[0] ?? []));
  const order = parts.map((_, i) => i).sort((a, b) => (boxes[a]?.[0] ?? 0) - (boxes[b]?.[0] ?? 0));
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    const a = boxes[i] ?? [0, 0, 0, 0];
    for (let m = k + 1; m < order.length; m++) {
      const j = order[m] ?? 0;
      const b = boxes[j] ?? [0, 0, 0, 0];
      if (b[0] > a[2]) break;
      if (a[1] > b[3] || b[1] > a[3]) continue;
      const pi = parts[i] ?? [];
      const pj = parts[j] ?? [];
      if (partInside(pi, pj) || partInside(pj, pi)) return [Math.min(i, j) + 1, Math.max(i, j) + 1];
    }
  }
  return null;
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
