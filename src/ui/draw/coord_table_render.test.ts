import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCoordTable } from '../../import/coord_table/index.ts';
import { COORD_PROBLEM_SEVERITY, coordProblem, type CoordProblemCode } from '../../import/coord_table/problems.ts';
import { COORD_TABLE_TEXTS } from './coord_table_texts.ts';
import { renderCoordProblem } from './coord_table_render.ts';

const CODES = Object.keys(COORD_PROBLEM_SEVERITY) as CoordProblemCode[];
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
const forms = (m: string | { one?: string; other: string }): string[] => (typeof m === 'string' ? [m] : [m.one ?? '', m.other].filter(Boolean));

describe('coordinate table texts', () => {
  it('every code has a Vietnamese and an English text, in NFC, with the same placeholders', () => {
    expect(Object.keys(COORD_TABLE_TEXTS.vi).sort()).toEqual([...CODES].sort());
    expect(Object.keys(COORD_TABLE_TEXTS.en).sort()).toEqual([...CODES].sort());
    for (const code of CODES) {
      const all = [...forms(COORD_TABLE_TEXTS.vi[code]), ...forms(COORD_TABLE_TEXTS.en[code])];
      const vi = placeholders(all[0] ?? '');
      for (const s of all) {
        expect(s.trim().length, code).toBeGreaterThan(0);
        expect(s, code).toBe(s.normalize('NFC'));
        expect(placeholders(s), `${code}: ${s}`).toEqual(vi);
      }
    }
  });

  it('renders line, column and cell as plain text, in both languages', () => {
    const p = coordProblem('not-a-number', 7, 3, { value: '2.412.12x' });
    expect(renderCoordProblem(p, 'vi')).toBe('Dòng 7, cột 3: “2.412.12x” không phải là số.');
    expect(renderCoordProblem(p, 'en')).toBe('Line 7, column 3: “2.412.12x” is not a number.');
  });

  it('names axes and units in the language and writes numbers in its style', () => {
    const p = coordProblem('value-out-of-range', 4, 2, { value: '106643.050', axis: 'X', min: 800_000, max: 2_700_000 });
    expect(renderCoordProblem(p, 'vi')).toBe('Dòng 4, cột 2: X (toạ độ Bắc) “106643.050” nằm ngoài khoảng 800.000 đến 2.700.000 ' +
      'của hệ toạ độ này; có thể thiếu hoặc thừa một chữ số.');
    expect(renderCoordProblem(coordProblem('coordinate-missing', 5, 3, { axis: 'lon' }), 'en'))
      .toBe('Line 5, column 3: No longitude value: every point needs both coordinates.');
    expect(renderCoordProblem(coordProblem('outside-vietnam', 4, null, { lon: 105.951637, lat: 7.830521 }), 'vi'))
      .toMatch(/^Dòng 4: Điểm này rơi ra ngoài Việt Nam \(kinh độ 105,951637, vĩ độ 7,830521\)/);
  });

  it('quotes a name, or leaves it out when the point has none', () => {
    expect(renderCoordProblem(coordProblem('closing-point-added', 6, null, { name: 'M1', firstLine: 2 }), 'en'))
      .toBe('Line 6: The table does not repeat the first point “M1” at the end; the boundary was closed back to it automatically.');
    expect(renderCoordProblem(coordProblem('consecutive-duplicate', 4, null, { name: '', firstLine: 3 }), 'vi'))
      .toBe('Dòng 4: Điểm lặp lại đúng điểm ngay trước nó (dòng 3) nên đã được bỏ qua.');
  });

  it('picks the English plural from the count; a table-wide problem has no place', () => {
    expect(renderCoordProblem(coordProblem('too-few-points', null, null, { count: 1 }), 'en')).toBe('The table has only 1 distinct point; an area needs at least 3.');
    expect(renderCoordProblem(coordProblem('too-few-points', null, null, { count: 2 }), 'en')).toMatch(/only 2 distinct points;/);
  });

  it('keeps markup from the table as literal text', () => {
    const text = renderCoordProblem(coordProblem('garbage-line', 2, null, { text: '<img src=x onerror=alert(1)>' }), 'en');
    expect(text).toBe('Line 2: This line cannot be read as a point: “<img src=x onerror=alert(1)>”. Fix or delete it.');
  });

  it('leaves no placeholder unfilled for any problem the parser produces', () => {
    const dir = join(import.meta.dirname, '../../../test/fixtures/coord_tables');
    const tables: Array<[string, string]> = readdirSync(dir).filter((n) => n.endsWith('.txt')).map((n) => [n, readFileSync(join(dir, n), 'utf8')]);
    // The codes no fixture has: a bad cell, a missing one, one out of range, a name twice, a closing point moved.
    tables.push(['inline', 'A\t1066400.1\t548800.2\nB\t2.412.12x\t549520.7\nC\t\t549610.1\nD\t106570.2\t549150.5\n' +
      'A\t1065720.8\t548780.6\nA\t1066400.2\t548800.2']);
    const seen = new Set<string>();
    for (const [name, text] of tables) {
      for (const options of [{}, { centralMeridianDeg: 104.75 }]) {
        for (const p of parseCoordTable(text, options).problems) {
          seen.add(p.code);
          for (const lang of ['vi', 'en'] as const) expect(renderCoordProblem(p, lang), `${name} ${p.code}`).not.toMatch(/\{\w+\}/);
        }
      }
    }
    expect([...seen].sort()).toEqual([...CODES].sort());
  });
});
