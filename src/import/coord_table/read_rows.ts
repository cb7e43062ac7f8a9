/**
 * Point rows of a table in a known form and order → rows with WGS84 positions, and the problems of each cell:
 * missing, not a number, out of range, in other units, outside Vietnam.
 */
import { inVietnam } from '../crs.ts';
import { degreesOf, METRES_MAX, type PointCells, type ValueCell } from './groups.ts';
import { isMetric, metresToLonLat } from './form.ts';
import { coordProblem, type CoordProblem } from './problems.ts';
import type { CoordForm, CoordOrder, CoordRow } from './types.ts';
import { readingIn } from './values.ts';

/** Range (m) of a northing (X) and an easting (Y) over Vietnam, in VN-2000 TM-3 or UTM 48N. */
const NORTHING: readonly [number, number] = [800_000, METRES_MAX];
const EASTING: readonly [number, number] = [100_000, 1_000_000];

type Axis = 'X' | 'Y' | 'lat' | 'lon';

/** The points found on one line (one, or two when a long table is printed in two halves). */
export interface LinePoints {
  line: number;
  points: PointCells[];
}

const round = (v: number, d: number): number => Math.round(v * 10 ** d) / 10 ** d;

/** Row number and name from a point's label cells: a leading whole number is the row number when more follows. */
function labelsOf(p: PointCells): { rowNumber: string | null; name: string | null } {
  const texts = p.labels.map((l) => l.cell.text);
  if (texts.length >= 2 && /^\d+$/.test(texts[0] ?? '')) return { rowNumber: texts[0] ?? null, name: texts.slice(1).join(' ') };
  return { rowNumber: null, name: texts.length > 0 ? texts.join(' ') : null };
}

/** Reads one coordinate cell for an axis: its value, or a problem. */
function readCoord(c: ValueCell | null, column: number, axis: Axis, form: CoordForm, line: number): number | CoordProblem {
  if (!c) return coordProblem('coordinate-missing', line, column, { axis });
  const v = c.value;
  const value = c.cell.text;
  const metric = isMetric(form);
  if (v.kind === 'bad' || v.kind === 'label' || v.kind === 'empty') return coordProblem('not-a-number', line, column, { value });
  if (metric && v.kind === 'dms') return coordProblem('mixed-units', line, column, { value, units: 'metres' });
  if (metric) {
    const [min, max] = axis === 'X' ? NORTHING : EASTING;
    if (v.kind !== 'number') return coordProblem('not-a-number', line, column, { value });
    return readingIn(v.readings, min, max) ?? coordProblem('value-out-of-range', line, column, { value, axis, min, max });
  }
  const [min, max] = axis === 'lat' ? [-90, 90] : [-180, 180];
  const deg = degreesOf(v);
  if (deg === null && v.kind === 'number' && v.readings.some((r) => r > 100_000)) return coordProblem('mixed-units', line, column, { value, units: 'degrees' });
  return deg !== null && deg >= min && deg <= max ? deg : coordProblem('value-out-of-range', line, column, { value, axis, min, max });
}

/**
 * Rows from the points of every point line, in table order: line by line, or for two groups side by side the
 * whole first group, then the second (`groupOrder`). Each row is converted to WGS84 and checked to lie in Vietnam.
 */
export function readRows(lines: readonly LinePoints[], form: CoordForm, order: CoordOrder, centralMeridianDeg: number):
  { rows: CoordRow[]; problems: CoordProblem[] } {
  const metric = isMetric(form);
  const toLonLat = metric ? metresToLonLat(form as 'vn2000' | 'utm48', centralMeridianDeg) : (lat: number, lon: number): [number, number] => [lon, lat];
  const [axisA, axisB]: [Axis, Axis] = metric ? (order === 'xy' ? ['X', 'Y'] : ['Y', 'X']) : (order === 'xy' ? ['lat', 'lon'] : ['lon', 'lat']);
  const rows: CoordRow[] = [];
  const problems: CoordProblem[] = [];
  for (const { line, points } of lines) {
    for (const p of points) {
      const a = readCoord(p.a, p.aColumn, axisA, form, line);
      const b = readCoord(p.b, p.bColumn, axisB, form, line);
      if (typeof a !== 'number' || typeof b !== 'number') {
        for (const r of [a, b]) if (typeof r !== 'number') problems.push(r);
        continue;
      }
      const [x, y] = order === 'xy' ? [a, b] : [b, a];
      const [lon, lat] = toLonLat(x, y);
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || !inVietnam(lon, lat)) {
        problems.push(coordProblem('outside-vietnam', line, null, { lon: round(lon, 6), lat: round(lat, 6) }));
      }
      rows.push({ line, group: p.group, ...labelsOf(p), texts: [p.a?.cell.text ?? '', p.b?.cell.text ?? ''], x, y, lon, lat });
    }
  }
  return { rows, problems };
}

/** A trailing whole number of a name (`M12` → 12), or null. */
const nameNumber = (name: string | null): number | null => {
  const m = name === null ? null : /(\d+)\s*$/.exec(name);
  return m ? Number(m[1]) : null;
};

/** How many times a name's number is one more than the one before. */
function steps(rows: readonly CoordRow[]): number {
  let n = 0;
  for (let i = 1; i < rows.length; i++) {
    const a = nameNumber(rows[i - 1]?.name ?? null);
    const b = nameNumber(rows[i]?.name ?? null);
    if (a !== null && b !== null && b === a + 1) n++;
  }
  return n;
}

/**
 * Rows of two groups side by side in boundary order: the whole first group then the second ('down', as long
 * tables are printed), unless the names count up line by line ('across').
 */
export function orderGroups(rows: readonly CoordRow[]): { rows: CoordRow[]; groupOrder: 'down' | 'across' } {
  const across = [...rows].sort((r, s) => r.line - s.line || r.group - s.group);
  const down = [...rows].sort((r, s) => r.group - s.group || r.line - s.line);
  return steps(across) > steps(down) ? { rows: across, groupOrder: 'across' } : { rows: down, groupOrder: 'down' };
}
