/**
 * The public shapes of the coordinate-table reader (`parseCoordTable`): options, rows, what was detected, result.
 */
import type { Polygon } from 'geojson';
import type { Separator } from './cells.ts';
import type { CoordProblem } from './problems.ts';

/**
 * How the numbers are written: VN-2000 / TM-3 metres (X northing, Y easting), WGS 84 / UTM 48N metres, WGS84
 * decimal degrees, or WGS84 degrees-minutes-seconds.
 */
export type CoordForm = 'vn2000' | 'utm48' | 'degrees' | 'dms';

/** Column order: 'xy' = the first coordinate is X, the northing (metres), or the latitude (degrees). */
export type CoordOrder = 'xy' | 'yx';

/** Options of `parseCoordTable`. */
export interface CoordTableOptions {
  /** The form, or 'auto' (default): metres are read as VN-2000 unless the text names UTM. */
  form?: CoordForm | 'auto';
  /** Central meridian of the VN-2000 / TM-3 grid, degrees east (default 105.5, Sóc Trăng's 105°30′). */
  centralMeridianDeg?: number;
  /** Column order, or 'auto' (default): decided by which order puts the points in Vietnam. */
  order?: CoordOrder | 'auto';
}

/** One point read from the table. */
export interface CoordRow {
  /** 1-based line in the text. */
  line: number;
  /** 1 for the first group of columns; 2 for a second group printed beside it (a long table in two halves). */
  group: number;
  /** The row number (STT) as written, or null. */
  rowNumber: string | null;
  /** The point's name as written (NFC), or null. */
  name: string | null;
  /** The two coordinate cells as written, in column order. */
  texts: [string, string];
  /** X: the northing in metres, or the latitude in degrees, as read. */
  x: number;
  /** Y: the easting in metres, or the longitude in degrees, as read. */
  y: number;
  /** WGS84 longitude and latitude, degrees. */
  lon: number;
  lat: number;
}

/** What the reader found out about the table, for the UI to show and offer to change. */
export interface CoordTableDetected {
  /** The form used, or null when no point row was found. */
  form: CoordForm | null;
  /** Why: the option, the values (degrees vs metres), the text naming the grid, or VN-2000 assumed for metres. */
  formReason: 'option' | 'values' | 'text' | 'assumed' | null;
  /** Forms present in the table besides the one used (WGS84 degrees printed beside VN-2000 metres). */
  otherForms: CoordForm[];
  order: CoordOrder;
  orderReason: 'option' | 'magnitude' | 'header' | 'default';
  /** Central meridian used for VN-2000 metres, degrees; null for other forms. */
  centralMeridianDeg: number | null;
  /** Central meridian named in a caption (`KTT 105°30'`), degrees, or null; never applied by itself. */
  captionMeridianDeg: number | null;
  /** Column separator of most point rows, or null. */
  separator: Separator | null;
  /** Line of the header naming the columns, or null. */
  headerLine: number | null;
  /** Groups of point columns side by side (2 when a long table is printed in two halves). */
  groups: number;
  /** How two groups are read: first the whole left half then the right ('down'), or line by line ('across'). */
  groupOrder: 'down' | 'across';
}

/** What `parseCoordTable` returns. */
export interface CoordTableResult {
  rows: CoordRow[];
  problems: CoordProblem[];
  detected: CoordTableDetected;
  /** The boundary as a WGS84 RFC 7946 Polygon (closed, counter-clockwise), or null when there is any error. */
  polygon: Polygon | null;
  /** Point names along the polygon's ring (without the closing repeat), in its order; empty without a polygon. */
  pointNames: Array<string | null>;
}
