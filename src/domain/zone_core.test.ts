import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coreCollection, DETAIL_KEYS } from './zone_core.ts';
import { parseZoneCollection } from './zone_parser.ts';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8'));

describe('the core part of the zone data', () => {
  it('is the shipped zones.geojson without its long-form texts (run npm run make:zones-core when this fails)', () => {
    expect(read('zones-core.geojson')).toEqual(coreCollection(read('zones.geojson')));
  });

  it('keeps every feature, its shape and every property the first view reads', () => {
    const whole = parseZoneCollection(read('zones.geojson'));
    const core = parseZoneCollection(read('zones-core.geojson'), 'core');
    expect(core.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(core.features.map((f) => f.properties.id)).toEqual(whole.features.map((f) => f.properties.id));
    whole.features.forEach((w, i) => {
      const c = core.features[i]!;
      expect(c.geometry).toEqual(w.geometry);
      for (const key of Object.keys(w.properties) as Array<keyof typeof w.properties>) {
        if ((DETAIL_KEYS as readonly string[]).includes(key)) continue;
        expect(c.properties[key], `${w.properties.id}.${key}`).toEqual(w.properties[key]);
      }
    });
  });

  it('is a fraction of the whole file', () => {
    const size = (x: unknown) => JSON.stringify(x).length;
    expect(size(read('zones-core.geojson'))).toBeLessThan(size(read('zones.geojson')) * 0.35);
  });

  it('leaves anything that is not a feature collection as it is', () => {
    expect(coreCollection(null)).toBeNull();
    expect(coreCollection({ type: 'FeatureCollection', features: [1, { properties: null }] }))
      .toEqual({ type: 'FeatureCollection', features: [1, { properties: null }] });
  });
});

describe('parseZoneCollection of the whole file', () => {
  it('refuses a feature without its long-form texts, which the core file may leave out', () => {
    const core = read('zones-core.geojson');
    const { features, problems } = parseZoneCollection(core);
    expect(features).toEqual([]);
    expect(problems.some((p) => p.field === 'facts' && p.severity === 'error')).toBe(true);
  });
});
