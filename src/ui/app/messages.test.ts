import { describe, expect, it } from 'vitest';
import { defineMessages, fillMessage } from './messages.ts';

describe('messages', () => {
  const t = defineMessages({
    vi: { problems: 'Dữ liệu có {n} lỗi.', hello: 'Chào {name}' },
    en: { problems: { one: 'The data has {n} problem.', other: 'The data has {n} problems.' }, hello: 'Hello {name}' },
  });

  it('picks the plural form for the number in English and keeps Vietnamese as it is', () => {
    expect(t('en', 'problems', { n: 1 })).toBe('The data has 1 problem.');
    expect(t('en', 'problems', { n: 3 })).toBe('The data has 3 problems.');
    expect(t('en', 'problems', { n: 0 })).toBe('The data has 0 problems.');
    expect(t('vi', 'problems', { n: 1 })).toBe('Dữ liệu có 1 lỗi.');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(t('vi', 'hello', { name: 'Sóc Trăng' })).toBe('Chào Sóc Trăng');
    expect(t('en', 'hello')).toBe('Hello {name}');
  });

  it('reads the count from {count} when there is no {n}', () => {
    expect(fillMessage({ one: '{count} feature has Z', other: '{count} features have Z' }, 'en', { count: 1 })).toBe('1 feature has Z');
  });
});
