import { describe, expect, it } from 'vitest';
import { splitLine } from './cells.ts';
import { parseCoordTable } from './index.ts';
import { captionMeridian, headerOrder } from './lines.ts';
import { readCell } from './values.ts';

const cells = (line: string): string[] => splitLine(line).cells.map((c) => c.text);
const codes = (text: string, options = {}): Array<[number | null, number | null, string]> =>
  parseCoordTable(text, options).problems.map((p) => [p.line, p.column, p.code]);

/** The fixtures' parcel (test/fixtures/coord_tables/README.md) as `name X Y` lines. */
const PARCEL = [
  'M1 1066400.125 548800.250', 'M2 1066430.500 549520.750', 'M3 1065960.375 549610.125',
  'M4 1065700.250 549150.500', 'M5 1065720.875 548780.625',
];

describe('splitting a line', () => {
  it.each([
    ['M1\t1066400,125\t548800,250', 'tab', ['M1', '1066400,125', '548800,250']],
    ['M1;1.066.400,125;548.800,250', 'semicolon', ['M1', '1.066.400,125', '548.800,250']],
    ['| M1 | 1066400.125 | 548800.250 |', 'pipe', ['M1', '1066400.125', '548800.250']],
    // Commas: separators when they touch a space, when a piece is not one number, or split two whole numbers…
    ['M1, 1066400.125, 548800.250', 'comma', ['M1', '1066400.125', '548800.250']],
    ['M1,1066400.125,548800.250', 'comma', ['M1', '1066400.125', '548800.250']],
    ['1066400,548800', 'comma', ['1066400', '548800']],
    ['M1,"1066400,125","548800,250"', 'comma', ['M1', '1066400,125', '548800,250']],
    // …decimal or thousands marks otherwise.
    ['M1   1066400,125   548800,250', 'spaces', ['M1', '1066400,125', '548800,250']],
    ['M1  1,066,400.125  548,800.250', 'spaces', ['M1', '1,066,400.125', '548,800.250']],
    ['M1  9°38\'34,621"  105°56\'47,2"', 'spaces', ['M1', '9°38\'34,621"', '105°56\'47,2"']],
    // Spaces inside numbers and angles.
    ['1  M1  1 066 400,125  548 800,250', 'spaces', ['1', 'M1', '1066400,125', '548800,250']],
    ['M1  9° 38′ 34,6″  105° 56′ 47,2″', 'spaces', ['M1', '9° 38′ 34,6″', '105° 56′ 47,2″']],
    ['1 M1 9 38 34.6 105 56 47.2', 'spaces', ['1', 'M1', '9 38 34.6', '105 56 47.2']],
    ['12 9 38 34.6 105 56 47.2', 'spaces', ['12', '9 38 34.6', '105 56 47.2']],
  ])('%s → %s', (line, separator, expected) => {
    expect(splitLine(line).separator).toBe(separator);
    expect(cells(line)).toEqual(expected);
  });

  it('keeps empty cells between tabs (a missing value), not at the end', () => {
    expect(cells('M1\t\t548800,25\t\t')).toEqual(['M1', '', '548800,25']);
  });
});

describe('reading a cell', () => {
  it.each([
    ['1.066.400,125', [1066400.125]], ['1,066,400.125', [1066400.125]], ['1066400,125', [1066400.125]],
    ['2.412.129', [2412129]], ['2 412 129', [2412129]], ['548.800', [548.8, 548800]], ['9,6033', [9.6033]],
  ])('number %s', (text, readings) => {
    expect(readCell(text)).toEqual({ kind: 'number', text, readings });
  });

  it.each([
    ['12°33’36,0”', 12.56], ['12°33\'36.0"', 12.56], ['12 33 36.0', 12.56], ['12d33m36s', 12.56], ['N 12°33\'36"', 12.56],
    ['12o33\'36"', 12.56], ['12º33′36″', 12.56], ['12°33,6\'', 12.56], ['S 12°33\'36"', -12.56], ['12.56°', 12.56],
  ])('angle %s', (text, deg) => {
    const v = readCell(text);
    expect(v.kind).toBe('dms');
    expect(v.kind === 'dms' ? v.deg : NaN).toBeCloseTo(deg, 9);
  });

  it.each([['2.412.12x', 'bad'], ['1.063.24,5', 'bad'], ['12°75\'00"', 'bad'], ['l063245,12', 'bad'], ['MG-01', 'label'], ['12', 'label'], ['Mốc 3', 'label'], ['12D', 'label'], ['', 'empty']])(
    '%s is %s', (text, kind) => expect(readCell(text).kind).toBe(kind));
});

describe('headers and captions', () => {
  it.each([
    ['STT  Tên điểm  X (m)  Y (m)', 'xy'], ['Điểm;Y;X', 'yx'], ['Point, Northing, Easting', 'xy'], ['Điểm  Kinh độ  Vĩ độ', 'yx'],
    ['Tọa độ ranh giới (VN-2000, KTT 105°30′)', null],
  ])('%s → %s', (line, order) => expect(headerOrder(line)).toBe(order));

  it.each([
    ['Tọa độ ranh giới (VN-2000, KTT 105°30′, múi chiếu 3°)', 105.5], ['Hệ VN-2000, kinh tuyến trục 105 độ 30 phút', 105.5],
    ['VN-2000 105o30\' múi 3o', 105.5], ["KTT: 104°45'", 104.75], ['KTT 105,5', 105.5], ['Múi chiếu 3°, năm 2019', null], ['KTT 45°', null],
  ])('%s names %s', (line, deg) => expect(captionMeridian(line)).toBe(deg));
});

describe('parseCoordTable', () => {
  it('reads `548.800` by the table’s decimal mark: thousands beside `1.066.400,125`, decimals beside `1066400.125`', () => {
    const commaTable = parseCoordTable('M1;1.066.400,125;548.800\nM2;1.066.430,5;549.520,75\nM3;1.065.960,375;549.610,125');
    expect(commaTable.rows[0]?.y).toBe(548800);
    // A side of 679.533 m after the coordinates is not a second point.
    const sides = parseCoordTable(PARCEL.map((l) => `${l} 679.533`).join('\n'));
    expect(sides.detected.groups).toBe(1);
    expect(sides.problems.map((p) => p.code)).toEqual(['closing-point-added']);
    // Without a mark shown anywhere, the reading in range for the column counts.
    expect(parseCoordTable('A 1.066.400 548.800\nB 1.066.430 549.520\nC 1.065.960 549.610').rows[0]?.y).toBe(548800);
  });

  it('says which cell is not a number, counting the row-number column', () => {
    const text = ['STT  Tên điểm  X (m)  Y (m)', ...PARCEL.map((l, i) => `${i + 1}  ${l}`)].join('\n').replace('1065960.375', '2.412.12x');
    expect(codes(text)).toEqual([[4, 3, 'not-a-number'], [6, null, 'closing-point-added']]);
    expect(parseCoordTable(text).problems[0]?.params).toEqual({ value: '2.412.12x' });
  });

  it('reports an empty cell of a spreadsheet as the missing coordinate, at its column', () => {
    const text = PARCEL.map((l) => l.replace(/ /g, '\t')).join('\n').replace('\t549610.125', '\t').replace('M4\t1065700.250', 'M4\t');
    expect(codes(text)).toEqual([[3, 3, 'coordinate-missing'], [4, 2, 'coordinate-missing'], [5, null, 'closing-point-added']]);
    expect(parseCoordTable(text).problems.map((p) => p.params['axis'])).toEqual(['Y', 'X', undefined]);
  });

  it('flags a value out of range for its axis', () => {
    const r = parseCoordTable(PARCEL.join('\n').replace('1066430.500', '106643.050'));
    expect(r.problems[0]).toMatchObject({ line: 2, column: 2, code: 'value-out-of-range', params: { value: '106643.050', axis: 'X', min: 800_000 } });
  });

  it('drops a repeated point with a warning and still draws', () => {
    const r = parseCoordTable([...PARCEL.slice(0, 3), PARCEL[2] ?? '', ...PARCEL.slice(3), PARCEL[0] ?? ''].join('\n'));
    expect(r.problems.map((p) => [p.line, p.code, p.severity])).toEqual([[4, 'consecutive-duplicate', 'warning']]);
    expect(r.polygon?.coordinates[0]).toHaveLength(6);
  });

  it('warns about a name used twice, errs on a closing point that moved', () => {
    expect(codes(PARCEL.join('\n').replace('M4', 'M2'))).toEqual([[4, null, 'duplicate-name'], [5, null, 'closing-point-added']]);
    expect(codes([...PARCEL, 'M1 1066400.135 548800.250'].join('\n'))).toEqual([[6, null, 'closing-point-differs']]);
  });

  it('uses the metres when WGS84 degrees are printed beside them, and the degrees when asked', () => {
    const text = ['Điểm  X (m)  Y (m)  Vĩ độ  Kinh độ',
      'M1  1066400.125  548800.250  9°38\'34.621"  105°56\'47.200"', 'M2  1066430.500  549520.750  9°38\'35.579"  105°57\'10.835"',
      'M3  1065960.375  549610.125  9°38\'20.272"  105°57\'13.746"'].join('\n');
    const metres = parseCoordTable(text);
    expect(metres.detected).toMatchObject({ form: 'vn2000', otherForms: ['dms'] });
    expect(metres.rows[1]?.x).toBe(1066430.5);
    const dms = parseCoordTable(text, { form: 'dms' });
    expect(dms.detected).toMatchObject({ form: 'dms', formReason: 'option', otherForms: ['vn2000'] });
    expect(dms.rows[1]?.texts).toEqual(['9°38\'35.579"', '105°57\'10.835"']);
    expect(Math.abs((dms.rows[1]?.lon ?? 0) - (metres.rows[1]?.lon ?? 0))).toBeLessThan(1e-6);
  });

  it('lets the options force the order and the form', () => {
    const flipped = parseCoordTable(PARCEL.join('\n'), { order: 'yx' });
    expect(flipped.detected).toMatchObject({ order: 'yx', orderReason: 'option' });
    // Northings of 1,066 km are no eastings: each row's first value is out of range.
    expect(flipped.problems.filter((p) => p.code === 'value-out-of-range' && p.column === 2)).toHaveLength(5);
    expect(flipped.polygon).toBeNull();
    const utm = parseCoordTable(PARCEL.join('\n'), { form: 'utm48' });
    expect(utm.detected).toMatchObject({ form: 'utm48', formReason: 'option', centralMeridianDeg: null });
    // UTM 48N's central meridian is 105°: the same easting lies about 0.5° further west.
    expect(utm.rows[0]?.lon).toBeCloseTo(105.44, 1);
  });

  it('takes the header’s order when the values cannot tell', () => {
    // Points whose both orders fall in Vietnam, near its southern tip (both values in the grid's range).
    const text = 'Điểm  Y  X\nA  905000  925000\nB  905100  925000\nC  905100  925100';
    expect(parseCoordTable(text).detected).toMatchObject({ order: 'yx', orderReason: 'header' });
    expect(parseCoordTable(text.replace('Điểm  Y  X\n', '')).detected).toMatchObject({ order: 'xy', orderReason: 'default' });
  });

  it('gives the names along the polygon, which is counter-clockwise although the table is clockwise', () => {
    const r = parseCoordTable(PARCEL.join('\n'));
    expect(r.pointNames).toEqual(['M1', 'M5', 'M4', 'M3', 'M2']);
    expect(r.polygon?.coordinates[0]?.[1]?.[0]).toBeCloseTo(r.rows[4]?.lon ?? 0, 8);
  });

  it('reads nothing from empty or hostile text, without throwing', () => {
    expect(codes('')).toEqual([[null, null, 'too-few-points']]);
    expect(parseCoordTable('').detected.form).toBeNull();
    const junk = '\u0000\u0001<script>alert(1)</script>\n\ue000\ue0001\ue000\n'.repeat(50) + '9'.repeat(5000);
    expect(() => parseCoordTable(junk)).not.toThrow();
    expect(parseCoordTable(junk).polygon).toBeNull();
    // A line far longer than any row is one cell, not split (and not scanned for angles).
    expect(codes(`${PARCEL.join('\n')}\n${'N 9 '.repeat(100_000)}`).map((p) => p[2])).toEqual(['closing-point-added', 'line-ignored']);
  });
});
