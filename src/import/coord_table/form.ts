/**
 * Which form a table is in (VN-2000 or UTM metres, decimal degrees, DMS) and which column holds the northing:
 * decided from the values, unless an option or the text says so.
 */
import proj4 from 'proj4';
import { vn2000Projection } from '../../domain/area.ts';
import { inVietnam } from '../crs.ts';
import { degreesOf, inRange, METRES_MAX, METRES_MIN, type PointCells, type ValueCell } from './groups.ts';
import { namedGrid } from './lines.ts';
import type { CoordForm, CoordOrder, CoordTableDetected, CoordTableOptions } from './types.ts';
import { readingIn } from './values.ts';

/** True for the forms written in metres. */
export const isMetric = (form: CoordForm): boolean => form === 'vn2000' || form === 'utm48';

type Kind = 'metres' | 'dms' | 'degrees';

/** How many cells of a line can be a coordinate of each kind. */
export function evidence(cells: readonly ValueCell[]): Record<Kind, number> {
  const n: Record<Kind, number> = { metres: 0, dms: 0, degrees: 0 };
  for (const { value: v } of cells) {
    if (v.kind === 'dms' && inRange(v, false)) n.dms++;
    else if (v.kind === 'number' && inRange(v, true)) n.metres++;
    else if (v.kind === 'number' && /[.,]/.test(v.text) && inRange(v, false)) n.degrees++;
  }
  return n;
}

/** The kind a line holds a pair of, other than `form`'s, or null. */
export function otherKind(cells: readonly ValueCell[], form: CoordForm): Kind | null {
  const e = evidence(cells);
  const own: Kind = isMetric(form) ? 'metres' : 'degrees';
  const kinds: Kind[] = ['metres', 'dms', 'degrees'];
  return kinds.find((k) => e[k] >= 2 && k !== own && !(own === 'degrees' && k === 'dms')) ?? null;
}

/**
 * The table's form: the option, else the kind most lines hold a pair of (metres first on a tie, as the official
 * figures), metres being UTM 48N when the text names UTM and VN-2000 otherwise.
 */
export function decideForm(lines: ReadonlyArray<{ raw: string; cells: readonly ValueCell[] }>, option: CoordTableOptions['form']):
  Pick<CoordTableDetected, 'form' | 'formReason' | 'otherForms'> {
  const votes: Record<Kind, number> = { metres: 0, dms: 0, degrees: 0 };
  let grid: 'utm48' | 'vn2000' | null = null;
  for (const l of lines) {
    const e = evidence(l.cells);
    for (const k of ['metres', 'dms', 'degrees'] as const) if (e[k] >= 2) votes[k]++;
    grid ??= namedGrid(l.raw);
  }
  const present: CoordForm[] = [];
  if (votes.metres > 0) present.push(grid ?? 'vn2000');
  if (votes.dms > 0) present.push('dms');
  if (votes.degrees > 0) present.push('degrees');
  let form: CoordForm | null;
  let formReason: CoordTableDetected['formReason'];
  if (option && option !== 'auto') [form, formReason] = [option, 'option'];
  else if (votes.metres > 0 && votes.metres >= votes.dms && votes.metres >= votes.degrees) [form, formReason] = [grid ?? 'vn2000', grid ? 'text' : 'assumed'];
  else if (votes.dms > 0 && votes.dms >= votes.degrees) [form, formReason] = ['dms', 'values'];
  else if (votes.degrees > 0) [form, formReason] = ['degrees', 'values'];
  else [form, formReason] = [null, null];
  const otherForms = present.filter((f) => form === null || (isMetric(f) !== isMetric(form)));
  return { form, formReason, otherForms };
}

/** Grid metres (northing, easting) → WGS84 [lon, lat], for a metric form. */
export function metresToLonLat(form: 'vn2000' | 'utm48', centralMeridianDeg: number): (north: number, east: number) => [number, number] {
  if (form === 'vn2000') {
    const { fromVn2000 } = vn2000Projection(centralMeridianDeg);
    return (north, east) => fromVn2000([east, north]);
  }
  const utm = proj4('+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs', 'WGS84');
  return (north, east) => {
    const p = utm.forward([east, north]);
    return [p[0] ?? NaN, p[1] ?? NaN];
  };
}

/** The first two coordinates of a point as numbers that can be coordinates of the form, or null. */
function pairOf(p: PointCells, metric: boolean): [number, number] | null {
  const num = (c: ValueCell | null): number | null => {
    if (!c) return null;
    if (metric) return c.value.kind === 'number' ? readingIn(c.value.readings, METRES_MIN, METRES_MAX) : null;
    return degreesOf(c.value);
  };
  const a = num(p.a);
  const b = num(p.b);
  return a === null || b === null ? null : [a, b];
}

/**
 * The column order: the option; else the order that puts more of the first 200 points in Vietnam (one order
 * almost always fails there: latitudes 8–23° against longitudes 102–110°, northings over 900 km against
 * eastings within 170 km of 500 km); else the header's; else X first, the Vietnamese convention.
 */
export function decideOrder(points: readonly PointCells[], form: CoordForm, centralMeridianDeg: number,
  option: CoordTableOptions['order'], header: CoordOrder | null): Pick<CoordTableDetected, 'order' | 'orderReason'> {
  if (option && option !== 'auto') return { order: option, orderReason: 'option' };
  const metric = isMetric(form);
  const toLonLat = metric ? metresToLonLat(form as 'vn2000' | 'utm48', centralMeridianDeg) : (lat: number, lon: number): [number, number] => [lon, lat];
  let xy = 0;
  let yx = 0;
  for (const p of points.slice(0, 200)) {
    const pair = pairOf(p, metric);
    if (!pair) continue;
    if (inVietnam(...toLonLat(pair[0], pair[1]))) xy++;
    if (inVietnam(...toLonLat(pair[1], pair[0]))) yx++;
  }
  if (xy !== yx) return { order: xy > yx ? 'xy' : 'yx', orderReason: 'magnitude' };
  if (header) return { order: header, orderReason: 'header' };
  return { order: 'xy', orderReason: 'default' };
}
