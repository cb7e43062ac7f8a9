import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_ATTRIBUTION, BASEMAP_FIRST_LABEL_LAYER_ID, basemapBaseLayers, basemapLabelLayers, basemapLayers, basemapSource,
  type BasemapTheme,
} from './basemap_layers.ts';

/** A theme made of CSS colour names: the real colours live in theme.ts; this only needs to be valid. */
const theme: BasemapTheme = {
  background: 'gainsboro', land: 'ivory', water: 'lightblue', waterLine: 'steelblue', river: 'lightsteelblue',
  boundary: 'slategray', boundaryCasing: 'white', road: 'tan', roadCasing: 'white', roadText: 'sienna',
  townText: 'dimgray', townHalo: 'white', placeText: 'cadetblue', provinceText: 'rosybrown',
};

const style = (): StyleSpecification => ({
  version: 8,
  'font-faces': { 'Noto Sans Regular': [{ url: '/fonts/regular.woff2' }], 'Noto Sans Bold': [{ url: '/fonts/bold.woff2' }] },
  sources: { basemap: basemapSource('/basemap/soc-trang.pmtiles') },
  layers: basemapLayers('basemap', theme),
});

describe('basemapLayers', () => {
  it('makes a style that passes validateStyleMin', () => {
    expect(validateStyleMin(style())).toEqual([]);
  });

  it('uses every theme colour and no other colour literal', () => {
    const json = JSON.stringify(basemapLayers('basemap', theme));
    for (const colour of Object.values(theme)) expect(json).toContain(`"${colour}"`);
    expect(json).not.toMatch(/#[0-9a-f]{3,8}\b/i);
  });

  it('puts every label layer after every base layer, starting with the documented id', () => {
    const base = basemapBaseLayers('basemap', theme);
    const labels = basemapLabelLayers('basemap', theme);
    expect(base.every((l) => l.type !== 'symbol')).toBe(true);
    expect(labels.every((l) => l.type === 'symbol')).toBe(true);
    expect(labels[0]?.id).toBe(BASEMAP_FIRST_LABEL_LAYER_ID);
    expect(basemapLayers('basemap', theme).map((l) => l.id)).toEqual([...base, ...labels].map((l) => l.id));
  });

  it('reads only source layers the archive has, from the given source', () => {
    const known = new Set(['water', 'land', 'river', 'boundary', 'road', 'place']);
    for (const layer of basemapLayers('bm', theme)) {
      if (layer.type === 'background') continue;
      expect(layer.source).toBe('bm');
      expect(known.has(layer['source-layer'] ?? '')).toBe(true);
    }
  });

  it('labels with the Noto Sans faces only', () => {
    const fonts = new Set(JSON.stringify(basemapLabelLayers('basemap', theme)).match(/Noto Sans \w+/g));
    expect([...fonts].sort()).toEqual(['Noto Sans Bold', 'Noto Sans Regular']);
  });
});

describe('basemapSource', () => {
  it('reads the archive through the pmtiles protocol and carries the attribution', () => {
    const source = basemapSource('/basemap/soc-trang.pmtiles');
    expect(source).toMatchObject({ type: 'vector', url: 'pmtiles:///basemap/soc-trang.pmtiles' });
    for (const line of BASEMAP_ATTRIBUTION) expect(source.attribution).toContain(line);
    expect(source.attribution).toMatch(/GSHHG.*LGPL/);
  });
});
