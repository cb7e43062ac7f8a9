import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../domain/zone.ts';
import { buildStyle } from './style.ts';
import { THEME } from './theme.ts';
import { INTERACTIVE_LAYERS, ZONE_LAYER, stageMatch, zoneLayers } from './zone_layers.ts';

const fonts = { 'Noto Sans Regular': 'http://localhost/a.woff2', 'Noto Sans Bold': 'http://localhost/b.woff2' };

describe('buildStyle', () => {
  for (const lang of ['vi', 'en'] as const) {
    it(`passes validateStyleMin (${lang})`, () => {
      const style = buildStyle({ theme: THEME, lang, fontFaces: fonts, province: null, basemapUrl: 'http://localhost/basemap/soc-trang.pmtiles' });
      expect(validateStyleMin(style)).toEqual([]);
    });
  }

  it('puts the economic-zone backdrop under the zone fills, and labels on top', () => {
    const ids = buildStyle({ theme: THEME, lang: 'vi', fontFaces: fonts, province: null, basemapUrl: 'http://localhost/basemap/soc-trang.pmtiles' }).layers.map((l) => l.id);
    expect(ids.indexOf(ZONE_LAYER.ezFill)).toBeLessThan(ids.indexOf(ZONE_LAYER.fill));
    expect(ids.indexOf(ZONE_LAYER.fill)).toBeLessThan(ids.indexOf(ZONE_LAYER.label));
    expect(ids.indexOf(ZONE_LAYER.label)).toBe(ids.length - 2);
    expect(ids[ids.length - 1]).toBe('basemap-city');
  });

  it('draws the basemap land under the zones and the basemap labels between zone shapes and zone labels', () => {
    const ids = buildStyle({ theme: THEME, lang: 'vi', fontFaces: fonts, province: null, basemapUrl: 'http://localhost/x.pmtiles' }).layers.map((l) => l.id);
    expect(ids.indexOf('basemap-land')).toBeLessThan(ids.indexOf(ZONE_LAYER.ezFill));
    const firstBaseLabel = ids.findIndex((id) => id.startsWith('basemap-') && ['basemap-town', 'basemap-road-label'].includes(id));
    expect(firstBaseLabel).toBeGreaterThan(ids.indexOf(ZONE_LAYER.marker));
    expect(firstBaseLabel).toBeLessThan(ids.indexOf(ZONE_LAYER.label));
  });

  it('lets MapLibre keep every label clear of the others (no layer allows overlap)', () => {
    const style = buildStyle({ theme: THEME, lang: 'vi', fontFaces: fonts, province: null, basemapUrl: 'http://localhost/x.pmtiles' });
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(4);
    for (const l of symbols) {
      const layout = (l.layout ?? {}) as Record<string, unknown>;
      expect([l.id, layout['text-allow-overlap'] ?? false, layout['text-ignore-placement'] ?? false]).toEqual([l.id, false, false]);
    }
  });

  it('falls back to the outline alone without a basemap', () => {
    const style = buildStyle({ theme: THEME, lang: 'vi', fontFaces: fonts, province: null, basemapUrl: null });
    expect(Object.keys(style.sources)).not.toContain('basemap');
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('reads label text in the requested language', () => {
    const label = zoneLayers('zones', THEME.zones, 'en').find((l) => l.id === ZONE_LAYER.label);
    expect(label?.type === 'symbol' && label.layout?.['text-field']).toEqual(['get', 'label_en']);
  });

  it('only names interactive layers that exist', () => {
    const ids = new Set(zoneLayers('zones', THEME.zones, 'vi').map((l) => l.id));
    for (const id of INTERACTIVE_LAYERS) expect(ids.has(id)).toBe(true);
  });
});

describe('stageMatch', () => {
  it('maps every stage to its value and ends with the fallback', () => {
    const expr = stageMatch(THEME.zones.stage, '#000000') as unknown[];
    for (const s of STAGES) {
      const i = expr.indexOf(s);
      expect(i).toBeGreaterThan(1);
      expect(expr[i + 1]).toBe(THEME.zones.stage[s]);
    }
    expect(expr[expr.length - 1]).toBe('#000000');
  });
});
