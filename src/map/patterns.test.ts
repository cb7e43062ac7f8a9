import { describe, expect, it } from 'vitest';
import { hexToRgb, makePattern, makeMarkerCue } from './patterns.ts';

function inkedCount(data: Uint8Array): number {
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
  return n;
}

describe('makePattern', () => {
  it('returns a transparent tile for solid', () => {
    const p = makePattern('solid', '#112233', 8);
    expect(p.data.length).toBe(8 * 8 * 4);
    expect(inkedCount(p.data)).toBe(0);
  });

  it('draws hatch, dots and cross differently, in the given colour', () => {
    const hatch = makePattern('hatch', '#112233', 8);
    const dots = makePattern('dots', '#112233', 8);
    const cross = makePattern('cross', '#112233', 8);
    const counts = [hatch, dots, cross].map((p) => inkedCount(p.data));
    expect(new Set(counts).size).toBe(3);
    expect(counts.every((c) => c > 0 && c < 64)).toBe(true);
    const i = Array.from(hatch.data).findIndex((_, k) => k % 4 === 3 && (hatch.data[k] ?? 0) > 0) - 3;
    expect([hatch.data[i], hatch.data[i + 1], hatch.data[i + 2]]).toEqual([0x11, 0x22, 0x33]);
  });

  it('tiles seamlessly: hatch column 0 continues column size-1', () => {
    const size = 8;
    const p = makePattern('hatch', '#000000', size);
    const a = (x: number, y: number) => p.data[(y * size + x) * 4 + 3] ?? 0;
    for (let y = 0; y < size; y++) expect(a(0, (y + 1) % size) > 0).toBe(a(size - 1, (y + 2) % size) > 0);
  });
});

describe('hexToRgb', () => {
  it('parses and rejects', () => {
    expect(hexToRgb('#0072B2')).toEqual([0, 0x72, 0xb2]);
    expect(() => hexToRgb('blue')).toThrow();
  });
});

describe('makeMarkerCue', () => {
  const inkedPixels = (img: { data: Uint8Array }) => {
    let white = 0;
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i + 3] === 255 && img.data[i] === 255) white += 1;
    return white;
  };
  it('draws nothing for a solid stage and a different white sign for each of the others', () => {
    expect(inkedPixels(makeMarkerCue('solid', 24))).toBe(0);
    const signs = (['hatch', 'dots', 'cross'] as const).map((p) => makeMarkerCue(p, 24));
    for (const s of signs) expect(inkedPixels(s)).toBeGreaterThan(10);
    const keys = signs.map((s) => Array.from(s.data).join(','));
    expect(new Set(keys).size).toBe(3);
  });
  it('edges the sign in dark ink', () => {
    const img = makeMarkerCue('cross', 24);
    let dark = 0;
    for (let i = 0; i < img.data.length; i += 4) if (img.data[i + 3] === 170 && img.data[i] === 0x1b) dark += 1;
    expect(dark).toBeGreaterThan(10);
  });
});
