/**
 * A line's cells → its point groups: the label cells (row number, name) and the two coordinate cells of each point
 * on the line. Lines split on spaces are walked cell by cell; tables with real columns (tabs, semicolons, commas)
 * are read at the columns that most complete rows use, so an empty cell is a missing coordinate.
 */
import type { Cell } from './cells.ts';
import { readingIn, type CellValue } from './values.ts';

/** A cell and what it holds. */
export interface ValueCell {
  cell: Cell;
  value: CellValue;
}

/** The cells of one point on a line; a coordinate cell is null when missing. */
export interface PointCells {
  group: number;
  labels: ValueCell[];
  a: ValueCell | null;
  b: ValueCell | null;
  /** Columns where the coordinates are (or belong, when missing). */
  aColumn: number;
  bColumn: number;
}

type Role = 'label' | 'value' | 'other' | 'empty';

/** Bounds (m) of grid coordinates over Vietnam, northing or easting, in VN-2000 TM-3 or UTM 48N. */
export const METRES_MIN = 100_000;
export const METRES_MAX = 2_700_000;
/** Bounds (degrees) of values that can be a latitude or a longitude in and around Vietnam. */
const NEAR_VIETNAM: ReadonlyArray<readonly [number, number]> = [[3, 29], [97, 115]];

const nearVietnam = (d: number): boolean => NEAR_VIETNAM.some(([lo, hi]) => d >= lo && d <= hi);

/** Degrees of a cell, if it holds an angle or a number that can be one. */
export function degreesOf(v: CellValue): number | null {
  if (v.kind === 'dms') return v.deg;
  if (v.kind === 'number') return readingIn(v.readings, -180, 180);
  return null;
}

/** True when the cell holds a coordinate in range for the form (metres over Vietnam, or degrees near it). */
export function inRange(v: CellValue, metric: boolean): boolean {
  if (metric) return v.kind === 'number' && readingIn(v.readings, METRES_MIN, METRES_MAX) !== null;
  const d = degreesOf(v);
  return d !== null && nearVietnam(d);
}

function role(v: CellValue, metric: boolean): Role {
  if (v.kind === 'empty' || v.kind === 'label') return v.kind;
  if (v.kind === 'bad') return 'value';
  if (v.kind === 'dms') return metric ? 'other' : 'value';
  if (metric) return 'value';
  return readingIn(v.readings, -180, 180) === null && readingIn(v.readings, METRES_MIN, METRES_MAX) !== null ? 'other' : 'value';
}

/** Points of a line split on spaces: labels, then two values; trailing values out of range (a side length) skipped. */
export function walkPoints(cells: readonly ValueCell[], metric: boolean): PointCells[] {
  const out: PointCells[] = [];
  const roleAt = (i: number): Role | null => (cells[i] ? role(cells[i].value, metric) : null);
  let i = 0;
  while (i < cells.length) {
    const labels: ValueCell[] = [];
    while (i < cells.length && roleAt(i) !== 'value') {
      if (roleAt(i) === 'label') labels.push(cells[i] as ValueCell);
      i++;
    }
    const a = cells[i];
    if (!a) break;
    i++;
    const b = roleAt(i) === 'value' ? cells[i++] ?? null : null;
    out.push({ group: out.length + 1, labels, a, b, aColumn: a.cell.column, bColumn: b?.cell.column ?? a.cell.column + 1 });
    while (roleAt(i) === 'value' && !inRange((cells[i] as ValueCell).value, metric)) i++;
  }
  return out;
}

/** The column layout of a complete row: label columns and the two coordinate columns of each group. */
type Layout = Array<{ labels: number[]; a: number; b: number }>;

/**
 * The layout most complete rows share (every group with both coordinates in range), or null when there is none.
 * `lines` are the cells of every line with real columns.
 */
export function commonLayout(lines: ReadonlyArray<readonly ValueCell[]>, metric: boolean): Layout | null {
  const counts = new Map<string, { layout: Layout; n: number }>();
  for (const cells of lines) {
    const points = walkPoints(cells.filter((c) => c.value.kind !== 'empty'), metric);
    if (points.length === 0 || !points.every((p) => p.a && p.b && inRange(p.a.value, metric) && inRange(p.b.value, metric))) continue;
    const layout = points.map((p) => ({ labels: p.labels.map((l) => l.cell.column), a: p.aColumn, b: p.bColumn }));
    const key = JSON.stringify(layout);
    const seen = counts.get(key) ?? { layout, n: 0 };
    seen.n++;
    counts.set(key, seen);
  }
  let best: { layout: Layout; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n || (c.n === best.n && c.layout.length > best.layout.length)) best = c;
  return best?.layout ?? null;
}

/** Points of a line with real columns, read at the layout's columns; a group with nothing in it is left out. */
export function layoutPoints(cells: readonly ValueCell[], layout: Layout): PointCells[] {
  const at = (col: number): ValueCell | null => {
    const c = cells[col - 1];
    return c && c.value.kind !== 'empty' ? c : null;
  };
  const out: PointCells[] = [];
  layout.forEach((g, k) => {
    const labels = g.labels.map(at).filter((c): c is ValueCell => c !== null);
    const a = at(g.a);
    const b = at(g.b);
    if (a || b || (k === 0 && labels.length > 0)) out.push({ group: k + 1, labels, a, b, aColumn: g.a, bColumn: g.b });
  });
  return out;
}
