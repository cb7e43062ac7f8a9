/**
 * Fill patterns that tell stages apart without colour. Pure: returns RGBA pixel data that the
 * map controller registers with `map.addImage()`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { STAGES } from '../domain/zone.ts';
import type { StageCue, ZoneTheme } from './theme.ts';
import { patternImageId } from './zone_layers.ts';

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

/** Registers each stage's fill pattern on a loaded map, once (`pixelRatio`: the screen's). */
export function addStagePatterns(map: MapLibreMap, theme: ZoneTheme, pixelRatio: number): void {
  for (const stage of STAGES) {
    if (map.hasImage(patternImageId(stage))) continue;
    const img = makePattern(theme.stageCue[stage].pattern, theme.stageStroke[stage], 8 * pixelRatio);
    map.addImage(patternImageId(stage), img, { pixelRatio });
  }
}
