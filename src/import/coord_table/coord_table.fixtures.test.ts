import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areasOf } from '../../domain/area.ts';
import { parseCoordTable, type CoordTableDetected, type CoordTableOptions } from './index.ts';

const DIR = join(import.meta.dirname, '../../../test/fixtures/coord_tables');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

/** Grid area of the fixtures' parcel (see the fixtures' README), hectares. */
const PARCEL_HA = 50.2936;
const NAMES = ['M1', 'M2', 'M3', 'M4', 'M5'];

interface Case {
  file: string;
  options?: CoordTableOptions;
  detected: Partial<CoordTableDetected>;
  names: Array<string | null>;
  /** [line, column, code] of every problem, in order. */
  problems: Array<[number | null, number | null, string]>;
  /** Expected VN-2000 area of the polygon (ha), or null for no polygon. */
  ha: number | null;
}

const closed = [...NAMES, 'M1'];
const added = (line: number): [number, null, string] => [line, null, 'closing-point-added'];

const CASES: Case[] = [
  { file: 'tabs-vn2000.txt', detected: { form: 'vn2000', formReason: 'assumed', order: 'xy', orderReason: 'magnitude', separator: 'tab', headerLine: 1 }, names: closed, problems: [], ha: PARCEL_HA },
  { file: 'spaces-decimal-comma.txt', detected: { form: 'vn2000', separator: 'spaces', headerLine: 1 }, names: closed, problems: [], ha: PARCEL_HA },
  { file: 'semicolons-thousands-dots.txt', detected: { form: 'vn2000', separator: 'semicolon', headerLine: 1 }, names: closed, problems: [], ha: PARCEL_HA },
  { file: 'commas-decimal-point.txt', detected: { form: 'vn2000', separator: 'comma', headerLine: 1 }, names: closed, problems: [], ha: PARCEL_HA },
  { file: 'header-stt-name-x-y.txt', detected: { form: 'vn2000', separator: 'spaces', headerLine: 1 }, names: ['Mốc 1', 'Mốc 2', 'Mốc 3', 'Mốc 4', 'Mốc 5', 'Mốc 1'], problems: [], ha: PARCEL_HA },
  { file: 'no-header.txt', detected: { form: 'vn2000', order: 'xy', orderReason: 'magnitude', separator: 'tab', headerLine: null }, names: ['1', '2', '3', '4', '5'], problems: [added(5)], ha: PARCEL_HA },
  { file: 'yx-order.txt', detected: { form: 'vn2000', order: 'yx', orderReason: 'magnitude', headerLine: 1 }, names: closed, problems: [], ha: PARCEL_HA },
  { file: 'two-groups-side-by-side.txt', detected: { form: 'vn2000', groups: 2, groupOrder: 'down' }, names: NAMES, problems: [added(3)], ha: PARCEL_HA },
  { file: 'caption-with-meridian.txt', detected: { form: 'vn2000', formReason: 'text', captionMeridianDeg: 105.5, centralMeridianDeg: 105.5, headerLine: 3 }, names: NAMES, problems: [added(8)], ha: PARCEL_HA },
  { file: 'dms-variants.txt', detected: { form: 'dms', formReason: 'values', order: 'xy', orderReason: 'magnitude', centralMeridianDeg: null }, names: NAMES, problems: [added(6)], ha: PARCEL_HA },
  { file: 'decimal-degrees.txt', detected: { form: 'degrees', formReason: 'values', order: 'xy' }, names: NAMES, problems: [added(6)], ha: PARCEL_HA },
  { file: 'utm48.txt', detected: { form: 'utm48', formReason: 'text', order: 'xy', centralMeridianDeg: null, headerLine: 2 }, names: NAMES, problems: [added(7)], ha: PARCEL_HA },
  { file: 'missing-closing-point.txt', detected: { form: 'vn2000' }, names: NAMES, problems: [added(6)], ha: PARCEL_HA },
  {
    file: 'duplicate-points.txt', detected: { form: 'vn2000' }, names: ['M1', 'M2', 'M2', 'M3', 'M4', 'M3', 'M5', 'M1'],
    problems: [[4, null, 'consecutive-duplicate'], [7, null, 'duplicate-position']], ha: null,
  },
  { file: 'mixed-units.txt', detected: { form: 'vn2000' }, names: ['M1', 'M2', 'M3', 'M5'], problems: [[5, null, 'mixed-units'], added(6)], ha: null },
  {
    file: 'garbage.txt', detected: { form: 'vn2000', headerLine: 3 }, names: NAMES,
    problems: [[2, null, 'line-ignored'], [6, null, 'garbage-line'], added(9), [10, null, 'line-ignored']], ha: null,
  },
  { file: 'too-few-points.txt', detected: { form: 'vn2000' }, names: ['M1', 'M2', 'M1'], problems: [[null, null, 'too-few-points']], ha: null },
  { file: 'self-intersecting.txt', detected: { form: 'vn2000' }, names: ['M1', 'M2', 'M4', 'M3', 'M5'], problems: [[3, null, 'self-intersection'], added(6)], ha: null },
  { file: 'outside-vietnam.txt', detected: { form: 'vn2000' }, names: NAMES, problems: [[4, null, 'outside-vietnam'], added(6)], ha: null },
];

describe('coordinate table fixtures', () => {
  it.each(CASES)('$file', ({ file, options, detected, names, problems, ha }) => {
    const r = parseCoordTable(read(file), options);
    expect(r.detected).toMatchObject(detected);
    expect(r.rows.map((row) => row.name)).toEqual(names);
    expect(r.problems.map((p) => [p.line, p.column, p.code])).toEqual(problems);
    if (ha === null) {
      expect(r.polygon).toBeNull();
      expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
    } else {
      expect(r.polygon).not.toBeNull();
      expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
      expect(Math.abs(areasOf(r.polygon ?? { type: 'Polygon', coordinates: [] }).vn2000M2 / 10_000 - ha)).toBeLessThan(0.01);
    }
  });

  it('reads the parcel’s first point to the millimetre in every metric fixture, and to 1e-8° in degrees', () => {
    for (const file of ['tabs-vn2000.txt', 'spaces-decimal-comma.txt', 'semicolons-thousands-dots.txt', 'commas-decimal-point.txt', 'yx-order.txt', 'two-groups-side-by-side.txt']) {
      const [first] = parseCoordTable(read(file)).rows;
      expect([first?.x, first?.y], file).toEqual([1066400.125, 548800.25]);
    }
    const deg = parseCoordTable(read('decimal-degrees.txt')).rows;
    expect([deg[0]?.lat, deg[0]?.lon]).toEqual([9.64295027, 105.9464444]);
    // The same point in every DMS spelling: 0.001″ is 3 cm.
    const dms = parseCoordTable(read('dms-variants.txt')).rows;
    const exact = parseCoordTable(read('decimal-degrees.txt')).rows;
    dms.forEach((row, i) => {
      expect(Math.abs(row.lat - (exact[i]?.lat ?? NaN)), row.texts[0]).toBeLessThan(1e-6);
      expect(Math.abs(row.lon - (exact[i]?.lon ?? NaN)), row.texts[1]).toBeLessThan(1e-6);
    });
  });

  it('keeps row numbers apart from names, and names of several words whole', () => {
    const rows = parseCoordTable(read('header-stt-name-x-y.txt')).rows;
    expect(rows.map((r) => r.rowNumber)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rows[2]?.texts).toEqual(['1065960,375', '549610,125']);
  });

  it('reads the two halves of a long table down the left half first', () => {
    const rows = parseCoordTable(read('two-groups-side-by-side.txt')).rows;
    expect(rows.map((r) => [r.line, r.group])).toEqual([[2, 1], [3, 1], [4, 1], [2, 2], [3, 2]]);
  });

  it('says where the crossing edges are', () => {
    const p = parseCoordTable(read('self-intersecting.txt')).problems.find((q) => q.code === 'self-intersection');
    expect(p?.params).toMatchObject({ edgeA: 'M2–M4', edgeB: 'M3–M5' });
    expect(p?.params['x']).toBeCloseTo(1065849.52, 1);
    expect(p?.params['y']).toBeCloseTo(549226.18, 1);
  });

  it('places the mistyped row of outside-vietnam.txt in the sea south of Cà Mau', () => {
    const p = parseCoordTable(read('outside-vietnam.txt')).problems[0];
    expect(p?.params['lat']).toBeLessThan(8.1);
  });

  it('offers the caption’s meridian without applying it', () => {
    const r = parseCoordTable(read('caption-with-meridian.txt'), { centralMeridianDeg: 104.75 });
    expect(r.detected).toMatchObject({ captionMeridianDeg: 105.5, centralMeridianDeg: 104.75 });
    const p = r.problems.find((q) => q.code === 'caption-meridian-differs');
    expect(p).toMatchObject({ line: 1, severity: 'warning', params: { caption: '105°30′', used: '104°45′' } });
    // Read on 104°45′ the same numbers land about 82 km west.
    expect(r.rows[0]?.lon).toBeCloseTo(105.2, 1);
  });
});
