import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArea, checkExtent, checkOverlaps, checkRings, checkSelfIntersections, checkZones, ringSignedArea } from './zone_checks.ts';
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

  it('computes ring orientation with the shoelace formula', () => {
    expect(ringSignedArea([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]])).toBe(1);
    expect(ringSignedArea([[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]])).toBe(-1);
  });
});

describe('the shipped zones', () => {
  it('pass every check without errors', () => {
    const shipped = parseZoneCollection(JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8'))).features;
    const outline = parseProvince(JSON.parse(readFileSync(new URL('../../geodata/province.geojson', import.meta.url), 'utf8')));
    expect(checkZones(shipped, outline).filter((p) => p.severity === 'error')).toEqual([]);
  });
});
