/**
 * Reading untrusted polygon coordinates into clean 2D rings: structure checked, every number
 * finite, Z (and any further values) dropped, rings closed, repeated consecutive positions removed, rings with fewer than
 * three distinct positions or with all positions on one line (no area) dropped. The structure is fixed (polygon → rings → positions), so no
 * recursion on file-controlled depth.
 */
import type { MessageLog } from './messages.ts';

/** A closed ring of [x, y] positions (first === last). */
export type Ring = [number, number][];
/** A polygon: exterior ring first, then holes. */
export type Part = Ring[];

/** The numbers (1-based) a kept part and its kept rings have in the file, for messages after rings were dropped. */
export interface PartNumbers {
  part: number;
  rings: number[];
}

/** What happened while reading one feature's polygons. */
export interface ReadParts {
  parts: Part[];
  /** Per kept part, its number and its rings' numbers in the file. */
  numbers: PartNumbers[];
  hadZ: boolean;
  /** Most numbers in one position when some has more than three (x, y, z, m…), else 0: those are not read as 3D. */
  extraValues: number;
  /** A ring was closed or a ring/part dropped. */
  repaired: boolean;
  vertexCount: number;
}

type Fail = { code: 'geometry-invalid'; path: string } | { code: 'coordinate-not-number'; path: string; value: string } |
  { code: 'coordinate-not-finite'; path: string };

function valueText(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 20));
  if (v === undefined) return 'undefined';
  return (JSON.stringify(v) ?? String(v)).slice(0, 20);
}

/** Reads one ring; returns the open list of positions or a failure. */
function readRing(raw: unknown, path: string, state: { hadZ: boolean; extraValues: number }): [number, number][] | Fail {
  if (!Array.isArray(raw)) return { code: 'geometry-invalid', path };
  const out: [number, number][] = [];
  for (let i = 0; i < raw.length; i++) {
    const p: unknown = raw[i];
    const at = `${path}[${i}]`;
    if (!Array.isArray(p) || p.length < 2) return { code: 'geometry-invalid', path: at };
    for (let k = 0; k < p.length && k < 3; k++) {
      const v: unknown = p[k];
      if (typeof v !== 'number') {
        if (k === 2 && v === null) continue;
        return { code: 'coordinate-not-number', path: `${at}[${k}]`, value: valueText(v) };
      }
      if (!Number.isFinite(v)) return { code: 'coordinate-not-finite', path: `${at}[${k}]` };
    }
    // A Z of 0 (KML writes "lon,lat,0") carries nothing; only real heights are worth a note.
    if (typeof p[2] === 'number' && p[2] !== 0) state.hadZ = true;
    if (p.length > 3) state.extraValues = Math.max(state.extraValues, p.length);
    out.push([p[0] as number, p[1] as number]);
  }
  return out;
}

function samePoint(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** Relative tolerance of `collinear`: a ring thinner than this fraction of its length is a line (1 µm over 1 km). */
const FLAT = 1e-9;

/**
 * Whether all positions of an open ring lie on one line, so it encloses no area: every position's distance from
 * the line through the first position and the one farthest from it is within `FLAT` of that span.
 */
function collinear(ring: [number, number][]): boolean {
  const [ax, ay] = ring[0] ?? [0, 0];
  let far = 0;
  let bx = ax;
  let by = ay;
  for (const [x, y] of ring) {
    const d = (x - ax) ** 2 + (y - ay) ** 2;
    if (d > far) [far, bx, by] = [d, x, y];
  }
  return ring.every(([x, y]) => Math.abs((bx - ax) * (y - ay) - (by - ay) * (x - ax)) <= FLAT * far);
}

/**
 * Reads the raw coordinate arrays of a feature's polygons (part numbers in messages are 1-based).
 * Returns null if the feature is rejected (malformed, non-numeric or no usable exterior ring).
 */
export function readParts(rawPolygons: unknown[], label: string, log: MessageLog, maxVertices: number): ReadParts | null {
  const state = { hadZ: false, extraValues: 0 };
  let repaired = false;
  let vertexCount = 0;
  const parts: Part[] = [];
  const numbers: PartNumbers[] = [];
  for (let p = 0; p < rawPolygons.length; p++) {
    const rawRings = rawPolygons[p];
    const partNo = p + 1;
    const partPath = rawPolygons.length > 1 ? `coordinates[${p}]` : 'coordinates';
    if (!Array.isArray(rawRings) || rawRings.length === 0) {
      log.add(Array.isArray(rawRings) ? 'empty-coordinates' : 'geometry-invalid', label, 'rejected', { path: partPath });
      return null;
    }
    const rings: Ring[] = [];
    const ringNumbers: number[] = [];
    for (let r = 0; r < rawRings.length; r++) {
      const rawRing: unknown = rawRings[r];
      const path = rawPolygons.length > 1 ? `coordinates[${p}][${r}]` : `coordinates[${r}]`;
      if (Array.isArray(rawRing) && rawRing.length === 0) {
        repaired = true;
        log.add('empty-coordinates', label, r > 0 ? 'dropped-hole' : rawPolygons.length > 1 ? 'dropped-part' : 'rejected', { path });
        if (r === 0) break;
        continue;
      }
      const read = readRing(rawRing, path, state);
      if (!Array.isArray(read)) {
        const { code, ...params } = read;
        log.add(code, label, 'rejected', params);
        return null;
      }
      vertexCount += read.length;
      if (vertexCount > maxVertices) {
        log.add('feature-too-many-vertices', label, 'rejected', { count: vertexCount, limit: maxVertices });
        return null;
      }
      if (read.length > 1 && !samePoint(read[0], read[read.length - 1])) {
        log.add('ring-unclosed', label, 'closed', { ring: r + 1, part: partNo });
        repaired = true;
      } else if (read.length > 1) read.pop();
      const ring = read.filter((q, i) => i === 0 || !samePoint(q, read[i - 1]));
      while (ring.length > 1 && samePoint(ring[0], ring[ring.length - 1])) ring.pop();
      const flat = ring.length >= 3 && collinear(ring);
      if (ring.length < 3 || flat) {
        repaired = true;
        if (r === 0) {
          const action = rawPolygons.length > 1 ? 'dropped-part' : 'rejected';
          if (flat) log.add('shell-no-area', label, action, { part: partNo });
          else log.add('shell-too-few-positions', label, action, { part: partNo, count: ring.length });
          break;
        }
        if (flat) log.add('hole-no-area', label, 'dropped-hole', { ring: r + 1, part: partNo });
        else log.add('hole-too-few-positions', label, 'dropped-hole', { ring: r + 1, part: partNo, count: ring.length });
        continue;
      }
      const first = ring[0];
      if (first) ring.push([first[0], first[1]]);
      rings.push(ring);
      ringNumbers.push(r + 1);
    }
    if (rings.length > 0) {
      parts.push(rings);
      numbers.push({ part: partNo, rings: ringNumbers });
    }
  }
  if (parts.length === 0) return null;
  return { parts, numbers, hadZ: state.hadZ, extraValues: state.extraValues, repaired, vertexCount };
}
