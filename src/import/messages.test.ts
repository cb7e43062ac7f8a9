import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_TEXTS, CODE_TEXTS } from './message_texts.ts';
import { featureLabel, MESSAGE_ACTIONS, MESSAGE_SEVERITY, renderMessage, type ImportMessage, type MessageCode } from './messages.ts';
import { importBytes } from './pipeline.ts';

const CODES = Object.keys(MESSAGE_SEVERITY) as MessageCode[];

describe('message texts', () => {
  it('every code has a Vietnamese and an English title and text, in NFC', () => {
    for (const code of CODES) {
      const t = CODE_TEXTS[code];
      for (const s of [t.title.vi, t.title.en, t.text.vi, t.text.en]) {
        expect(s.trim().length, code).toBeGreaterThan(0);
        expect(s, code).toBe(s.normalize('NFC'));
      }
      // Same placeholders in both languages.
      const keys = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect(keys(t.text.vi), code).toEqual(keys(t.text.en));
    }
  });

  it('every action but "none" says what was done in both languages', () => {
    for (const a of MESSAGE_ACTIONS) {
      expect(ACTION_TEXTS[a].vi.length > 0, a).toBe(a !== 'none');
      expect(ACTION_TEXTS[a].en.length > 0, a).toBe(a !== 'none');
    }
  });

  it('renders feature, problem and action as plain text, numbers in the language’s style', () => {
    const msg: ImportMessage = {
      code: 'self-intersection', severity: 'error', feature: '#3 “Lô A”',
      params: { lon: 105.975, lat: 9.605, part: 1 }, action: 'rejected',
    };
    expect(renderMessage(msg, 'vi')).toBe('Đối tượng #3 “Lô A” có các cạnh cắt nhau gần kinh độ 105,975, vĩ độ 9,605 (phần 1); ' +
      'không tự sửa vì không biết ranh giới đúng. Đã loại đối tượng này.');
    expect(renderMessage(msg, 'en')).toBe('Feature #3 “Lô A” has edges crossing each other near longitude 105.975, latitude 9.605 ' +
      '(part 1); it is not repaired because the intended boundary is unknown. The feature was rejected.');
  });

  it('keeps markup from a file as literal text and strips control characters from labels', () => {
    const label = featureLabel(2, '<img src=x onerror=alert(1)>\u0007 Lô\nB');
    expect(label).toBe('#2 “<img src=x onerror=alert(1)> Lô B”');
    const text = renderMessage({ code: 'no-geometry', severity: 'warning', feature: label, params: {}, action: 'skipped' }, 'en');
    expect(text).toBe('Feature #2 “<img src=x onerror=alert(1)> Lô B” has no geometry. The feature was left out.');
    expect(featureLabel(7, null)).toBe('#7');
    expect(featureLabel(1, 'x'.repeat(100))).toHaveLength(2 + 2 + 60 + 1);
  });

  it('summarises the rest of a flooded code with its title', () => {
    const text = renderMessage({ code: 'more-messages', severity: 'info', feature: null, params: { count: 12, of: 'no-geometry' }, action: 'none' }, 'vi');
    expect(text).toBe('Còn 12 thông báo cùng loại “Thiếu hình học” không liệt kê.');
  });

  it('leaves no placeholder unfilled for any message the fixtures produce', async () => {
    const dir = join(import.meta.dirname, '../../test/fixtures/import');
    for (const name of readdirSync(dir).filter((n) => n !== 'zip-bomb.zip')) {
      const r = await importBytes(new Uint8Array(readFileSync(join(dir, name))), name);
      for (const m of r.messages) {
        for (const lang of ['vi', 'en'] as const) expect(renderMessage(m, lang), `${name} ${m.code}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
