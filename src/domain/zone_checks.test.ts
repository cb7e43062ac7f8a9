import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArea, checkExtent, checkOverlaps, checkQuality, checkRings, checkSelfIntersections, checkZones, CHECK_LIMITS } from './zone_checks.ts';
import { parseZoneCollection } from './zone_parser.ts';
import { parseProvince, type ProvinceFeature } from './province.ts';
import type { ZoneFeature } from './zone.ts';

function read(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/zones/${name}`, import.meta.url), 'utf8'));
}

/** Parses a fixture; the geometry fixtures are all schema-valid. */
function zones(name: string): ZoneFeature[] {
  const { features, problems } = parseZoneCollection(read(name));
  expect(problems).toEqual([]);
  return features;
}

function province(): ProvinceFeature {
  return parseProvince(read('province-square.geojson'));
}

function first(name: string): ZoneFeature {
  const f = zones(name)[0];
  if (!f) throw new Error(`${name} has no feature`);
  return f;
}

describe('zone checks', () => {
  it('finds nothing wrong with clean shapes', () => {
    expect(checkZones(zones('checks-clean.geojson'), province())).toEqual([]);
  });

  it('reports an overlapping pair once, naming both features', () => {
    const problems = checkOverlaps(zones('overlapping-pair.geojson'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ feature: 'zone-a', field: 'geometry', severity: 'error' });
    expect(problems[0]?.message).toMatch(/^overlaps zone-b by \d+\.\d\d ha$/);
  });

  it('lets the economic zone contain other zones', () => {
    expect(checkOverlaps(zones('ez-contains-zone.geojson'))).toEqual([]);
  });

  it('finds the crossing of a bow-tie', () => {
    const problems = checkSelfIntersections(first('bow-tie.geojson'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/crosses itself .* \[105\.952500, 9\.642500\]/);
  });

  it('reports an unclosed ring and skips the checks that need closed rings', () => {
    const f = first('unclosed-ring.geojson');
    expect(checkRings(f).map((p) => p.message)).toEqual(['ring is not closed (first and last positions differ)']);
    expect(checkZones([f], province()).map((p) => p.field)).toEqual(['geometry.coordinates[0]']);
  });

  it('fails an indicative shape whose area is 5 % off', () => {
    const problems = checkArea(first('area-5pct-off.geojson'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'official_area_ha', severity: 'error' });
    expect(problems[0]?.message).toMatch(/4\.\d\d % off the official/);
  });

  it('only warns when the area is between 0.1 % and 1 % off', () => {
    expect(checkArea(first('area-0.5pct-off.geojson')).map((p) => p.severity)).toEqual(['warning']);
  });

  it('only warns when a surveyed boundary differs from the published area', () => {
    expect(checkArea(first('surveyed-area-5pct-off.geojson')).map((p) => p.severity)).toEqual(['warning']);
  });

  it('wants counter-clockwise exterior rings and at most 6 decimals', () => {
    expect(checkRings(first('clockwise-ring.geojson'))[0]?.message).toMatch(/clockwise/);
    expect(checkRings(first('too-many-decimals.geojson'))[0]?.message).toMatch(/more than 6 decimals/);
  });

  it('fails shapes beyond the province bounding box and warns for an anchor outside the outline', () => {
    const problems = checkExtent(first('outside-province.geojson'), province());
    expect(problems.map((p) => `${p.severity}:${p.field}`)).toEqual(['error:geometry', 'warning:anchor', 'warning:geometry']);
  });

  it('refuses a location-only feature that claims to be drawn to size', () => {
    expect(checkArea(first('location-only-sized.geojson'))).toEqual([
      expect.objectContaining({ field: 'shape_sized_to_official', severity: 'error', message: expect.stringMatching(/no footprint/) }),
    ]);
  });

  it('refuses a shape drawn to the official size when there is no official size', () => {
    expect(checkArea(first('sized-without-official.geojson'))).toEqual([
      expect.objectContaining({ field: 'shape_sized_to_official', severity: 'error', message: 'drawn to the official size, but official_area_ha is null' }),
    ]);
  });

  it('allows "described" only with an edge located on the map (the river bank), not schematic roads alone', () => {
    expect(checkQuality(first('described-without-river.geojson'))).toEqual([
      expect.objectContaining({ field: 'geometry_quality', severity: 'error' }),
    ]);
  });

  it('refuses a shape further from its anchor than its stated uncertainty', () => {
    const [p] = checkQuality(first('anchor-beyond-uncertainty.geojson'));
    expect(p).toMatchObject({ feature: 'far-from-anchor', field: 'position_uncertainty_m', severity: 'error' });
    // 0.03° of longitude at 9.625° N, from the anchor to the shape's east edge: about 3.3 km.
    expect(p?.message).toMatch(/lies 3[23]\d\d m from its anchor, beyond its stated uncertainty of 1000 m/);
  });

  it('lets a shape reach past the generalised outline by less than the tolerance, and no more', () => {
    const f = first('checks-clean.geojson');
    const shift = (dLon: number): ZoneFeature => ({
      ...f,
      geometry: { type: 'Polygon', coordinates: [[[106.0 + dLon - 0.01, 9.65], [106.0 + dLon, 9.65], [106.0 + dLon, 9.66], [106.0 + dLon - 0.01, 9.66], [106.0 + dLon - 0.01, 9.65]]] },
      properties: { ...f.properties, anchor: [105.995, 9.655], position_uncertainty_m: 50_000 },
    });
    // 0.005° ≈ 550 m outside the square province: within the tolerance; 0.03° ≈ 3.3 km: beyond it.
    expect(CHECK_LIMITS.outlineToleranceM).toBeGreaterThan(550);
    expect(checkExtent(shift(0.005), province())).toEqual([]);
    expect(checkExtent(shift(0.03), province()).map((p) => `${p.severity}:${p.field}`)).toContain('warning:geometry');
  });


});

describe('the shipped zones', () => {
  it('pass every check without errors', () => {
    const shipped = parseZoneCollection(JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8'))).features;
    const outline = parseProvince(JSON.parse(readFileSync(new URL('../../geodata/province.geojson', import.meta.url), 'utf8')));
    expect(checkZones(shipped, outline).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
