/** Broken JSON is refused with the line, the column and the token at fault, and lenient-JSON habits by name. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJsonFault, lineColumn } from './json_syntax.ts';
import { importBytes } from './pipeline.ts';
import type { ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');
const run = async (name: string): Promise<ImportResult> => importBytes(new Uint8Array(readFileSync(join(DIR, name))), name);

describe('JSON faults in fixtures: one refusal naming line, column and token', () => {
  it.each([
    ['comment-in-json.geojson', 'json-comment', { line: 3, column: 3, token: '“//”' }],
    ['trailing-comma.geojson', 'json-trailing-comma', { line: 5, column: 134, token: '“,”' }],
    ['nan-bare.geojson', 'json-non-finite', { line: 4, column: 72, token: '“NaN”' }],
    ['single-quotes.geojson', 'json-single-quote', { line: 4, column: 48, token: "'Lô A'" }],
    ['unquoted-keys.geojson', 'json-unquoted-key', { line: 2, column: 3, token: '“type”' }],
    ['missing-comma.geojson', 'json-missing-comma', { line: 4, column: 55, token: '"dien_tich_ha"' }],
    ['decimal-comma.geojson', 'json-syntax', { line: 4, column: 82, token: '“5”' }],
  ])('%s → %s %j', async (name, code, params) => {
    const r = await run(name);
    expect(r.messages).toEqual([{ code, severity: 'error', feature: null, params, action: 'refused' }]);
    expect(r.features).toEqual([]);
  });

  it('keeps json-truncated for text that stops part-way, and not-json (with its start) for text that is not JSON', async () => {
    expect((await run('truncated.geojson')).messages).toEqual([
      { code: 'json-truncated', severity: 'error', feature: null, params: {}, action: 'refused' },
    ]);
    expect((await run('not-json.geojson')).messages).toEqual([
      { code: 'not-json', severity: 'error', feature: null, params: { found: 'ten,kinh_do,vi_do' }, action: 'refused' },
    ]);
  });
});

describe('findJsonFault', () => {
  it.each([
    ['[1, 2 /* hai */]', 'comment', 1, 7, '/*'],
    ['{"a": [1, 2,\n  ],\n "b": 1}', 'trailing-comma', 1, 12, ','],
    ['{"a": 1,}', 'trailing-comma', 1, 8, ','],
    ['[Infinity]', 'non-finite', 1, 2, 'Infinity'],
    ['[1, -Infinity]', 'non-finite', 1, 5, '-Infinity'],
    ["{'name': 1}", 'single-quote', 1, 2, "'name'"],
    ['{"a": 1, b : 2}', 'unquoted-key', 1, 10, 'b'],
    ['[1 2]', 'missing-comma', 1, 4, '2'],
    ['{"a": 1}\n}', 'syntax', 2, 1, '}'],
    ['[01]', 'syntax', 1, 2, '01'],
    ['[1.]\n', 'syntax', 1, 2, '1.'],
    ['[undefined]', 'syntax', 1, 2, 'undefined'],
    ['{"a": True}', 'syntax', 1, 7, 'True'],
    ['{"a" 1}', 'syntax', 1, 6, '1'],
    ['["Lô\tA"]', 'syntax', 1, 5, '\\t'],
    ['["\\x41"]', 'syntax', 1, 3, '\\x'],
    ['[1,\u00a02]', 'syntax', 1, 4, '\\u00A02'],
    ['ten,kinh_do\n1,2', 'not-json', 1, 1, 'ten,kinh_do'],
    ['{"a": [1, 2', 'truncated', 1, 12, ''],
    ['{"a": "Lô', 'truncated', 1, 10, ''],
    ['{"a": tru', 'truncated', 1, 10, ''],
  ])('%j → %s at %i:%i %j', (text, kind, line, column, token) => {
    expect(findJsonFault(text)).toMatchObject({ kind, line, column, token });
  });

  it('shows a long token cut to 20 characters', () => {
    expect(findJsonFault(`[${'x'.repeat(50)}]`)?.token).toBe(`${'x'.repeat(20)}…`);
  });

  it('counts columns in characters, lines at LF (CRLF files too)', () => {
    expect(lineColumn('a\r\n😀b', 6)).toEqual({ line: 2, column: 3 });
  });

  it('agrees with JSON.parse on valid JSON and on every one-character change of a GeoJSON text', () => {
    const text = JSON.stringify({
      type: 'Feature', properties: { name: 'Lô "A"\n', n: [-1.5e-3, 0, 12, true, false, null], o: {} },
      geometry: { type: 'Polygon', coordinates: [[[105.97, 9.6], [105.98, 9.6], [105.98, 9.61], [105.97, 9.6]]] },
    }, null, 1);
    const parses = (t: string): boolean => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    expect(parses(text)).toBe(true);
    let checked = 0;
    for (let i = 0; i < text.length; i++) {
      for (const ch of ['', '"', ',', ']', '}', '0', '-', '.', 'e', ' ', '\\']) {
        const t = text.slice(0, i) + ch + text.slice(i + 1);
        expect(findJsonFault(t) === null, JSON.stringify(t.slice(Math.max(0, i - 10), i + 10))).toBe(parses(t));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
