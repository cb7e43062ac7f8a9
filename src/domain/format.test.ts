import { describe, expect, it } from 'vitest';
import {
  formatDiffHa, formatHa, formatKm, formatPublishedHa, titleWithoutOwnDate, formatM2AsHa, formatPartialDate, formatSignedPct, roundHectares,
  squareMetresToHectares, UNIT_SPACE,
} from './format.ts';

const ha = (text: string): string => `${text}${UNIT_SPACE}ha`;

describe('hectares', () => {
  it('converts square metres and rounds to 0.01 ha', () => {
    expect(squareMetresToHectares(2_000_000)).toBe(200);
    expect(roundHectares(4333.996)).toBe(4334);
    expect(roundHectares(12.344)).toBe(12.34);
  });

  it('uses "." thousands and "," decimals in Vietnamese, the reverse in English', () => {
    expect(formatHa(4334, 'vi')).toBe(ha('4.334,00'));
    expect(formatHa(4334, 'en')).toBe(ha('4,334.00'));
    expect(formatHa(1_234_567.891, 'vi')).toBe(ha('1.234.567,89'));
    expect(formatHa(0.5, 'en', 0)).toBe(ha('1'));
  });

  it('writes a published area with the decimals its source gives, never more than two', () => {
    expect(formatPublishedHa(217, 'vi')).toBe(ha('217'));
    expect(formatPublishedHa(53.9, 'vi')).toBe(ha('53,9'));
    expect(formatPublishedHa(983.6, 'en')).toBe(ha('983.6'));
    expect(formatPublishedHa(4334, 'vi')).toBe(ha('4.334'));
    expect(formatPublishedHa(12.345, 'en')).toBe(ha('12.35'));
  });

  it('drops a source title’s trailing date when it is the source’s own date, and nothing else', () => {
    expect(titleWithoutOwnDate('Tiền Phong, 2026-01-19', '2026-01-19')).toBe('Tiền Phong');
    expect(titleWithoutOwnDate('Báo Xây dựng, 2024-06 — bdshungphatct.com', '2024-06')).toBe('Báo Xây dựng, 2024-06 — bdshungphatct.com');
    expect(titleWithoutOwnDate('Tiền Phong, 2023-11', '2023-12')).toBe('Tiền Phong, 2023-11');
    expect(titleWithoutOwnDate('vnfdi.com', null)).toBe('vnfdi.com');
    expect(titleWithoutOwnDate(', 2024', '2024')).toBe(', 2024');
  });

  it('formats an area given in square metres', () => {
    expect(formatM2AsHa(20_000, 'en')).toBe(ha('2.00'));
    expect(formatM2AsHa(43_340_049, 'vi')).toBe(ha('4.334,00'));
  });

  it('signs differences, with no sign on zero', () => {
    expect(formatDiffHa(12.345678, 'vi')).toBe(ha('+12,35'));
    expect(formatDiffHa(-1234.5, 'en')).toBe(ha('-1,234.50'));
    expect(formatDiffHa(-0.001, 'en')).toBe(ha('0.00'));
  });
});

describe('formatSignedPct', () => {
  it('takes percent units and follows each language', () => {
    expect(formatSignedPct(0.41, 'vi')).toBe('+0,41%');
    expect(formatSignedPct(0.41, 'en')).toBe('+0.41%');
    expect(formatSignedPct(-13.6, 'en', 1)).toBe('-13.6%');
    expect(formatSignedPct(0, 'vi')).toBe('0,00%');
  });
});

describe('formatPartialDate', () => {
  it.each([
    ['2020', '2020', '2020'],
    ['2020-06', '06/2020', 'Jun 2020'],
    ['2020-06-12', '12/06/2020', '12 Jun 2020'],
    ['2024-02-29', '29/02/2024', '29 Feb 2024'],
    ['2025-07-01', '01/07/2025', '1 Jul 2025'],
  ])('%s → vi %s, en %s', (date, vi, en) => {
    expect(formatPartialDate(date, 'vi')).toBe(vi);
    expect(formatPartialDate(date, 'en')).toBe(en);
  });

  it('returns text that is not a valid date unchanged', () => {
    for (const bad of ['2020-13', '2023-02-29', '12/06/2020', '', '2020-6']) {
      expect(formatPartialDate(bad, 'en')).toBe(bad);
    }
  });
});

describe('formatKm', () => {
  it('writes kilometres with one decimal in each language', () => {
    expect(formatKm(4.64, 'vi')).toBe('4,6\u00a0km');
    expect(formatKm(1234.5, 'en')).toBe('1,234.5\u00a0km');
  });
});
