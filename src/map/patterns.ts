/**
 * Fill patterns that tell stages apart without colour. Pure: returns RGBA pixel data that the
 * map controller registers with `map.addImage()`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { STAGES } from '../domain/zone.ts';
import type { StageCue, ZoneTheme } from './theme.ts';
import { markerCueImageId, patternImageId } from './zone_layers.ts';

export interface PatternImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parses `#RRGGBB` into [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

/** Whether pixel (x, y) of a `size`-square tile is inked for the given pattern. */
function inked(pattern: StageCue['pattern'], x: number, y: number, size: number): boolean {
  switch (pattern) {
    case 'solid':
      return false;
    case 'hatch':
      return (x + y) % size < 2;
    case 'cross':
      return (x + y) % size < 2 || (x - y + size) % size < 2;
    case 'dots': {
      const c = size / 2;
      return (x - c + 0.5) ** 2 + (y - c + 0.5) ** 2 <= 2.6;
    }
  }
}

/**
 * A seamless square tile of `size` px (device pixels) with the pattern inked in `hex` at `alpha` (0–1).
 * `solid` gives a fully transparent tile.
 */
export function makePattern(pattern: StageCue['pattern'], hex: string, size = 8, alpha = 0.55): PatternImage {
  const [r, g, b] = hexToRgb(hex);
  const data = new Uint8Array(size * size * 4);
  const a = Math.round(alpha * 255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!inked(pattern, x, y, size)) continue;
      const i = (y * size + x) * 4;
      data[i] = r;
      data[i + 1] = g;
      data[i + 2] = b;
      data[i + 3] = a;
    }
  }
  return { width: size, height: size, data };
}

/**
 * The sign drawn inside a stage's marker, `size` px square: white hatch strokes, a white dot or a white cross with a
 * thin dark edge (readable on every stage colour); a `solid` stage gets an empty image. Pure.
 */
export function makeMarkerCue(pattern: StageCue['pattern'], size = 12, sign = '#FFFFFF', edge = '#1B2330'): PatternImage {
  const [sr, sg, sb] = hexToRgb(sign);
  const [er, eg, eb] = hexToRgb(edge);
  const data = new Uint8Array(size * size * 4);
  const c = (size - 1) / 2;
  const r = size * 0.34;
  const w = Math.max(1, size / 10);
  const ink = (x: number, y: number): number => {
    const dx = x - c;
    const dy = y - c;
    if (dx * dx + dy * dy > r * r) return 0;
    switch (pattern) {
      case 'solid': return 0;
      case 'dots': return dx * dx + dy * dy <= (r * 0.55) ** 2 ? 1 : 0;
      case 'hatch': return Math.abs(dx + dy) <= w || Math.abs(dx + dy - r) <= w || Math.abs(dx + dy + r) <= w ? 1 : 0;
      case 'cross': return Math.abs(dx + dy) <= w || Math.abs(dx - dy) <= w ? 1 : 0;
    }
  };
  const near = (x: number, y: number): boolean => [-1, 0, 1].some((i) => [-1, 0, 1].some((j) => ink(x + i, y + j) === 1));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = ink(x, y) === 1;
      // Sign in the label halo's colour, edged in the label ink so it reads on the light stage colours too.
      if (!on && !near(x, y)) continue;
      const i = (y * size + x) * 4;
      data[i] = on ? sr : er;
      data[i + 1] = on ? sg : eg;
      data[i + 2] = on ? sb : eb;
      data[i + 3] = on ? 255 : 170;
    }
  }
  return { width: size, height: size, data };
}

/** Registers each stage's fill pattern on a loaded map, once (`pixelRatio`: the screen's). */
export function addStagePatterns(map: MapLibreMap, theme: ZoneTheme, pixelRatio: number): void {
  for (const stage of STAGES) {
    if (map.hasImage(patternImageId(stage))) continue;
    const img = makePattern(theme.stageCue[stage].pattern, theme.stageStroke[stage], 8 * pixelRatio);
    map.addImage(patternImageId(stage), img, { pixelRatio });
    map.addImage(markerCueImageId(stage), makeMarkerCue(theme.stageCue[stage].pattern, Math.round(12 * pixelRatio), theme.labelHalo, theme.labelText), { pixelRatio });
  }
}
