import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bi, makeZone, source } from '../../test/helpers.ts';
import {
  CAN_THO_AIRPORT, comparisonRows, DISTANCE_TARGETS, distanceToLineKm, markBest, QL1A_SCHEMATIC, stageAt,
} from './compare.ts';
import { REFERENCE_PLACES } from './nearby.ts';
import type { StageEvent } from './zone.ts';

const SOC_TRANG = REFERENCE_PLACES.find((p) => p.id === 'soc-trang-city')!.at;
const event = (date: string, stage: StageEvent['stage']): StageEvent => ({ date, stage, text: bi(stage), source: source() });
const kmTo = (rows: ReturnType<typeof comparisonRows>, key: string) => rows.distances.find((d) => d.target.key === key)!.cells;

describe('QL1A_SCHEMATIC', () => {
  it('equals the ql1a line of geodata/roads.geojson', () => {
    const roads = JSON.parse(readFileSync('geodata/roads.geojson', 'utf8')) as {
      features: Array<{ properties: { id: string; schematic?: boolean }; geometry: { type: string; coordinates: number[][] } }>;
    };
    const ql1a = roads.features.find((f) => f.properties.id === 'ql1a');
    expect(ql1a?.geometry.type).toBe('LineString');
    expect(ql1a?.properties.schematic).toBe(true);
    expect(QL1A_SCHEMATIC).toEqual(ql1a?.geometry.coordinates);
  });
});

describe('distances', () => {
  it('has the five targets in order, QL1A last as a schematic road', () => {
    expect(DISTANCE_TARGETS.map((t) => t.key)).toEqual(['soc-trang-city', 'tran-de-fishing-port', 'can-tho-centre', 'can-tho-airport', 'ql1a']);
    expect(DISTANCE_TARGETS[4]?.kind).toBe('schematic-road');
    expect(CAN_THO_AIRPORT.at).toEqual([105.71, 10.083889]);
  });

  it('measures from the anchor: 0 km at Sóc Trăng centre, hand-computed km elsewhere', () => {
    const rows = comparisonRows([makeZone({ id: 'a', anchor: [...SOC_TRANG] })], null, true);
    expect(kmTo(rows, 'soc-trang-city')[0]?.value).toBe(0);
    // Haversine, R = 6371.0088 km, computed by hand from the positions.
    expect(kmTo(rows, 'tran-de-fishing-port')[0]?.value).toBeCloseTo(26.698, 2);
    expect(kmTo(rows, 'can-tho-centre')[0]?.value).toBeCloseTo(52.805, 2);
    expect(kmTo(rows, 'can-tho-airport')[0]?.value).toBeCloseTo(60.699, 2);
    // Nearest point of the line, checked against haversine to densely sampled points of it (1.297 km).
    expect(kmTo(rows, 'ql1a')[0]?.value).toBeCloseTo(1.297, 1);
  });

  it('gives the nearest point of the line: 0 on a vertex and mid-segment, perpendicular offsets elsewhere', () => {
    expect(distanceToLineKm([105.967, 9.6301], QL1A_SCHEMATIC)).toBe(0);
    expect(distanceToLineKm([(105.959 + 105.95) / 2, (9.6 + 9.5691) / 2], QL1A_SCHEMATIC)).toBeCloseTo(0, 6);
    // Due north of a horizontal segment: the offset in latitude, 0.01° ≈ 1.112 km.
    expect(distanceToLineKm([106.05, 9.61], [[106, 9.6], [106.1, 9.6]])).toBeCloseTo(1.112, 3);
    // Trần Đề port to the schematic line: 27.956 km by dense sampling.
    expect(distanceToLineKm([106.203, 9.527], QL1A_SCHEMATIC)).toBeCloseTo(27.956, 1);
  });
});

describe('markBest', () => {
  it('marks the smallest or largest value', () => {
    expect(markBest([3, 1, 2], 'min')).toEqual([false, true, false]);
    expect(markBest([3, 1, 2], 'max')).toEqual([true, false, false]);
  });

  it('marks every tied value', () => {
    expect(markBest([2, 1, 1, 5], 'min')).toEqual([false, true, true, false]);
    expect(markBest([4, 4], 'max')).toEqual([true, true]);
  });

  it('never lets a missing value win', () => {
    expect(markBest([null, 5, 7], 'min')).toEqual([false, true, false]);
    expect(markBest([null, 5, null, 5], 'max')).toEqual([false, true, false, true]);
  });

  it('marks nothing with fewer than two values present', () => {
    expect(markBest([], 'min')).toEqual([]);
    expect(markBest([3], 'min')).toEqual([false]);
    expect(markBest([null, 3, null], 'min')).toEqual([false, false, false]);
  });
});

describe('comparisonRows', () => {
  it('marks the nearest distances, tied at the shown precision (0.1 km)', () => {
    const a = makeZone({ id: 'a', anchor: [...SOC_TRANG] });
    const b = makeZone({ id: 'b', anchor: [SOC_TRANG[0], SOC_TRANG[1] + 0.0003] }); // ~33 m north: 0.0 km too
    const c = makeZone({ id: 'c', anchor: [106.203, 9.527] });
    const rows = comparisonRows([a, b, c], null, true);
    expect(kmTo(rows, 'soc-trang-city').map((x) => x.best)).toEqual([true, true, false]);
    expect(kmTo(rows, 'tran-de-fishing-port').map((x) => x.best)).toEqual([false, false, true]);
  });

  it('marks the most advanced stage: operating > built > land clearance > planned', () => {
    const stages = ['planned', 'land-clearance', 'built'] as const;
    const rows = comparisonRows(stages.map((stage, i) => makeZone({ id: `z${i}`, stage })), null, true);
    expect(rows.stage.map((c) => c.best)).toEqual([false, false, true]);
    const two = comparisonRows([makeZone({ id: 'p', stage: 'planned' }), makeZone({ id: 'l', stage: 'land-clearance' })], null, true);
    expect(two.stage.map((c) => c.best)).toEqual([false, true]);
    const tied = comparisonRows([makeZone({ id: 'o1', stage: 'operating' }), makeZone({ id: 'b', stage: 'built' }), makeZone({ id: 'o2', stage: 'operating' })], null, true);
    expect(tied.stage.map((c) => c.best)).toEqual([true, false, true]);
  });

  it('never marks official area or occupancy, and keeps what is not published as null', () => {
    const rows = comparisonRows([
      makeZone({ id: 'a', official_area_ha: 500, occupancy_pct: 97, occupancy_source: source() }),
      makeZone({ id: 'b', official_area_ha: null }),
    ], null, true);
    expect(rows.officialHa).toEqual([{ value: 500, best: false }, { value: null, best: false }]);
    expect(rows.occupancyPct).toEqual([{ value: 97, best: false }, { value: null, best: false }]);
  });

  it('gives the stage as of a year from the history; not yet recorded or dropped is missing and never best', () => {
    const a = makeZone({ id: 'a', stage: 'operating', stage_history: [event('2008', 'planned'), event('2012-05', 'operating')] });
    const b = makeZone({ id: 'b', stage: 'planned', stage_history: [event('2015', 'planned')] });
    const c = makeZone({ id: 'c', stage: 'planned', stage_history: [event('2005', 'built'), event('2009', 'dropped'), event('2020', 'planned')] });
    const in2010 = comparisonRows([a, b, c], 2010, true);
    expect(in2010.stage.map((x) => x.value?.stage)).toEqual(['planned', null, null]);
    expect(in2010.stage[2]?.value?.event?.stage).toBe('dropped');
    expect(in2010.stage[1]?.value?.event).toBeNull();
    expect(in2010.stage.map((x) => x.best)).toEqual([false, false, false]);
    const in2016 = comparisonRows([a, b, c], 2016, true);
    expect(in2016.stage.map((x) => x.value?.stage)).toEqual(['operating', 'planned', null]);
    expect(in2016.stage.map((x) => x.best)).toEqual([true, false, false]);
  });

  it('leaves the stage unknown while a year is set and the histories have not loaded', () => {
    const rows = comparisonRows([makeZone({ id: 'a', stage: 'operating' }), makeZone({ id: 'b' })], 2020, false);
    expect(rows.stage).toEqual([{ value: null, best: false }, { value: null, best: false }]);
    expect(comparisonRows([makeZone({ id: 'a', stage: 'operating' }), makeZone({ id: 'b' })], null, false).stage.map((c) => c.best)).toEqual([true, false]);
  });
});

describe('stageAt', () => {
  it('is today’s stage with the last history entry when no year is set', () => {
    const z = makeZone({ stage: 'built', stage_history: [event('2010', 'planned'), event('2019', 'built')] });
    expect(stageAt(z.properties, null)).toEqual({ stage: 'built', event: z.properties.stage_history[1] });
    expect(stageAt({ stage: 'built', stage_history: [] }, null)).toEqual({ stage: 'built', event: null });
  });
});
