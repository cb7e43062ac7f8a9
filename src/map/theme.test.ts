import { describe, expect, it } from 'vitest';
import { STAGES } from '../domain/zone.ts';
import { hexToRgb } from './patterns.ts';
import { THEME } from './theme.ts';

/** WCAG relative luminance of a #RRGGBB colour. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('theme', () => {
  it('gives every stage a distinct valid colour and stroke', () => {
    const fills = STAGES.map((s) => THEME.zones.stage[s]);
    for (const c of fills) expect(c).toMatch(/^#[0-9A-Fa-f]{6}$/);
    expect(new Set(fills).size).toBe(STAGES.length);
    for (const s of STAGES) expect(THEME.zones.stageStroke[s]).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });

  it('gives every stage a distinct non-colour cue (pattern + dash), so stages read in greyscale', () => {
    const cues = STAGES.map((s) => JSON.stringify(THEME.zones.stageCue[s]));
    expect(new Set(cues).size).toBe(STAGES.length);
    const patterns = STAGES.map((s) => THEME.zones.stageCue[s].pattern);
    expect(new Set(patterns).size).toBe(STAGES.length);
  });

  it('keeps outlines darker than fills so edges show on any stage', () => {
    for (const s of STAGES) expect(luminance(THEME.zones.stageStroke[s])).toBeLessThan(luminance(THEME.zones.stage[s]));
  });
});
