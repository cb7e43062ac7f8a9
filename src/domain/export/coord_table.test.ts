import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseCoordTable } from '../../import/coord_table/index.ts';
import { areaVn2000SquareMetres, vn2000Projection } from '../area.ts';
import { coordTableCsv, tableAreaM2, vn2000TableRows } from './coord_table.ts';
import { coordTableDxf, dxfText } from './dxf.ts';

/** The fixtures' parcel (test/fixtures/coord_tables/README.md), X and Y in mm at 105°30′, clockwise. */
const PARCEL_105_30: Array<[string, number, number]> = [
  ['M1', 1066400.125, 548800.25], ['M2', 1066430.5, 549520.75], ['M3', 1065960.375, 549610.125],
  ['M4', 1065700.25, 549150.5], ['M5', 1065720.875, 548780.625],
];
/** A parcel at 104°45′ (An Giang, Lào Cai), counter-clockwise. */
const PARCEL_104_45: Array<[string, number, number]> = [
  ['A', 1066597.426, 631118.038], ['B', 1065918.01, 631099.9], ['C', 1065898.192, 631469.887],
  ['D', 1066159.372, 631929.025], ['E', 1066629.387, 631838.603],
];

const table = (pts: Array<[string, number, number]>): string => pts.map(([n, x, y]) => `${n}\t${x.toFixed(3)}\t${y.toFixed(3)}`).join('\n');

/** Reads a table back through the import's parser: polygon and names in the polygon's order. */
function polygonOf(pts: Array<[string, number, number]>, cm: number): { polygon: Polygon; names: Array<string | null> } {
  const r = parseCoordTable(table(pts), { centralMeridianDeg: cm });
  if (!r.polygon) throw new Error(JSON.stringify(r.problems));
  return { polygon: r.polygon, names: r.pointNames };
}

/** DXF text → its (code, value) pairs. */
function dxfPairs(dxf: string): Array<[number, string]> {
  const lines = dxf.split('\r\n');
  const out: Array<[number, string]> = [];
  for (let i = 0; i + 1 < lines.length; i += 2) out.push([Number(lines[i]), lines[i + 1] ?? '']);
  return out;
}

describe('vn2000TableRows', () => {
  it.each([[105.5, PARCEL_105_30], [104.75, PARCEL_104_45]] as const)('table → polygon → table keeps every coordinate to the millimetre (KTT %s°)', (cm, pts) => {
    const { polygon, names } = polygonOf([...pts], cm);
    const [ring] = vn2000TableRows(polygon, cm, names);
    const byName = new Map(pts.map(([n, x, y]) => [n, [x, y]]));
    expect(ring?.rows).toHaveLength(5);
    for (const row of ring?.rows ?? []) {
      const [x, y] = byName.get(row.name) ?? [NaN, NaN];
      expect(Math.abs(row.x - (x ?? NaN)), row.name).toBeLessThan(0.0005);
      expect(Math.abs(row.y - (y ?? NaN)), row.name).toBeLessThan(0.0005);
      expect(row.x.toFixed(3)).toBe(x?.toFixed(3));
    }
  });

  it('follows the polygon’s order, names the points 1, 2, 3… unless named, and measures each side to the next point', () => {
    const { polygon } = polygonOf(PARCEL_105_30, 105.5);
    const rows = vn2000TableRows(polygon, 105.5)[0]?.rows ?? [];
    expect(rows.map((r) => r.name)).toEqual(['1', '2', '3', '4', '5']);
    // The polygon runs counter-clockwise: M1, then M5.
    expect(rows[1]?.x).toBeCloseTo(1065720.875, 3);
    expect(rows[0]?.sideM).toBeCloseTo(Math.hypot(1066400.125 - 1065720.875, 548800.25 - 548780.625), 3);
    expect(rows[4]?.sideM).toBeCloseTo(Math.hypot(1066430.5 - 1066400.125, 549520.75 - 548800.25), 3);
  });

  it('labels parts and holes and numbers points across them; its area is the VN-2000 area', () => {
    const { polygon } = polygonOf(PARCEL_105_30, 105.5);
    const { fromVn2000 } = vn2000Projection(105.5);
    const square = (x: number, y: number, s: number) => [[y, x], [y + s, x], [y + s, x + s], [y, x + s], [y, x]].map((p) => fromVn2000(p));
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[polygon.coordinates[0] ?? [], square(1066000, 549100, 100)], [square(1067000, 549000, 200)]] };
    const rings = vn2000TableRows(multi, 105.5);
    expect(rings.map((r) => [r.part, r.hole, r.rows.length])).toEqual([[1, 0, 5], [1, 1, 4], [2, 0, 4]]);
    expect(rings[2]?.rows.map((r) => r.name)).toEqual(['10', '11', '12', '13']);
    expect(tableAreaM2(rings) / 10_000).toBeCloseTo(50.2936 - 1 + 4, 3);
    expect(Math.abs(tableAreaM2(rings) - areaVn2000SquareMetres(multi))).toBeLessThan(100);
  });
});

describe('coordTableCsv', () => {
  const { polygon, names } = polygonOf(PARCEL_105_30, 105.5);
  const csv = coordTableCsv(vn2000TableRows(polygon, 105.5, names), { name: 'KCN An Nghiệp, "mở rộng"', centralMeridianDeg: 105.5 });

  it('starts with a BOM, names the grid, the feature and its area, then the header and mm values', () => {
    expect(csv.startsWith('\ufeffHệ toạ độ / Coordinate system,"VN-2000 / TM-3, KTT 105°30′ (105.5° E), k = 0.9999')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe('Đối tượng / Feature,"KCN An Nghiệp, ""mở rộng"""');
    expect(lines[2]).toMatch(/^Diện tích VN-2000 \/ VN-2000 area,502935\.\d m²,50\.2935 ha$/);
    expect(lines[4]).toBe('Điểm / Point,X (m),Y (m),Cạnh (m) / Side (m)');
    expect(lines[5]).toMatch(/^M1,1066400\.125,548800\.250,\d+\.\d{3}$/);
    expect(lines).toHaveLength(11);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('reads back through the import as the same points, with the caption’s meridian', () => {
    const back = parseCoordTable(csv);
    expect(back.rows.map((r) => [r.name, r.x, r.y])).toEqual([0, 4, 3, 2, 1].map((i) => PARCEL_105_30[i]));
    expect(back.detected).toMatchObject({ separator: 'comma', captionMeridianDeg: 105.5, headerLine: 5 });
    expect(back.problems.map((p) => p.code)).toEqual(['closing-point-added']);
  });

  it('adds part and hole columns when there is more than one ring', () => {
    const rings = vn2000TableRows({ type: 'MultiPolygon', coordinates: [polygon.coordinates, polygon.coordinates] }, 105.5);
    expect(coordTableCsv(rings, { name: 'x', centralMeridianDeg: 105.5 }).split('\r\n')[4]).toBe('Phần / Part,Lỗ / Hole,Điểm / Point,X (m),Y (m),Cạnh (m) / Side (m)');
  });
});

describe('coordTableDxf', () => {
  const { polygon, names } = polygonOf(PARCEL_105_30, 105.5);
  const rings = vn2000TableRows(polygon, 105.5, names);
  const dxf = coordTableDxf(rings, { name: 'KCN An Nghiệp', centralMeridianDeg: 105.5 });
  const pairs = dxfPairs(dxf);

  it('is DXF R12 in ASCII: header, layers, entities, EOF', () => {
    expect(/^[\x20-\x7e\r\n]*$/.test(dxf)).toBe(true);
    expect(pairs.slice(0, 4)).toEqual([[0, 'SECTION'], [2, 'HEADER'], [9, '$ACADVER'], [1, 'AC1009']]);
    expect(pairs.find(([c, v], i) => c === 9 && v === '$INSUNITS' && pairs[i + 1]?.[1] === '6')).toBeDefined();
    expect(pairs.filter(([c, v]) => c === 0 && v === 'SECTION')).toHaveLength(3);
    expect(pairs[pairs.length - 1]).toEqual([0, 'EOF']);
    expect(pairs.every(([c]) => Number.isInteger(c))).toBe(true);
  });

  it('draws each ring as a closed polyline whose vertices are toVn2000 of the polygon, to 1 mm', () => {
    const start = pairs.findIndex(([c, v]) => c === 0 && v === 'POLYLINE');
    const end = pairs.findIndex(([c, v]) => c === 0 && v === 'SEQEND');
    const head = pairs.slice(start, pairs.findIndex(([c, v], i) => i > start && c === 0 && v === 'VERTEX'));
    expect(head).toContainEqual([70, '1']);
    const vertices = pairs.slice(start, end).filter(([c]) => c === 10 || c === 20).slice(2).map(([, v]) => v);
    expect(vertices.every((v) => /^\d+\.\d{3}$/.test(v))).toBe(true);
    const { toVn2000 } = vn2000Projection(105.5);
    const expected = (polygon.coordinates[0] ?? []).slice(0, -1).map((p) => toVn2000(p));
    expect(vertices).toHaveLength(expected.length * 2);
    expected.forEach(([e, n], i) => {
      expect(Math.abs(Number(vertices[2 * i]) - e)).toBeLessThan(0.001);
      expect(Math.abs(Number(vertices[2 * i + 1]) - n)).toBeLessThan(0.001);
    });
    expect(vertices.slice(0, 2)).toEqual(['548800.250', '1066400.125']);
  });

  it('labels the points and writes the name and area, Vietnamese as \\U+ escapes', () => {
    const texts = pairs.filter(([c], i) => c === 1 && pairs.slice(0, i).reverse().find(([k]) => k === 0)?.[1] === 'TEXT').map(([, v]) => v);
    expect(texts).toEqual(['M1', 'M5', 'M4', 'M3', 'M2', 'KCN An Nghi\\U+1EC7p', 'S = 50.2935 ha (VN-2000, KTT 105\\U+00B030\\U+2032)']);
    expect(dxfText('Lô A\nđợt 2 😀')).toBe('L\\U+00F4 A \\U+0111\\U+1EE3t 2 ?');
  });
});
