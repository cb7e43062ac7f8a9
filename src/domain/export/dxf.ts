/**
 * A coordinate table as a DXF drawing for CAD, in VN-2000 / TM-3 metres (x = easting, y = northing): each ring a
 * closed polyline, each point's name as a TEXT at its vertex, the feature's name and area as TEXT in the middle.
 *
 * Written by hand as DXF R12 (AC1009), the version every CAD program and GDAL read; no library is needed for three
 * entity types. R12 text is in a code page, not UTF-8: characters outside ASCII are written as `\U+XXXX`, which
 * AutoCAD, BricsCAD, LibreCAD and GDAL decode, so Vietnamese names survive. Units are declared as metres
 * (`$INSUNITS` 6; programs older than AutoCAD 2000 ignore it). Coordinates to the millimetre.
 */
import { meridianLabel } from '../vn2000_meridians.ts';
import { tableAreaM2, type CoordTableMeta, type Vn2000TableRing } from './coord_table.ts';

/** Layers: the boundary, the point names, the label. */
const LAYERS = [['RANH_GIOI', 1], ['TEN_DIEM', 7], ['GHI_CHU', 3]] as const;

/** Text for a DXF group value: one line, ASCII, everything else as `\U+XXXX`. */
export function dxfText(s: string): string {
  return [...s.normalize('NFC').replace(/[\r\n\t\p{Cc}]+/gu, ' ')].map((ch) => {
    const c = ch.codePointAt(0) ?? 63;
    if (c < 128) return ch;
    return c > 0xffff ? '?' : `\\U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
  }).join('');
}

const f3 = (v: number): string => v.toFixed(3);

/**
 * DXF R12 text of the table's rings with their point names, and the feature's name and grid area (ha) at the
 * centre of its extent. Text height is 1/150 of the extent (0.5–50 m), so labels read at the drawing's scale.
 */
export function coordTableDxf(rings: readonly Vn2000TableRing[], meta: CoordTableMeta): string {
  const pts = rings.flatMap((r) => r.rows);
  const xs = pts.map((p) => p.y);
  const ys = pts.map((p) => p.x);
  const [minX, maxX, minY, maxY] = pts.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 0, 0, 0];
  const height = Math.min(50, Math.max(0.5, Math.round((Math.hypot(maxX - minX, maxY - minY) / 150) * 10) / 10));
  const out: Array<[number, string]> = [];
  const add = (...pairs: Array<[number, string | number]>): void => {
    for (const [code, value] of pairs) out.push([code, String(value)]);
  };
  const text = (layer: string, x: number, y: number, h: number, value: string): void =>
    add([0, 'TEXT'], [8, layer], [10, f3(x)], [20, f3(y)], [30, '0.0'], [40, h.toFixed(2)], [1, dxfText(value)]);

  add([0, 'SECTION'], [2, 'HEADER'], [9, '$ACADVER'], [1, 'AC1009'], [9, '$DWGCODEPAGE'], [3, 'ANSI_1252'],
    [9, '$INSUNITS'], [70, 6], [9, '$EXTMIN'], [10, f3(minX)], [20, f3(minY)], [30, '0.0'],
    [9, '$EXTMAX'], [10, f3(maxX)], [20, f3(maxY)], [30, '0.0'], [0, 'ENDSEC']);
  add([0, 'SECTION'], [2, 'TABLES'],
    [0, 'TABLE'], [2, 'LTYPE'], [70, 1], [0, 'LTYPE'], [2, 'CONTINUOUS'], [70, 0], [3, 'Solid line'], [72, 65], [73, 0], [40, '0.0'], [0, 'ENDTAB'],
    [0, 'TABLE'], [2, 'LAYER'], [70, LAYERS.length]);
  for (const [name, colour] of LAYERS) add([0, 'LAYER'], [2, name], [70, 0], [62, colour], [6, 'CONTINUOUS']);
  add([0, 'ENDTAB'], [0, 'ENDSEC'], [0, 'SECTION'], [2, 'ENTITIES']);
  for (const ring of rings) {
    // 66: vertices follow; 70 bit 1: closed.
    add([0, 'POLYLINE'], [8, 'RANH_GIOI'], [66, 1], [10, '0.0'], [20, '0.0'], [30, '0.0'], [70, 1]);
    for (const p of ring.rows) add([0, 'VERTEX'], [8, 'RANH_GIOI'], [10, f3(p.y)], [20, f3(p.x)], [30, '0.0']);
    add([0, 'SEQEND'], [8, 'RANH_GIOI']);
  }
  for (const p of pts) text('TEN_DIEM', p.y + height / 2, p.x + height / 2, height, p.name);
  const [cx, cy] = [(minX + maxX) / 2, (minY + maxY) / 2];
  text('GHI_CHU', cx, cy + height, height * 1.5, meta.name);
  text('GHI_CHU', cx, cy - height, height, `S = ${(tableAreaM2(rings) / 10_000).toFixed(4)} ha (VN-2000, KTT ${meridianLabel(meta.centralMeridianDeg)})`);
  add([0, 'ENDSEC'], [0, 'EOF']);
  return `${out.map(([code, value]) => `${String(code).padStart(3, ' ')}\r\n${value}`).join('\r\n')}\r\n`;
}
