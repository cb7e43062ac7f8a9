/**
 * Polygon validity in the final lon/lat plane: the one crossing rule (`domain/segments.ts`), told apart by where
 * it fails — one ring crossing itself, two rings of one part (a hole across its shell), two parts (crossing, or
 * sharing an edge) — then holes lying wholly outside their shell dropped, parts lying inside one another
 * rejected, and RFC 7946 winding (exterior counter-clockwise, holes clockwise).
 *
 * Why a hole wholly outside is dropped while a hole across its shell rejects the feature: a hole outside
 * removes nothing from the shell, so dropping it leaves exactly the area the shell encloses, whatever was meant
 * — the warning says so, and that the hole (maybe a part put in the wrong place) is not on the map. A hole that
 * crosses its shell is a crossing like any other: the shell's area minus some part of the hole depends on which
 * boundary was meant, so any repair would guess. Hence crossing first (on every ring), outside holes after.
 */
import { pointInRing, ringSignedArea, ringsBbox } from '../domain/geometry.ts';
import { findCrossing, type Crossing } from '../domain/segments.ts';
import type { Part, PartNumbers, Ring } from './coordinates.ts';
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

/** Logs a crossing as what it is, with the part and ring numbers the file uses. */
function logCrossing(c: Crossing, numbers: PartNumbers[], label: string, log: MessageLog): void {
  const part = (p: number): number => numbers[p - 1]?.part ?? p;
  const ring = (p: number, r: number): number => numbers[p - 1]?.rings[r - 1] ?? r;
  const at = { lon: round6(c.point[0]), lat: round6(c.point[1]) };
  if (c.part !== c.otherPart) {
    const [a, b] = [part(c.part), part(c.otherPart)].sort((x, y) => x - y);
    if (c.kind === 'cross') log.add('parts-overlap', label, 'rejected', { part: a ?? 0, other: b ?? 0 });
    else log.add('parts-share-edge', label, 'rejected', { part: a ?? 0, other: b ?? 0, ...at });
  } else if (c.ring !== c.otherRing) {
    const [a, b] = [ring(c.part, c.ring), ring(c.part, c.otherRing)].sort((x, y) => x - y);
    log.add('rings-cross', label, 'rejected', { ring: a ?? 0, other: b ?? 0, part: part(c.part), ...at });
  } else {
    log.add('self-intersection', label, 'rejected', { ...at, ring: ring(c.part, c.ring), part: part(c.part) });
  }
}

/**
 * Checks and normalises a feature's parts; returns null (after logging) if the feature is rejected. `numbers`
 * gives each part's and ring's number in the file (`readParts`), for messages.
 */
export function checkParts(input: Part[], label: string, log: MessageLog, numbers: PartNumbers[]): CheckedParts | null {
  const crossing = findCrossing(input);
  if (crossing) {
    logCrossing(crossing, numbers, label, log);
    return null;
  }
  let rewound = false;
  let repaired = false;
  // No edge crosses now, so any vertex off the shell's boundary tells inside from outside for the whole hole.
  const parts: Part[] = input.map(([shell, ...holes], p) => {
    if (!shell) return [];
    if (ringSignedArea(shell) < 0) { shell.reverse(); rewound = true; }
    const kept: Ring[] = [shell];
    holes.forEach((hole, h) => {
      if (someVertexInside(hole, shell) === false) {
        log.add('hole-outside-shell', label, 'dropped-hole', { ring: numbers[p]?.rings[h + 1] ?? h + 2, part: numbers[p]?.part ?? p + 1 });
        repaired = true;
        return;
      }
      if (ringSignedArea(hole) > 0) { hole.reverse(); rewound = true; }
      kept.push(hole);
    });
    return kept;
  });
  const overlap = findOverlappingParts(parts);
  if (overlap) {
    const [a, b] = overlap.map((i) => numbers[i - 1]?.part ?? i);
    log.add('parts-overlap', label, 'rejected', { part: a ?? 0, other: b ?? 0 });
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
