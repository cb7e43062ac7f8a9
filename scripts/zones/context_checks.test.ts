import { readFileSync } from 'node:fs';
import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { parseZoneCollection } from '../../src/domain/zone_parser.ts';
import type { ZoneFeature } from '../../src/domain/zone.ts';
import { checkMapContext, landShare, nearestWaterBearing, roadsThrough, townsInside, waterEdgeDistanceM, type MapContext } from './context_checks.ts';

function read<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/zones/${name}`, import.meta.url), 'utf8')) as T;
}

/** Land is the square 105.90–106.00 E, 9.60–9.70 N (a river east of it); one road on 105.95 E; one town at 105.93 E, 9.62 N. */
function context(): MapContext {
  return {
    land: read<FeatureCollection<Polygon>>('context-land.geojson').features[0]!.geometry,
    roads: read<FeatureCollection<LineString, { id: string; name: string }>>('context-roads.geojson').features,
    towns: read<FeatureCollection<Point, { id: string; name: string }>>('context-towns.geojson').features,
  };
}

function zones(name: string): ZoneFeature[] {
  const { features, problems } = parseZoneCollection(read(name));
  expect(problems).toEqual([]);
  return features;
}

const fields = (name: string) => checkMapContext(zones(name), context()).map((p) => `${p.feature} ${p.field}: ${p.message}`);

describe('shapes against the map’s own layers', () => {
  it('finds nothing wrong with a river-side shape beside the water and an inland one', () => {
    expect(fields('context-clean.geojson')).toEqual([]);
  });

  it('fails a shape half in the water', () => {
    expect(fields('context-off-land.geojson')).toEqual([expect.stringMatching(/^half-in-river geometry: only 5\d\.\d % of the shape lies on land/)]);
  });

  it('fails a shape described as river-side that lies 1.2 km from the water', () => {
    expect(fields('context-river-far.geojson')).toEqual([expect.stringMatching(/^river-side-far described_edges\.river: described as river-side, but its nearest edge is 12\d\d m from the water/)]);
  });

  it('fails a shape crossed by a road its description names as an edge', () => {
    expect(fields('context-road-crossing.geojson')).toEqual(['crossed-by-road described_edges.roads: crossed by ql-thu, which its description names as an edge']);
  });

  it('fails an edge naming a road the map does not have', () => {
    expect(fields('context-unknown-road.geojson')).toEqual(['names-unknown-road described_edges.roads: no road "ql-khong-co" in geodata/roads.geojson']);
  });

  it('fails a shape over a town centre, naming the town', () => {
    expect(fields('context-town-inside.geojson')).toEqual(['over-town geometry: covers the town centre of Thị trấn Thử']);
  });

  it('only warns about a surveyed boundary that the generalised layers disagree with', () => {
    const [f] = zones('context-off-land.geojson');
    const surveyed = { ...f!, properties: { ...f!.properties, geometry_quality: 'surveyed' as const, shape_sized_to_official: false } };
    const problems = checkMapContext([surveyed], context());
    expect(problems.map((p) => [p.field, p.severity])).toEqual([['geometry', 'warning']]);
  });

  it('does not hold location-only discs or the economic zone to footprint rules', () => {
    const [f] = zones('context-off-land.geojson');
    const disc = { ...f!, properties: { ...f!.properties, geometry_quality: 'location-only' as const, shape_sized_to_official: false } };
    const ez = { ...f!, properties: { ...f!.properties, kind: 'economic-zone' as const } };
    expect(checkMapContext([disc, ez], context())).toEqual([]);
  });
});

describe('context measures', () => {
  const ctx = context();
  const square = (lon0: number, lat0: number, lon1: number, lat1: number): Polygon =>
    ({ type: 'Polygon', coordinates: [[[lon0, lat0], [lon1, lat0], [lon1, lat1], [lon0, lat1], [lon0, lat0]]] });

  it('measures the share on land', () => {
    expect(landShare(square(105.99, 9.65, 106.01, 9.66), ctx.land)).toBeCloseTo(0.5, 2);
    expect(landShare(square(105.95, 9.65, 105.96, 9.66), ctx.land)).toBe(1);
  });

  it('measures the distance to the water in metres (0.01° of longitude at 9.65° N ≈ 1,097 m)', () => {
    expect(waterEdgeDistanceM(square(105.98, 9.65, 105.99, 9.66), ctx.land)).toBeCloseTo(1097, -1);
  });

  it('finds roads through a shape and towns inside it', () => {
    expect(roadsThrough(square(105.94, 9.65, 105.96, 9.66), ctx.roads)).toEqual(['ql-thu']);
    expect(roadsThrough(square(105.96, 9.65, 105.97, 9.66), ctx.roads)).toEqual([]);
    expect(townsInside(square(105.92, 9.61, 105.94, 9.63), ctx.towns)).toEqual(['thi-tran-thu']);
  });

  it('reads the bearing of the nearest water’s edge', () => {
    // The land ring runs counter-clockwise, so its east edge (the river bank) heads north.
    expect(nearestWaterBearing([105.995, 9.65], ctx.land)).toBeCloseTo(0, 5);
  });
});
