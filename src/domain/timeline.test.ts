import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bi, makeZone, source } from '../../test/helpers.ts';
import { parseZoneCollection } from './zone_parser.ts';
import { stageAsOf, timelineYear, yearOf, zonesAsOf } from './timeline.ts';
import { changesOf, timelineSteps } from './timeline_steps.ts';
import type { HistoryStage, StageEvent } from './zone.ts';

const ev = (date: string, stage: HistoryStage, title = `nguồn ${date}`): StageEvent => ({ date, stage, text: bi(`${stage} ${date}`), source: source(title, date) });

/** Planned in 2018, land clearance and built in one year (2022), operating from 2024. */
const busy = makeZone({ id: 'ban-ron', stage: 'operating', stage_history: [ev('2018-09-05', 'planned'), ev('2022-03', 'land-clearance'), ev('2022-11', 'built'), ev('2023', 'built'), ev('2024-06', 'operating')] });
/** First recorded already operating in 2025: when it was planned and built is not published. */
const undated = makeZone({ id: 'khong-ngay', stage: 'operating', stage_history: [ev('2025-02', 'operating')] });
/** In the plan from 2017, dropped in 2020, back in 2023. */
const dropped = makeZone({ id: 'bi-bo', stage: 'planned', stage_history: [ev('2017', 'planned'), ev('2020-06', 'dropped'), ev('2023-11', 'planned')] });

describe('the map as of a year', () => {
  it('reads the year of a partial date', () => {
    expect([yearOf('2005'), yearOf('2022-03'), yearOf('2025-03-14')]).toEqual([2005, 2022, 2025]);
  });

  it('shows a feature from its first dated entry, in the stage of its last entry in or before the year', () => {
    const h = busy.properties.stage_history;
    expect(stageAsOf(h, 2017)).toBeNull();
    expect(stageAsOf(h, 2018)).toBe('planned');
    expect(stageAsOf(h, 2021)).toBe('planned');
    // Two changes in 2022: the year ends built.
    expect(stageAsOf(h, 2022)).toBe('built');
    expect(stageAsOf(h, 2023)).toBe('built');
    expect(stageAsOf(h, 2024)).toBe('operating');
    expect(stageAsOf(h, 2050)).toBe('operating');
  });

  it('takes a dropped feature off the map until an entry brings it back', () => {
    const h = dropped.properties.stage_history;
    expect([2016, 2017, 2019, 2020, 2022, 2023].map((y) => stageAsOf(h, y))).toEqual([null, 'planned', 'planned', null, null, 'planned']);
  });

  it('lists exactly the features recorded by the year, with the stage they had then', () => {
    const all = [busy, undated, dropped];
    const at = (y: number) => zonesAsOf(all, y).map((z) => `${z.properties.id}:${z.properties.stage}`);
    expect(at(2016)).toEqual([]);
    expect(at(2019)).toEqual(['ban-ron:planned', 'bi-bo:planned']);
    expect(at(2021)).toEqual(['ban-ron:planned']);
    expect(at(2025)).toEqual(['ban-ron:operating', 'khong-ngay:operating', 'bi-bo:planned']);
    expect(zonesAsOf(all, null)).toBe(all);
  });

  it('changes nothing but the stage, and keeps the same object when the stage is today’s', () => {
    const [then] = zonesAsOf([busy], 2019);
    expect(then).not.toBe(busy);
    expect({ ...then!.properties, stage: busy.properties.stage }).toEqual(busy.properties);
    expect(then!.geometry).toBe(busy.geometry);
    expect(zonesAsOf([busy], 2030)[0]).toBe(busy);
  });
});

describe('changes and steps', () => {
  it('records a change only where the stage changes, several in one year each with its own entry', () => {
    expect(changesOf(busy).map((c) => [c.event.date, c.from, c.to])).toEqual([
      ['2018-09-05', null, 'planned'], ['2022-03', 'planned', 'land-clearance'], ['2022-11', 'land-clearance', 'built'], ['2024-06', 'built', 'operating'],
    ]);
  });

  it('says the earlier stages are undated for a feature first recorded beyond planned, and only then', () => {
    expect(changesOf(undated)).toEqual([expect.objectContaining({ from: null, to: 'operating', earlierUndated: true })]);
    expect(changesOf(busy).map((c) => c.earlierUndated)).toEqual([false, false, false, false]);
  });

  it('records a drop and a return', () => {
    expect(changesOf(dropped).map((c) => [c.event.date, c.from, c.to])).toEqual([['2017', null, 'planned'], ['2020-06', 'planned', null], ['2023-11', null, 'planned']]);
  });

  it('groups the changes by year, ordered by date, each carrying its source', () => {
    const steps = timelineSteps([undated, dropped, busy]);
    expect(steps.map((s) => s.year)).toEqual([2017, 2018, 2020, 2022, 2023, 2024, 2025]);
    const y2022 = steps.find((s) => s.year === 2022)!;
    expect(y2022.changes.map((c) => c.to)).toEqual(['land-clearance', 'built']);
    expect(y2022.changes[0]!.event.source.title).toBe('nguồn 2022-03');
  });

  it('on the shipped data: every feature appears in the year of its first entry, and today’s stages by the last', () => {
    const { features } = parseZoneCollection(JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')));
    for (const z of features) {
      const first = yearOf(z.properties.stage_history[0]!.date);
      expect(zonesAsOf([z], first - 1)).toEqual([]);
      expect(zonesAsOf([z], first)).toHaveLength(1);
    }
    expect(zonesAsOf(features, 2050).map((z) => z.properties.stage)).toEqual(features.map((z) => z.properties.stage));
  });
});

describe('a year from a link', () => {
  it.each([
    ['2020', 2020], [' 2031 ', 2031], [2005, 2005], ['1990', 2005], ['2099', 2050], [2050, 2050],
    ['', null], ['20x0', null], ['2020.5', null], [2020.5, null], ['1e3', null], [NaN, null], [Infinity, null], [null, null], [undefined, null],
    ['-2020', null], ['２０２０', null], ['20200', null], [{}, null],
  ])('%j → %j', (raw, year) => {
    expect(timelineYear(raw)).toBe(year);
  });
});
