/**
 * Problems found in a coordinate table: one typed record each (code, line, column, parameters), with no text —
 * `renderCoordProblem()` in `src/ui/draw/coord_table_render.ts` writes it in Vietnamese or English. Any error means
 * the table draws nothing; warnings say what was done (a ring closed, a repeated point dropped).
 */

/** Every problem code, with its fixed severity. */
export const COORD_PROBLEM_SEVERITY = {
  /** A cell where a coordinate belongs holds something that is not a number (`2.412.12x`). */
  'not-a-number': 'error',
  /** A point row has one coordinate only. */
  'coordinate-missing': 'error',
  /** A coordinate outside the range of its form (a northing of 106,324 m, a latitude of 96°). */
  'value-out-of-range': 'error',
  /** A row in other units than the table (degrees in a table of metres). */
  'mixed-units': 'error',
  /** A point that repeats an earlier, not adjacent point: the ring would touch itself. */
  'duplicate-position': 'error',
  /** A point outside Vietnam once converted (a wrong meridian or a typo). */
  'outside-vietnam': 'error',
  /** Fewer than 3 distinct points. */
  'too-few-points': 'error',
  /** Two edges cross. */
  'self-intersection': 'error',
  /** The last point repeats the first point's name at another position. */
  'closing-point-differs': 'error',
  /** A line inside the table that is not a point row. */
  'garbage-line': 'error',
  /** Two points share a name (positions differ; the shape is still drawn). */
  'duplicate-name': 'warning',
  /** The last point is not the first again: the ring is closed automatically. */
  'closing-point-added': 'warning',
  /** A point equal to the one before it: dropped. */
  'consecutive-duplicate': 'warning',
  /** A line before or after the table that is not a point row: ignored. */
  'line-ignored': 'warning',
  /** The caption names another central meridian than the one used. */
  'caption-meridian-differs': 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

/** A problem code. */
export type CoordProblemCode = keyof typeof COORD_PROBLEM_SEVERITY;

/** One problem of a coordinate table. */
export interface CoordProblem {
  /** 1-based line in the pasted text, or null for the table as a whole. */
  line: number | null;
  /** 1-based column (cell) in that line, or null for the whole line. */
  column: number | null;
  code: CoordProblemCode;
  /** Values for the message; text from the table (cells, names) is passed as is, to be shown as plain text. */
  params: Record<string, string | number>;
  severity: 'error' | 'warning';
}

/** A problem record with its code's severity. */
export function coordProblem(code: CoordProblemCode, line: number | null, column: number | null,
  params: Record<string, string | number> = {}): CoordProblem {
  return { line, column, code, params, severity: COORD_PROBLEM_SEVERITY[code] };
}
