import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { makeImported } from '../../test/helpers.ts';
import { describe, expect, it } from 'vitest';
import type { ImportedFeature } from '../import/types.ts';
import {
  IMPORTED_LAYER, IMPORTED_SOURCE, importedBounds, importedLayers, importedLayersBefore, importedMapChunks, toImportedMapData,
} from './import_layers.ts';
import { buildStyle } from './style.ts';
import { THEME } from './theme.ts';
import { ZONE_LAYER } from './zone_layers.ts';

const fonts = { 'Noto Sans Regular': 'http://localhost/a.woff2', 'Noto Sans Bold': 'http://localhost/b.woff2' };

function square(id: string, w: number, s: number, size: number, props: Record<string, string> = {}): ImportedFeature {
  return makeImported(1, {
    id, label: `Lô ${id}`, properties: props,
    geometry: { type: 'Polygon', coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]] },
  });
}

/** The app's style with the imported layers inserted where the controller puts them. */
function styleWithImported() {
  const style = buildStyle({ theme: THEME, lang: 'vi', fontFaces: fonts, province: null, basemapUrl: 'http://localhost/x.pmtiles' });
  const before = importedLayersBefore(style.layers.map((l) => l.id));
  const at = before ? style.layers.findIndex((l) => l.id === before) : style.layers.length;
  const layers: LayerSpecification[] = [...style.layers.slice(0, at), ...importedLayers(IMPORTED_SOURCE, THEME.imported), ...style.layers.slice(at)];
  return { ...style, sources: { ...style.sources, [IMPORTED_SOURCE]: { type: 'geojson' as const, data: toImportedMapData([]), promoteId: 'id' } }, layers };
}

describe('imported layers', () => {
  it('pass validateStyleMin inside the app style', () => {
    expect(validateStyleMin(styleWithImported())).toEqual([]);
  });

  it('sit above every zone shape and below every label', () => {
    const style = styleWithImported();
    const ids = style.layers.map((l) => l.id);
    const first = ids.indexOf(IMPORTED_LAYER.fill);
    const last = ids.indexOf(IMPORTED_LAYER.dash);
    for (const z of [ZONE_LAYER.ezFill, ZONE_LAYER.fill, ZONE_LAYER.line, ZONE_LAYER.selected, ZONE_LAYER.marker]) {
      expect(ids.indexOf(z)).toBeLessThan(first);
    }
    const symbols = style.layers.filter((l) => l.type === 'symbol').map((l) => ids.indexOf(l.id));
    expect(Math.min(...symbols)).toBeGreaterThan(last);
  });

  it('use only the theme’s imported colours, none of the stage colours', () => {
    const json = JSON.stringify(importedLayers(IMPORTED_SOURCE, THEME.imported));
    const hexes = new Set(json.match(/#[0-9A-Fa-f]{6}/g));
    expect([...hexes].sort()).toEqual(Object.values(THEME.imported).sort());
    for (const c of Object.values(THEME.zones.stage)) expect(hexes.has(c)).toBe(false);
  });

  it('draw a dashed dark line over a solid magenta one, thicker when selected', () => {
    const layers = importedLayers(IMPORTED_SOURCE, THEME.imported);
    const dash = layers.find((l) => l.id === IMPORTED_LAYER.dash);
    expect(dash?.type === 'line' && dash.paint?.['line-dasharray']).toBeTruthy();
    expect(JSON.stringify(dash?.type === 'line' ? dash.paint?.['line-width'] : null)).toContain('selected');
  });

  it('go on top when the zone layers are missing', () => {
    expect(importedLayersBefore(['background', 'other'])).toBeUndefined();
  });
});

describe('toImportedMapData', () => {
  it('keeps geometry, id and name only', () => {
    const data = toImportedMapData([square('import-1', 105.9, 9.6, 0.01, { secret: '<b>x</b>' })]);
    expect(data.features[0]?.properties).toEqual({ id: 'import-1', name: 'Lô import-1' });
    expect(data.features[0]?.geometry.type).toBe('Polygon');
  });
});

describe('importedMapChunks', () => {
  it('splits the map data by positions, in order, without losing a feature', () => {
    const fs = Array.from({ length: 25 }, (_, i) => square(`import-${i + 1}`, 105.9 + i * 0.001, 9.6, 0.0005));
    const chunks = importedMapChunks(fs, 20);
    expect(chunks.map((c) => c.length)).toEqual([4, 4, 4, 4, 4, 4, 1]);
    expect(chunks.flat()).toEqual(toImportedMapData(fs).features);
  });

  it('keeps a feature bigger than a step whole, and makes no chunk for no features', () => {
    expect(importedMapChunks([square('import-1', 105.9, 9.6, 0.01)], 2).map((c) => c.length)).toEqual([1]);
    expect(importedMapChunks([])).toEqual([]);
  });
});

describe('importedBounds', () => {
  const fs = [square('import-1', 105.9, 9.6, 0.01), square('import-2', 106.0, 9.5, 0.02)];

  it('spans every feature, or one by id', () => {
    expect(importedBounds(fs, null)).toEqual([[105.9, 9.5], [106.02, 9.61]]);
    expect(importedBounds(fs, 'import-2')).toEqual([[106.0, 9.5], [106.02, 9.52]]);
  });

  it('is null with nothing to fit', () => {
    expect(importedBounds([], null)).toBeNull();
    expect(importedBounds(fs, 'import-9')).toBeNull();
  });
});
