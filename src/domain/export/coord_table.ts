/**
 * A feature as a VN-2000 coordinate table, the way Vietnamese planning documents print boundaries: per ring, point
 * name, X (northing, m), Y (easting, m) in VN-2000 / TM-3 with the province's central meridian, and the side to the
 * next point — and that table as CSV for Excel.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { vn2000Projection } from '../area.ts';
import { polygonsOf, ringSignedArea } from '../geometry.ts';
import { meridianLabel } from '../vn2000_meridians.ts';
import { csvCell } from './csv.ts';

/** One point of a table: X is the northing and Y the easting (metres), as Vietnamese tables write them. */
export interface Vn2000TableRow {
  name: string;
  /** Northing, m. */
  x: number;
  /** Easting, m. */
  y: number;
  /** Grid distance to the next point of the ring (the last one to the first), m. */
  sideM: number;
}

/** One ring of a table: `part` is the polygon (1-based), `hole` 0 for its exterior and 1, 2… for its holes. */
export interface Vn2000TableRing {
  part: number;
  hole: number;
  rows: Vn2000TableRow[];
}

/** Ring vertices without the closing repeat. */
function open(ring: readonly Position[]): Position[] {
  const a = ring[0];
  const b = ring[ring.length - 1];
  return ring.length > 1 && a && b && a[0] === b[0] && a[1] === b[1] ? ring.slice(0, -1) : [...ring];
}

/**
 * The table of a Polygon or MultiPolygon in VN-2000 / TM-3 with central meridian `centralMeridianDeg`: every ring,
 * exteriors first in each part, vertices in the geometry's order, the closing point not repeated. Points are named
 * `names[k]` (k counting along all rings in that order) or else their number `k + 1`, so every name is unique.
 * Coordinates are not rounded; the writers round to the millimetre.
 */
export function vn2000TableRows(geometry: Polygon | MultiPolygon, centralMeridianDeg: number,
  names?: ReadonlyArray<string | null>): Vn2000TableRing[] {
  const { toVn2000 } = vn2000Projection(centralMeridianDeg);
  let k = 0;
  const out: Vn2000TableRing[] = [];
  polygonsOf(geometry).forEach((rings, p) => rings.forEach((ring, h) => {
    const pts = open(ring).map((pos) => toVn2000(pos));
    const rows = pts.map(([e, n], i): Vn2000TableRow => {
      const [e2, n2] = pts[(i + 1) % pts.length] ?? [e, n];
      const name = names?.[k] ?? String(k + 1);
      k++;
      return { name, x: n, y: e, sideM: Math.hypot(e2 - e, n2 - n) };
    });
    out.push({ part: p + 1, hole: h, rows });
  }));
  return out;
}

/**
 * Grid area of a table, m²: exteriors minus holes, each by the shoelace formula on its points. This is the area of
 * the numbers as printed; it agrees with `areaVn2000SquareMetres` (which follows long edges along the geodesic) to
 * far better than 0.01 ha for zones of a few kilometres.
 */
export function tableAreaM2(rings: readonly Vn2000TableRing[]): number {
  return rings.reduce((sum, r) => {
    const a = Math.abs(ringSignedArea(r.rows.map((row) => [row.y, row.x])));
    return sum + (r.hole === 0 ? a : -a);
  }, 0);
}

/** What a table file says about itself. */
export interface CoordTableMeta {
  /** The feature's name (any text; quoted as needed). */
  name: string;
  /** Central meridian of the grid, degrees east. */
  centralMeridianDeg: number;
}

const mm = (v: number): string => v.toFixed(3);

/**
 * The table as CSV text: UTF-8 with a byte-order mark (Excel then reads Vietnamese correctly), CRLF line ends,
 * RFC 4180 quoting, formula-like text neutralised (`csvCell`). Three lines name the grid (VN-2000 / TM-3, its
 * central meridian, k = 0.9999), the feature and its grid area (m² and ha); after a blank line come the header in
 * Vietnamese and English and one line per point, metres to 3 decimals (mm). A part and a hole column are added
 * when there is more than one ring.
 *
 * Commas separate the columns and a point marks decimals, like the app's other CSV files: GIS tools (QGIS, GDAL),
 * scripts and Excel with English number settings read it as it is, and no number can be misread. Excel whose
 * Windows list separator is `;` (usual where the decimal mark is a comma, as in Vietnamese settings) opens it in one
 * column — visibly, not silently wrong — and reads it right through Data › From Text/CSV. A `;` file with decimal
 * commas would suit that Excel only and break every other reader.
 */
export function coordTableCsv(rings: readonly Vn2000TableRing[], meta: CoordTableMeta): string {
  const areaM2 = tableAreaM2(rings);
  const cm = meridianLabel(meta.centralMeridianDeg);
  const multi = rings.length > 1;
  const lines: string[][] = [
    ['Hệ toạ độ / Coordinate system', `VN-2000 / TM-3, KTT ${cm} (${meta.centralMeridianDeg}° E), k = 0.9999, múi chiếu 3° / 3° zone`],
    ['Đối tượng / Feature', meta.name],
    ['Diện tích VN-2000 / VN-2000 area', `${areaM2.toFixed(1)} m²`, `${(areaM2 / 10_000).toFixed(4)} ha`],
    [],
    [...(multi ? ['Phần / Part', 'Lỗ / Hole'] : []), 'Điểm / Point', 'X (m)', 'Y (m)', 'Cạnh (m) / Side (m)'],
    ...rings.flatMap((r) => r.rows.map((row) => [
      ...(multi ? [String(r.part), r.hole === 0 ? '' : String(r.hole)] : []), row.name, mm(row.x), mm(row.y), mm(row.sideM),
    ])),
  ];
  return `\ufeff${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
