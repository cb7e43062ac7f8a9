import { describe, expect, it } from 'vitest';
import { SOC_TRANG_CENTRAL_MERIDIAN_DEG } from './area.ts';
import { meridianLabel, MERIDIANS_2001, MERIDIANS_2025, type ProvinceMeridian } from './vn2000_meridians.ts';

const lists: Array<[string, readonly ProvinceMeridian[], number]> = [['2001', MERIDIANS_2001, 63], ['2025', MERIDIANS_2025, 34]];

describe('VN-2000 central meridians', () => {
  it.each(lists)('%s list has %i provinces', (_, list, count) => {
    expect(list).toHaveLength(count);
  });

  it.each(lists)('%s: names are NFC and unique; meridians are multiples of 15′ between 102° and 109°', (_, list) => {
    const names = list.map((m) => m.province);
    expect(new Set(names).size).toBe(names.length);
    for (const { province, meridianDeg } of list) {
      expect(province, province).toBe(province.normalize('NFC'));
      expect(province.trim(), province).toBe(province);
      expect(meridianDeg, province).toBeGreaterThanOrEqual(102);
      expect(meridianDeg, province).toBeLessThanOrEqual(109);
      expect(Number.isInteger(meridianDeg * 4), `${province} ${meridianDeg}`).toBe(true);
    }
  });

  it('Sóc Trăng (2001 list) is the app’s meridian, 105°30′; after the merger Cần Thơ is 105°00′', () => {
    expect(MERIDIANS_2001.find((m) => m.province === 'Sóc Trăng')?.meridianDeg).toBe(SOC_TRANG_CENTRAL_MERIDIAN_DEG);
    expect(MERIDIANS_2025.find((m) => m.province === 'Cần Thơ')?.meridianDeg).toBe(105);
    expect(MERIDIANS_2025.find((m) => m.province === 'Sóc Trăng')).toBeUndefined();
  });

  it('keeps a few values that differ between the lists', () => {
    const of = (list: readonly ProvinceMeridian[], p: string) => list.find((m) => m.province === p)?.meridianDeg;
    expect(of(MERIDIANS_2001, 'Lai Châu')).toBe(103);
    expect(of(MERIDIANS_2025, 'Lai Châu')).toBe(104.75);
    expect(of(MERIDIANS_2001, 'Bắc Ninh')).toBe(105.5);
    expect(of(MERIDIANS_2025, 'Bắc Ninh')).toBe(107);
    expect(of(MERIDIANS_2001, 'Kiên Giang')).toBe(104.5);
  });

  it('writes a meridian in degrees and minutes', () => {
    expect(meridianLabel(105.5)).toBe('105°30′');
    expect(meridianLabel(104.75)).toBe('104°45′');
    expect(meridianLabel(107)).toBe('107°00′');
    expect(meridianLabel(107.25)).toBe('107°15′');
  });
});
