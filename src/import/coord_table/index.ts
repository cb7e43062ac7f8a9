/**
 * A boundary table pasted from a Vietnamese planning document (PDF or spreadsheet) → its points, its problems and a
 * WGS84 polygon. Pure: text in, typed records out, no message text (see `problems.ts`).
 *
 * Lines are split into cells (`cells.ts`), cells read as numbers, angles or labels (`values.ts`), the form and the
 * column order decided over the whole table (`form.ts`), each line read as point rows or as a header, caption or
 * note (`lines.ts`, `groups.ts`, `read_rows.ts`), and the rows made into one ring (`polygon.ts`).
 */
import { SOC_TRANG_CENTRAL_MERIDIAN_DEG } from '../../domain/area.ts';
import { meridianLabel } from '../../domain/vn2000_meridians.ts';
import { splitLine, type Separator } from './cells.ts';
import { decideForm, decideOrder, isMetric, otherKind } from './form.ts';
import { commonLayout, inRange, layoutPoints, walkPoints, type PointCells, type ValueCell } from './groups.ts';
import { captionMeridian, headerOrder, isCaption, isNote, isTitle } from './lines.ts';
import { coordProblem, type CoordProblem } from './problems.ts';
import { orderGroups, readRows, type LinePoints } from './read_rows.ts';
import { ringPolygon } from './polygon.ts';
import type { CoordOrder, CoordTableOptions, CoordTableResult } from './types.ts';
import { readCell, tableDecimalMark, withDecimalMark } from './values.ts';

export type { CoordTableDetected, CoordTableOptions, CoordTableResult } from './types.ts';

interface Line {
  line: number;
  raw: string;
  separator: Separator;
  cells: ValueCell[];
}

/** Longest text of a line repeated in a message, in characters. */
const MAX_QUOTE = 60;
const quote = (raw: string): string => {
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length > MAX_QUOTE ? `${t.slice(0, MAX_QUOTE - 1)}…` : t;
};

/** The most frequent item (the first of equals), or null for none. */
function mostCommon<T>(items: readonly T[]): T | null {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | null = null;
  for (const [x, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = x;
  return best;
}

/** Columns of a space-split line as a reader counts them: a name of several words is one column. */
function renumber(points: PointCells[]): PointCells[] {
  let merged = 0;
  return points.map((p) => {
    const L = p.labels.length;
    const logical = L >= 2 && /^\d+$/.test(p.labels[0]?.cell.text ?? '') ? 2 : Math.min(L, 1);
    merged += Math.max(0, L - logical);
    return { ...p, aColumn: p.aColumn - merged, bColumn: p.bColumn - merged };
  });
}

/**
 * Reads a pasted coordinate table: its rows (WGS84 positions and the numbers as read), its problems (each with
 * line and column), what was detected (form, order, separator, caption meridian…) and the polygon, null when any
 * problem is an error. Never throws on any text.
 * @throws RangeError when `options.centralMeridianDeg` is not a longitude (see `vn2000Projection`).
 */
export function parseCoordTable(text: string, options: CoordTableOptions = {}): CoordTableResult {
  const centralMeridianDeg = options.centralMeridianDeg ?? SOC_TRANG_CENTRAL_MERIDIAN_DEG;
  const split = text.replace(/^\ufeff/, '').normalize('NFC').split(/\r\n|\r|\n/).map((raw, i) => {
    const { separator, cells } = splitLine(raw);
    return { line: i + 1, raw, separator, cells: cells.map((cell) => ({ cell, value: readCell(cell.text) })) };
  }).filter((l) => l.cells.length > 0);
  const mark = tableDecimalMark(split.flatMap((l) => l.cells.map((c) => c.value)));
  const lines: Line[] = split.map((l) => ({ ...l, cells: l.cells.map((c) => ({ ...c, value: withDecimalMark(c.value, mark) })) }));

  const { form, formReason, otherForms } = decideForm(lines, options.form);
  const metric = form !== null && isMetric(form);
  const problems: CoordProblem[] = [];
  const pointLines: Array<Line & { points: PointCells[] }> = [];
  const otherLines: Line[] = [];
  let header: { line: number; order: CoordOrder } | null = null;
  for (const l of lines) {
    const walked = form ? walkPoints(l.cells.filter((c) => c.value.kind !== 'empty'), metric) : [];
    const complete = walked.some((p) => p.a && p.b && inRange(p.a.value, metric) && inRange(p.b.value, metric));
    const partial = l.cells.some((c) => c.value.kind === 'bad' || inRange(c.value, metric));
    const order = headerOrder(l.raw);
    if (form && (complete || (partial && !isNote(l.raw) && !isCaption(l.raw) && !order))) pointLines.push({ ...l, points: walked });
    else if (order && !header) header = { line: l.line, order };
    else if (order) continue;
    else if (form && otherKind(l.cells, form)) {
      problems.push(coordProblem('mixed-units', l.line, null, { value: quote(l.raw), units: metric ? 'metres' : 'degrees' }));
    } else otherLines.push(l);
  }

  const layout = commonLayout(pointLines.filter((l) => l.separator !== 'spaces').map((l) => l.cells), metric);
  const byLine: LinePoints[] = pointLines.map((l) => ({
    line: l.line,
    points: l.separator === 'spaces' ? renumber(l.points) : layout ? layoutPoints(l.cells, layout) : l.points,
  }));
  const { order, orderReason } = form
    ? decideOrder(byLine.flatMap((l) => l.points), form, centralMeridianDeg, options.order, header?.order ?? null)
    : { order: 'xy' as const, orderReason: 'default' as const };
  const read = form ? readRows(byLine, form, order, centralMeridianDeg) : { rows: [], problems: [] };
  problems.push(...read.problems);
  const { rows, groupOrder } = orderGroups(read.rows);

  const first = pointLines[0]?.line ?? Infinity;
  const last = pointLines[pointLines.length - 1]?.line ?? -Infinity;
  let caption: { deg: number; line: number } | null = null;
  for (const l of otherLines) {
    const deg = captionMeridian(l.raw);
    if (deg !== null && !caption) caption = { deg, line: l.line };
    const inside = l.line > first && l.line < last;
    if (inside && !isTitle(l.raw) && !isNote(l.raw)) problems.push(coordProblem('garbage-line', l.line, null, { text: quote(l.raw) }));
    else if (inside || !(l.line < first && isTitle(l.raw))) problems.push(coordProblem('line-ignored', l.line, null, { text: quote(l.raw) }));
  }
  const usedMeridian = form === 'vn2000' ? centralMeridianDeg : null;
  if (caption && usedMeridian !== null && Math.abs(caption.deg - usedMeridian) > 1e-9) {
    problems.push(coordProblem('caption-meridian-differs', caption.line, null,
      { caption: meridianLabel(caption.deg), used: meridianLabel(usedMeridian) }));
  }

  const ring = ringPolygon(rows, form, centralMeridianDeg, problems);
  problems.push(...ring.problems);
  problems.sort((p, q) => (p.line ?? Infinity) - (q.line ?? Infinity) || (p.column ?? 0) - (q.column ?? 0));
  return {
    rows,
    problems,
    polygon: ring.polygon,
    pointNames: ring.pointNames,
    detected: {
      form, formReason, otherForms, order, orderReason,
      centralMeridianDeg: usedMeridian,
      captionMeridianDeg: caption?.deg ?? null,
      separator: mostCommon(pointLines.map((l) => l.separator)),
      headerLine: header?.line ?? null,
      groups: Math.max(1, ...byLine.map((l) => l.points.length)),
      groupOrder,
    },
  };
}
