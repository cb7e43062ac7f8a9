/**
 * Turns GMT's per-bin shoreline dump (`gmt coast -W -M`) into land polygons clipped to a frame.
 *
 * GMT prints GSHHG shorelines bin by bin (1° bins at full resolution), so one coastline arrives as many
 * pieces that meet end to start on bin edges. We join the pieces into chains, orient every open chain so that
 * land lies on its left (the side is asked of a caller-supplied classifier, in practice `gmt select -N`), close
 * the chains along the frame counter-clockwise, then add or remove the closed rings by GSHHG level
 * (1 ocean shore → island, 2 lake → water, 3 island in lake → land, 4 pond → water). Pure: no I/O.
 */
import { difference, union, type Geom } from 'polyclip-ts';

/** Longitude/latitude in degrees. */
export type Position = [number, number];
/** Region [west, south, east, north] in degrees. */
export type Frame = [number, number, number, number];
type Ring = Position[];
/** A GeoJSON-style multipolygon coordinate array (rings closed, outer rings counter-clockwise). */
export type MultiPolygonCoords = Ring[][];

/** One `>`-headed segment of a GMT multisegment dump with the GSHHG/WDBII level from its header. */
export interface GmtSegment {
  level: number;
  points: Position[];
}

/** Parses GMT multisegment ASCII ("> Shore Bin # 28545, Level 1" headers, "lon<TAB>lat" rows); drops empty segments. */
export function parseGmtSegments(text: string): GmtSegment[] {
  const out: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      const m = /Level\s+(\d+)/.exec(line);
      current = { level: m ? Number(m[1]) : 0, points: [] };
      out.push(current);
    } else if (line.trim() !== '' && current) {
      const [x, y] = line.trim().split(/\s+/).map(Number);
      if (x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y)) current.points.push([x, y]);
    }
  }
  return out.filter((s) => s.points.length > 1);
}

const key = (p: Position): string => `${p[0]},${p[1]}`;
const same = (a: Position, b: Position): boolean => a[0] === b[0] && a[1] === b[1];

/** A joined shoreline: `closed` rings end where they start. */
export interface Chain {
  level: number;
  points: Position[];
  closed: boolean;
}

/** Joins pieces of the same level that share end points (exact match, as GMT prints bin edges identically). */
export function joinSegments(segments: GmtSegment[]): Chain[] {
  const chains: Chain[] = [];
  const levels = [...new Set(segments.map((s) => s.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const pool = segments.filter((s) => s.level === level).map((s) => s.points.slice());
    const used = new Array<boolean>(pool.length).fill(false);
    const byStart = new Map<string, number[]>();
    const byEnd = new Map<string, number[]>();
    pool.forEach((pts, i) => {
      const s = key(pts[0] as Position);
      const e = key(pts[pts.length - 1] as Position);
      byStart.set(s, [...(byStart.get(s) ?? []), i]);
      byEnd.set(e, [...(byEnd.get(e) ?? []), i]);
    });
    const take = (map: Map<string, number[]>, k: string): number | undefined => {
      const idx = (map.get(k) ?? []).find((i) => !used[i]);
      if (idx !== undefined) used[idx] = true;
      return idx;
    };
    for (let i = 0; i < pool.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      let pts = (pool[i] as Position[]).slice();
      for (;;) {
        if (same(pts[0] as Position, pts[pts.length - 1] as Position)) break;
        const endKey = key(pts[pts.length - 1] as Position);
        const next = take(byStart, endKey);
        if (next !== undefined) { pts = pts.concat((pool[next] as Position[]).slice(1)); continue; }
        const rev = take(byEnd, endKey);
        if (rev !== undefined) { pts = pts.concat((pool[rev] as Position[]).slice().reverse().slice(1)); continue; }
        const startKey = key(pts[0] as Position);
        const prev = take(byEnd, startKey);
        if (prev !== undefined) { pts = (pool[prev] as Position[]).slice(0, -1).concat(pts); continue; }
        const prevRev = take(byStart, startKey);
        if (prevRev !== undefined) { pts = (pool[prevRev] as Position[]).slice().reverse().slice(0, -1).concat(pts); continue; }
        break;
      }
      chains.push({ level, points: pts, closed: same(pts[0] as Position, pts[pts.length - 1] as Position) });
    }
  }
  return chains;
}

/** Position along the frame perimeter, counter-clockwise from the south-west corner, in degrees. */
export function framePosition(p: Position, frame: Frame): number {
  const [w, s, e, n] = frame;
  const width = e - w;
  const height = n - s;
  const eps = 1e-9;
  if (Math.abs(p[1] - s) < eps) return p[0] - w;
  if (Math.abs(p[0] - e) < eps) return width + (p[1] - s);
  if (Math.abs(p[1] - n) < eps) return width + height + (e - p[0]);
  if (Math.abs(p[0] - w) < eps) return 2 * width + height + (n - p[1]);
  throw new Error(`open shoreline end ${key(p)} is not on the frame`);
}

/** Test points just left and right of a chain's middle segment, for asking which side is land. */
export function sideProbes(chain: Chain, offsetDeg = 1e-5): { left: Position; right: Position } {
  let best = 0;
  let bestLen = -1;
  for (let i = 0; i < chain.points.length - 1; i++) {
    const a = chain.points[i] as Position;
    const b = chain.points[i + 1] as Position;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len > bestLen) { bestLen = len; best = i; }
  }
  const a = chain.points[best] as Position;
  const b = chain.points[best + 1] as Position;
  const mx = (a[0] + b[0]) / 2;
  const my = (a[1] + b[1]) / 2;
  const nx = -(b[1] - a[1]) / bestLen;
  const ny = (b[0] - a[0]) / bestLen;
  return { left: [mx + nx * offsetDeg, my + ny * offsetDeg], right: [mx - nx * offsetDeg, my - ny * offsetDeg] };
}

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum / 2;
}

/**
 * Builds land polygons from joined chains. `landOnLeft[i]` says whether land lies left of `chains[i]`
 * (needed for open chains only). Returns the land as a multipolygon clipped to the frame.
 */
export function polygoniseLand(chains: Chain[], landOnLeft: boolean[], frame: Frame, frameIsLand: boolean): MultiPolygonCoords {
  const [w, s, e, n] = frame;
  const perimeter = 2 * (e - w) + 2 * (n - s);
  const corners: { t: number; p: Position }[] = [
    { t: e - w, p: [e, s] }, { t: e - w + (n - s), p: [e, n] }, { t: 2 * (e - w) + (n - s), p: [w, n] }, { t: perimeter, p: [w, s] },
  ];
  const open = chains
    .map((c, i) => ({ c, left: landOnLeft[i] ?? true }))
    .filter((x) => !x.c.closed)
    .map((x) => (x.left ? x.c.points : x.c.points.slice().reverse()));
  const outer: Ring[] = [];
  if (open.length === 0) {
    if (frameIsLand) outer.push([[w, s], [e, s], [e, n], [w, n], [w, s]]);
  } else {
    const starts = open.map((pts) => framePosition(pts[0] as Position, frame));
    const done = new Array<boolean>(open.length).fill(false);
    for (let first = 0; first < open.length; first++) {
      if (done[first]) continue;
      const ring: Ring = [];
      let i = first;
      while (!done[i]) {
        done[i] = true;
        const pts = open[i] as Position[];
        ring.push(...pts);
        const tEnd = framePosition(pts[pts.length - 1] as Position, frame);
        const dist = (t: number): number => ((t - tEnd) % perimeter + perimeter) % perimeter;
        let nextIdx = 0;
        let nextDist = Infinity;
        starts.forEach((t, j) => { const d = dist(t); if (d < nextDist) { nextDist = d; nextIdx = j; } });
        const passed = corners
          .map((c) => ({ d: dist(c.t % perimeter), p: c.p }))
          .filter((c) => c.d > 0 && c.d < nextDist)
          .sort((a, b) => a.d - b.d);
        for (const c of passed) ring.push(c.p);
        i = nextIdx;
      }
      ring.push(ring[0] as Position);
      outer.push(ring);
    }
  }
  let land: Geom = outer.map((r) => [r]);
  const closedByLevel = new Map<number, Ring[]>();
  for (const c of chains.filter((x) => x.closed)) closedByLevel.set(c.level, [...(closedByLevel.get(c.level) ?? []), c.points]);
  for (const level of [...closedByLevel.keys()].sort((a, b) => a - b)) {
    const rings = (closedByLevel.get(level) ?? []).map((r) => (signedArea(r) < 0 ? r.slice().reverse() : r));
    const polys: Geom = rings.map((r) => [r]);
    if (polys.length === 0) continue;
    land = level % 2 === 1 ? union(land, polys) : difference(land, polys);
  }
  return union(land) as MultiPolygonCoords;
}
