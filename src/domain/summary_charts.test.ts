import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bi, makeZone, source } from '../../test/helpers.ts';
import { createAppState } from '../state/app_state.ts';
import { parsePlan } from './plan.ts';
import { matchesQuery, searchTextOf } from './search.ts';
import { changesByYear, featuresByCommune, featuresByDistrict, placesOf, planVsMap, stageHectares } from './summary_charts.ts';
import { parseZoneCollection } from './zone_parser.ts';
import { STAGES, type HistoryStage, type StageEvent } from './zone.ts';

const shipped = () => parseZoneCollection(JSON.parse(readFileSync('geodata/zones.geojson', 'utf8'))).features;
const shippedPlan = () => parsePlan(JSON.parse(readFileSync('geodata/plan.json', 'utf8')));
const ev = (date: string, stage: HistoryStage): StageEvent => ({ date, stage, text: bi('sự kiện'), source: source() });

describe('stageHectares', () => {
  const zones = [
    makeZone({ id: 'sized', stage: 'operating', official_area_ha: 243 }),
    makeZone({ id: 'measured', stage: 'operating', official_area_ha: 100, geometry_quality: 'described', shape_sized_to_official: false }),
    makeZone({ id: 'illustrative', stage: 'planned', official_area_ha: null, shape_sized_to_official: false }),
    makeZone({ id: 'loc', stage: 'planned', official_area_ha: null, geometry_quality: 'location-only', shape_sized_to_official: false }),
    makeZone({ id: 'ccn', kind: 'cluster', stage: 'built', official_area_ha: 53.9 }),
    makeZone({ id: 'ez', kind: 'economic-zone', stage: 'planned', official_area_ha: 40_000 }),
  ];
  const m2 = (ha: number) => ({ turfM2: ha * 1e4, ellipsoidalM2: ha * 1e4, vn2000M2: ha * 1e4, vsOfficial: null });

  it('gives what the legend gives for the same features', () => {
    const state = createAppState({ zones });
    state.areas.value = new Map([['sized', m2(243)], ['measured', m2(97.5)], ['illustrative', m2(120)]]);
    const rows = stageHectares(state.datedZones.value, state.computedHa.value);
    const legend = state.totalsByStage.value;
    expect(rows.map((r) => r.stage)).toEqual([...STAGES]);
    for (const r of rows) {
      const { count, officialHa, withoutOfficial, measuredHa, measuredCount } = r;
      expect({ count, officialHa, withoutOfficial, measuredHa, measuredCount }).toEqual(legend[r.stage]);
    }
    expect(rows[0]).toMatchObject({ officialHa: 343, measuredHa: 97.5, measuredCount: 1 });
  });

  it('counts location-only features apart and leaves the economic zone out', () => {
    const planned = stageHectares(zones, new Map()).find((r) => r.stage === 'planned');
    expect(planned).toMatchObject({ count: 2, locationOnly: 1, withoutOfficial: 2, officialHa: 0 });
    expect(planned?.filter).toEqual({ stages: ['planned'], kinds: ['zone', 'cluster'] });
  });

  it('matches the legend on the shipped data', () => {
    const state = createAppState({ zones: shipped() });
    for (const r of stageHectares(state.zones.value, new Map())) expect(r.count).toBe(state.totalsByStage.value[r.stage].count);
  });
});

describe('placesOf', () => {
  it('finds several units, ignoring asides in parentheses and a note after a dash', () => {
    expect(placesOf('Huyện Châu Thành và TP Sóc Trăng (trước 2025)', 'district')).toEqual({
      places: [{ unit: 'huyen', name: 'Châu Thành' }, { unit: 'thanh-pho', name: 'Sóc Trăng' }], hedged: false,
    });
    expect(placesOf('Xã An Ninh (có An Hiệp cũ), xã Thuận Hòa (có Phú Tân cũ), phường Sóc Trăng (có phường 7 cũ) — suy ra từ danh sách', 'commune').places)
      .toEqual([{ unit: 'xa', name: 'An Ninh' }, { unit: 'xa', name: 'Thuận Hòa' }, { unit: 'phuong', name: 'Sóc Trăng' }]);
  });

  it('keeps the district-level "thị xã" out of communes', () => {
    expect(placesOf('Thị xã Vĩnh Châu (trước 2025)', 'district').places).toEqual([{ unit: 'thi-xa', name: 'Vĩnh Châu' }]);
    expect(placesOf('Thị xã Vĩnh Châu (trước 2025)', 'commune').places).toEqual([]);
  });

  it('marks hedged texts and names nothing for an unknown place', () => {
    expect(placesOf('Có lẽ huyện Long Phú (chưa xác nhận)', 'district')).toEqual({ places: [{ unit: 'huyen', name: 'Long Phú' }], hedged: true });
    expect(placesOf('Phường Ngã Năm (gồm phường 1, 2) hoặc phường Mỹ Quới (gồm phường 3) — chưa xác nhận', 'commune')).toEqual({
      places: [{ unit: 'phuong', name: 'Ngã Năm' }, { unit: 'phuong', name: 'Mỹ Quới' }], hedged: true,
    });
    expect(placesOf('Chưa rõ; có lẽ trong địa bàn huyện Trần Đề cũ (chưa xác nhận)', 'commune')).toEqual({ places: [], hedged: true });
  });
});

describe('featuresByDistrict and featuresByCommune', () => {
  const zones = [
    makeZone({ id: 'a', old_district: bi('Huyện Châu Thành và TP Sóc Trăng (trước 2025)'), new_communes: bi('Xã An Ninh và xã Thuận Hòa') }),
    makeZone({ id: 'b', kind: 'cluster', old_district: bi('Huyện Châu Thành (trước 2025)'), new_communes: bi('Có lẽ xã An Ninh (chưa xác nhận)') }),
    makeZone({ id: 'c', old_district: bi('Có lẽ huyện Mỹ Tú (chưa xác nhận)'), new_communes: bi('Chưa rõ') }),
    makeZone({ id: 'ez', kind: 'economic-zone', old_district: bi('Vùng ven biển huyện Trần Đề'), new_communes: bi('Chưa xác định') }),
  ];

  it('counts a feature in each district it names, hedged ones as unconfirmed, the economic zone nowhere', () => {
    const rows = featuresByDistrict(zones);
    expect(rows.map((r) => [r.key, r.count, r.confirmed, r.unconfirmed])).toEqual([
      ['huyen:chau-thanh', 2, 2, 0], ['thanh-pho:soc-trang', 1, 1, 0], ['huyen:my-tu', 1, 0, 1],
    ]);
    expect(rows[0]?.filter).toEqual({ kinds: ['zone', 'cluster'], query: '"huyện Châu Thành"' });
  });

  it('puts features naming no commune in an unknown row that filters nothing', () => {
    const rows = featuresByCommune(zones);
    expect(rows.map((r) => [r.key, r.count, r.unconfirmed])).toEqual([['xa:an-ninh', 2, 1], ['xa:thuan-hoa', 1, 0], ['unknown', 1, 1]]);
    expect(rows.at(-1)).toMatchObject({ place: null, ids: ['c'], filter: null });
  });

  it('gives, on the shipped data, searches that find exactly the features of their row (a quoted place name)', () => {
    const zones = shipped();
    const districts = featuresByDistrict(zones);
    expect(districts.find((r) => r.key === 'huyen:chau-thanh')?.ids).toEqual(['an-nghiep', 'an-nghiep-expansion', 'ccn-xay-da-b', 'ccn-xay-da-b-moi']);
    for (const r of [...districts, ...featuresByCommune(zones)]) {
      if (!r.filter) continue;
      const found = zones.filter((z) => matchesQuery(searchTextOf(z), r.filter?.query ?? '')).map((z) => z.properties.id);
      expect(found.filter((id) => zones.find((z) => z.properties.id === id)?.properties.kind !== 'economic-zone').sort(), r.key).toEqual([...r.ids].sort());
    }
  });
});

describe('planVsMap', () => {
  it('sets the plan figures beside the mapped features', () => {
    const rows = planVsMap(shipped(), shippedPlan());
    expect(rows.map((r) => r.key)).toEqual(['zones-2030', 'zones-2050', 'clusters-2050', 'clusters-established']);
    expect(rows[0]).toMatchObject({ planned: { count: 3, areaHa: null, expansions: 1 }, mapped: null });
    expect(rows[1]).toMatchObject({ planned: { count: 10, areaHa: 4334 }, mapped: { count: 11 }, filter: { kinds: ['zone'] } });
    expect(rows[2]).toMatchObject({ planned: { count: 18, areaHa: 983.6 }, filter: { kinds: ['cluster'] } });
    // Rows whose mapped features no filter can show exactly are not clickable.
    expect([rows[0]?.filter, rows[3]?.filter]).toEqual([null, null]);
    expect(rows[3]).toMatchObject({ planned: { count: 5, areaHa: 202.5 }, mapped: { count: 5, withoutOfficial: 2 } });
  });

  it('counts only the features it is given', () => {
    const zones = [makeZone({ id: 'a', official_area_ha: 100 }), makeZone({ id: 'b', official_area_ha: null }), makeZone({ id: 'ccn-nga-nam', kind: 'cluster', official_area_ha: 40 })];
    const rows = planVsMap(zones, shippedPlan());
    expect(rows[1]?.mapped).toEqual({ count: 2, officialHa: 100, withoutOfficial: 1 });
    expect(rows[3]?.mapped).toEqual({ count: 1, officialHa: 40, withoutOfficial: 0 });
  });
});

describe('changesByYear', () => {
  const zones = [
    makeZone({ id: 'a', stage: 'operating', stage_history: [ev('2018', 'planned'), ev('2020', 'planned'), ev('2025-02', 'operating')] }),
    makeZone({ id: 'b', stage: 'planned', stage_history: [ev('2020-05', 'planned'), ev('2021', 'dropped'), ev('2025', 'planned')] }),
    makeZone({ id: 'ez', kind: 'economic-zone', stage: 'planned', stage_history: [ev('2023', 'planned')] }),
  ];

  it('counts changes per year by the stage they led to, first records apart', () => {
    expect(changesByYear(zones).map((r) => [r.year, r.total, r.firstRecorded, r.byStage.planned, r.byStage.operating, r.byStage.dropped])).toEqual([
      [2018, 1, 1, 1, 0, 0], [2020, 1, 1, 1, 0, 0], [2021, 1, 0, 0, 0, 1], [2025, 2, 0, 1, 1, 0],
    ]);
    expect(changesByYear(zones).at(-1)?.filter).toEqual({ year: 2025 });
  });

  it('stops at the timeline year', () => {
    expect(changesByYear(zones, 2020).map((r) => r.year)).toEqual([2018, 2020]);
  });
});
