import { describe, expect, it } from 'vitest';
import { declaredArea, parseLocaleNumber } from './declared_area.ts';

describe('parseLocaleNumber', () => {
  it.each([
    ['12,5', 12.5], ['12.5', 12.5], ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['1.250.000', 1_250_000],
    ['1,250,000', 1_250_000], ['125.000', 125], [' 7 ', 7], ['-3,25', -3.25], ['1 250,5', 1250.5],
  ])('%s → %d', (text, n) => expect(parseLocaleNumber(text)).toBe(n));

  it.each(['', 'abc', '1.2.3', '12,5,6', '1,2.3,4', '.', '5 ha'])('%j is not a number', (text) => expect(parseLocaleNumber(text)).toBeNaN());
});

describe('declaredArea', () => {
  it('prefers the key that names its unit and reads units written after the number', () => {
    expect(declaredArea({ area: 5, dien_tich_ha: 12 }, 12)).toMatchObject({ key: 'dien_tich_ha', ha: 12, unit: 'ha', guessed: false });
    expect(declaredArea({ DIEN_TICH: '4.500 m²' }, 0.45)).toMatchObject({ ha: 0.45, unit: 'm2', guessed: true });
    expect(declaredArea({ 'Diện tích': '3 ha' }, 1)).toMatchObject({ key: 'Diện tích', ha: 3, guessed: false });
  });

  it('guesses ha or m² by the reading nearer the measured area, and says it guessed', () => {
    expect(declaredArea({ dientich: 12_000 }, 1.25)).toMatchObject({ ha: 1.2, unit: 'm2', guessed: true });
    expect(declaredArea({ dien_tich_m2: '4.500' }, 0.45)).toMatchObject({ ha: 0.45, guessed: true });
    expect(declaredArea({ dien_tich_ha: '4.500' }, 4.4)).toMatchObject({ ha: 4.5, guessed: true });
    expect(declaredArea({ dientich: 12 }, 11)).toMatchObject({ ha: 12, unit: 'ha', guessed: true });
  });

  it('ignores what is not a positive number, and properties without an area', () => {
    expect(declaredArea({ area: 'lớn' }, 1)).toBeNull();
    expect(declaredArea({ area: 0 }, 1)).toBeNull();
    expect(declaredArea({ area: -4 }, 1)).toBeNull();
    expect(declaredArea({ name: 'x' }, 1)).toBeNull();
    expect(declaredArea(null, 1)).toBeNull();
  });
});
