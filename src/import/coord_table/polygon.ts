/**
 * Rows → one ring: the closing point (repeated or not), repeated points, fewer than 3 points, crossing edges
 * (`findCrossing`, the one rule of `domain/segments.ts`, on the table's own grid metres or, for degrees, on a local
 * plane), then a WGS84 RFC 7946 Polygon when no error was found.
 */
import type { Polygon, Position } from 'geojson';
import { rfc7946Ring, ringSignedArea, type XY } from '../../domain/geometry.ts';
import { plane, pointSegment, unplane } from '../../domain/distance.ts';
import { findCrossing } from '../../domain/segments.ts';
import { isMetric, metresToLonLat } from './form.ts';
import { coordProblem, type CoordProblem } from './problems.ts';
import type { CoordForm, CoordRow } from './types.ts';

/** Decimals of the polygon's degrees: 1e-9° is 0.1 mm, so a table in millimetres comes back to the millimetre. */
const DECIMALS = 9;

const samePosition = (r: CoordRow, s: CoordRow): boolean => r.x === s.x && r.y === s.y;
const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/** Closing point, repeated points. `rows` are in boundary order. */
function cleanRing(rows: readonly CoordRow[], problems: CoordProblem[]): CoordRow[] {
  const ring = [...rows];
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && ring.length > 1) {
    if (samePosition(first, last)) {
      while (ring.length > 1 && samePosition(first, ring[ring.length - 1] as CoordRow)) ring.pop();
    } else if (first.name !== null && first.name === last.name) {
      problems.push(coordProblem('closing-point-differs', last.line, null, { name: last.name, firstLine: first.line }));
    } else problems.push(coordProblem('closing-point-added', last.line, null, { name: first.name ?? '', firstLine: first.line }));
  }
  const kept: CoordRow[] = [];
  for (const r of ring) {
    const prev = kept[kept.length - 1];
    if (prev && samePosition(prev, r)) problems.push(coordProblem('consecutive-duplicate', r.line, null, { name: r.name ?? '', firstLine: prev.line }));
    else kept.push(r);
  }
  const seenPos = new Map<string, CoordRow>();
  const seenName = new Map<string, CoordRow>();
  for (const r of kept) {
    const key = `${r.x}|${r.y}`;
    const before = seenPos.get(key);
    // Closing and adjacent repeats were dropped above: equal positions here are apart on the ring.
    if (before) {
      problems.push(coordProblem('duplicate-position', r.line, null, { name: r.name ?? '', firstLine: before.line }));
    }
    if (!before) seenPos.set(key, r);
    const named = r.name === null ? undefined : seenName.get(r.name);
    // A moved closing point is reported as such above, not as a second name.
    const movedClosing = r === kept[kept.length - 1] && named === kept[0] && problems.some((p) => p.code === 'closing-point-differs');
    if (named && r.name !== null && !(before && before.name === r.name) && !movedClosing) {
      problems.push(coordProblem('duplicate-name', r.line, null, { name: r.name, firstLine: named.line }));
    }
    if (r.name !== null && !named) seenName.set(r.name, r);
  }
  return kept;
}

/** The point label used in messages: its name, else its number along the ring (1-based). */
const labelOf = (ring: readonly CoordRow[], i: number): string => ring[i]?.name ?? String(i + 1);

/** The first crossing of the ring's edges, as a problem naming both edges, or null. */
function crossing(ring: readonly CoordRow[], form: CoordForm, centralMeridianDeg: number): CoordProblem | null {
  const metric = isMetric(form);
  const origin: Position = [ring[0]?.lon ?? 0, ring[0]?.lat ?? 0];
  const toPlane = plane(origin);
  // Grid metres are the table's own plane: edges are straight there, as the document means them.
  const pts: XY[] = ring.map((r) => (metric ? [r.y, r.x] : toPlane([r.lon, r.lat])));
  const closed = [...pts, pts[0] ?? [0, 0]];
  const hit = findCrossing([[closed]]);
  if (!hit) return null;
  const edges = pts.map((p, i) => ({ i, d: pointSegment(hit.point, p, pts[(i + 1) % pts.length] ?? p) }))
    .sort((a, b) => a.d - b.d).slice(0, 2).map((e) => e.i).sort((a, b) => a - b);
  const [e1 = 0, e2 = 0] = edges;
  const edge = (i: number): string => `${labelOf(ring, i)}–${labelOf(ring, (i + 1) % ring.length)}`;
  const [lon, lat] = metric
    ? metresToLonLat(form as 'vn2000' | 'utm48', centralMeridianDeg)(hit.point[1], hit.point[0])
    : unplane(origin)(hit.point);
  const params: Record<string, string | number> = { edgeA: edge(e1), edgeB: edge(e2), lon: round(lon, 6), lat: round(lat, 6) };
  if (metric) Object.assign(params, { x: round(hit.point[1], 3), y: round(hit.point[0], 3) });
  return coordProblem('self-intersection', ring[e1]?.line ?? null, null, params);
}

/**
 * The ring of the rows and its problems, then the polygon when there is no error (in `earlier` or here). The ring
 * is checked for crossings and counted only when the rows themselves had no error: a missing row would make both
 * checks speak of a shape nobody drew.
 */
export function ringPolygon(rows: readonly CoordRow[], form: CoordForm | null, centralMeridianDeg: number, earlier: readonly CoordProblem[]):
  { problems: CoordProblem[]; polygon: Polygon | null; pointNames: Array<string | null> } {
  const problems: CoordProblem[] = [];
  const ring = cleanRing(rows, problems);
  const rowErrors = earlier.some((p) => p.severity === 'error' && p.code !== 'line-ignored');
  if (!rowErrors) {
    if (ring.length < 3) problems.push(coordProblem('too-few-points', null, null, { count: ring.length }));
    else if (form && !problems.some((p) => p.severity === 'error')) {
      const c = crossing(ring, form, centralMeridianDeg);
      if (c) problems.push(c);
    }
  }
  if (rowErrors || problems.some((p) => p.severity === 'error')) return { problems, polygon: null, pointNames: [] };
  const positions: Position[] = ring.map((r) => [r.lon, r.lat]);
  const names = ring.map((r) => r.name);
  // rfc7946Ring reverses a clockwise ring and keeps its first point first: the names follow it.
  const reversed = ringSignedArea(positions) < 0;
  const outer = rfc7946Ring([...positions, positions[0] ?? [0, 0]], DECIMALS, true);
  const pointNames = reversed ? [names[0] ?? null, ...names.slice(1).reverse()] : names;
  return { problems, polygon: { type: 'Polygon', coordinates: [outer] }, pointNames };
}
