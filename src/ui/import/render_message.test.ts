import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureLabel, MESSAGE_ACTIONS, MESSAGE_SEVERITY, type ImportMessage, type MessageCode } from '../../import/messages.ts';
import { importBytes } from '../../import/pipeline.ts';
import { pluralForm } from '../app/messages.ts';
import { MESSAGE_TEXTS } from './message_texts.ts';
import { ACTION_TEXTS, MESSAGE_TITLES } from './message_titles.ts';
import { renderMessage } from './render_message.ts';

const CODES = Object.keys(MESSAGE_SEVERITY) as MessageCode[];
const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const forms = (m: string | { one?: string; other: string }): string[] => (typeof m === 'string' ? [m] : [m.one ?? '', m.other].filter(Boolean));

describe('import message texts', () => {
  it('every code has a Vietnamese and an English title and text, in NFC, with the same placeholders', () => {
    for (const code of CODES) {
      const all = [MESSAGE_TITLES.vi[code], MESSAGE_TITLES.en[code], ...forms(MESSAGE_TEXTS.vi[code]), ...forms(MESSAGE_TEXTS.en[code])];
      for (const s of all) {
        expect(s.trim().length, code).toBeGreaterThan(0);
        expect(s, code).toBe(s.normalize('NFC'));
      }
      const vi = placeholders(forms(MESSAGE_TEXTS.vi[code])[0] ?? '');
      for (const s of forms(MESSAGE_TEXTS.en[code])) expect(placeholders(s), code).toEqual(vi);
    }
  });

  it('every action but "none" says what was done in both languages', () => {
    for (const a of MESSAGE_ACTIONS) {
      expect(forms(ACTION_TEXTS.vi[a]).join('').length > 0, a).toBe(a !== 'none');
      expect(forms(ACTION_TEXTS.en[a]).join('').length > 0, a).toBe(a !== 'none');
    }
  });

  it('renders feature, problem and action as plain text, numbers in the language’s style', () => {
    const msg: ImportMessage = {
      code: 'self-intersection', severity: 'error', feature: '#3 “Lô A”',
      params: { lon: 105.975, lat: 9.605, ring: 1, part: 1 }, action: 'rejected',
    };
    expect(renderMessage(msg, 'vi')).toBe('Đối tượng #3 “Lô A” có các cạnh cắt nhau gần kinh độ 105,975, vĩ độ 9,605 (vòng 1 của phần 1); ' +
      'không tự sửa vì không biết ranh giới đúng. Đã loại đối tượng này.');
    expect(renderMessage(msg, 'en')).toBe('Feature #3 “Lô A” has edges crossing each other near longitude 105.975, latitude 9.605 ' +
      '(ring 1 of part 1); it is not repaired because the intended boundary is unknown. The feature was rejected.');
  });

  it('picks the English singular from the raw count and groups large counts', () => {
    const z = (count: number): ImportMessage => ({ code: 'z-dropped', severity: 'info', feature: null, params: { count }, action: 'dropped-z' });
    expect(renderMessage(z(1), 'en')).toMatch(/^1 feature has 3D coordinates/);
    expect(renderMessage(z(1234), 'en')).toMatch(/^1,234 features have 3D coordinates/);
    expect(renderMessage(z(1234), 'vi')).toMatch(/^1\.234 đối tượng có toạ độ 3 chiều/);
    expect(pluralForm(MESSAGE_TEXTS.en['more-messages'], 'en', { count: 1 })).toContain('message of the same kind');
  });

  it('says one feature, line or area without a plural, in every new counted message and the summary', () => {
    const one = (code: MessageCode, params: Record<string, number>): string =>
      renderMessage({ code, severity: MESSAGE_SEVERITY[code], feature: null, params, action: 'none' }, 'en');
    expect(one('summary', { input: 1, kept: 1, skipped: 0, repaired: 0 })).toBe('Features read: 1 — kept 1, left out 0, repaired 0 (of those kept).');
    expect(one('ndjson-read', { count: 1 })).toMatch(/: 1 line\.$/);
    expect(one('geojson-seq-read', { count: 1 })).toMatch(/: 1 record\.$/);
    expect(one('extra-values-dropped', { count: 1, values: 4 })).toMatch(/^1 feature has positions of 4 numbers/);
    expect(one('collection-unwrapped', { count: 1 })).toContain('only 1 area, so it was read as that Polygon');
    expect(one('coordinates-nesting', { n: 1, expected: 3 })).toContain('nested 1 level deep');
  });

  it('keeps markup from a file as literal text', () => {
    const label = featureLabel(2, '<img src=x onerror=alert(1)>\u0007 Lô\nB');
    const text = renderMessage({ code: 'no-geometry', severity: 'warning', feature: label, params: {}, action: 'skipped' }, 'en');
    expect(text).toBe('Feature #2 “<img src=x onerror=alert(1)> Lô B” has no geometry. The feature was left out.');
  });

  it('summarises the rest of a flooded code with its title', () => {
    const text = renderMessage({ code: 'more-messages', severity: 'info', feature: null, params: { count: 12, of: 'no-geometry' }, action: 'none' }, 'vi');
    expect(text).toBe('Còn 12 thông báo cùng loại “Thiếu hình học” không liệt kê.');
  });

  it('leaves no placeholder unfilled for any message the fixtures produce', async () => {
    const dir = join(import.meta.dirname, '../../../test/fixtures/import');
    for (const name of readdirSync(dir).filter((n) => n !== 'zip-bomb.zip')) {
      const r = await importBytes(new Uint8Array(readFileSync(join(dir, name))), name);
      for (const m of r.messages) {
        for (const lang of ['vi', 'en'] as const) expect(renderMessage(m, lang), `${name} ${m.code}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
