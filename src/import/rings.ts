/**
 * Polygon validity in the final lon/lat plane: RFC 7946 winding (exterior counter-clockwise,
 * holes clockwise), holes outside their shell dropped, crossing edges and overlapping parts rejected.
 */
import { pointInRing, ringSignedArea, ringsBbox } from '../domain/geometry.ts';
import { findCrossing } from '../domain/segments.ts';
import type { Part, Ring } from './coordinates.ts';
import type { MessageLog } from './messages.ts';

/** Whether some vertex of `inner` lies strictly inside `outer` (vertices on its boundary are skipped). */
function someVertexInside(inner: Ring, outer: Ring): boolean | null {
  for (const [x, y] of inner) {
    const where = pointInRing(x, y, outer);
    if (where !== 0) return where === 1;
  }
  return null;
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
    if (ringSignedArea(shell) < 0) { shell.reverse(); rewound = true; }
    const kept: Ring[] = [shell];
    holes.forEach((hole, h) => {
      if (someVertexInside(hole, shell) === false) {
        log.add('hole-outside-shell', label, 'dropped-hole', { ring: h + 2, part: p + 1 });
        repaired = true;
        return;
      }
      if (ringSignedArea(hole) > 0) { hole.reverse(); rewound = true; }
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
  const boxes = parts.map((p) => ringsBbox([p[0] ?? []]));
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
