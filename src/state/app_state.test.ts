import { describe, expect, it } from 'vitest';
import type { Kind, Stage, ZoneFeature, ZoneProperties } from '../domain/zone.ts';
import { bi, makeZone, squareRing } from '../../test/helpers.ts';
import { addNotice, clearCompare, createAppState, dismissNotice, loadAreas, selectZone, setQuery, setYear, showOnly, toggleCompare, toggleKind, toggleStage } from './app_state.ts';

/** A square feature of 0.01° at (lon, lat); fresh object per call. */
function zone(id: string, stage: Stage, kind: Kind, name: string, officialHa: number | null, lon = 105.9, lat = 9.6, extra: Partial<ZoneProperties> = {}): ZoneFeature {
  return makeZone({
    ...extra, id, kind, stage, name: { vi: name, en: name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') }, short_name: bi(name),
    official_area_ha: officialHa, old_district: bi('Trần Đề'), old_communes: bi('Đại Ân 2'), new_communes: bi('xã Trần Đề'), anchor: [lon, lat],
  }, { type: 'Polygon', coordinates: [squareRing(lon, lat)] });
}

function sample(): ZoneFeature[] {
  return [
    // A described boundary not drawn to size: its computed area is a measurement.
    zone('a', 'operating', 'zone', 'Khu công nghiệp An Nghiệp', 243, 105.9, 9.6, { geometry_quality: 'described', shape_sized_to_official: false }),
    zone('b', 'built', 'zone', 'Khu công nghiệp Trần Đề', 160, 106.18, 9.54),
    zone('c', 'planned', 'cluster', 'Cụm công nghiệp Đại Ngãi', null, 106.07, 9.7),
    zone('ez', 'planned', 'economic-zone', 'Khu kinh tế ven biển', 40000, 106.1, 9.45),
    // Location-only: its polygon is a disc of uncertainty, not a footprint.
    zone('loc', 'land-clearance', 'cluster', 'Cụm công nghiệp Ngã Năm', null, 105.6, 9.56, { geometry_quality: 'location-only', shape_sized_to_official: false }),
  ];
}

describe('createAppState', () => {
  it('starts with everything visible, and computes three areas per feature once the area module loads', async () => {
    const s = createAppState({ zones: sample() });
    expect(s.visibleZones.value.length).toBe(5);
    expect(s.computedHa.value.size).toBe(0);
    await loadAreas(s);
    const a = s.areas.value?.get('a');
    expect(a).toBeDefined();
    // 0.01° × 0.01° at 9.6° N is about 1.1 km × 1.1 km ≈ 121 ha.
    const ha = s.computedHa.value.get('a') ?? 0;
    expect(ha).toBeGreaterThan(115);
    expect(ha).toBeLessThan(128);
    expect(ha).toBeCloseTo((a?.vn2000M2 ?? 0) / 10_000, 9);
    expect(a!.turfM2).toBeGreaterThan(a!.ellipsoidalM2);
    expect(a!.vsOfficial?.diffHa).toBeCloseTo(Math.round(ha * 100) / 100 - 243, 2);
    expect(s.areas.value?.get('c')?.vsOfficial).toBeNull();
    // A shape drawn to its official size is never compared with it; a location-only disc gets no area.
    expect(s.areas.value?.get('b')).toBeDefined();
    expect(s.areas.value?.get('b')?.vsOfficial).toBeNull();
    expect(s.areas.value?.has('loc')).toBe(false);
    expect(s.computedHa.value.has('loc')).toBe(false);
  });

  it('totals stages over zones and clusters, leaving the economic zone out of the sums', async () => {
    const s = createAppState({ zones: sample() });
    await loadAreas(s);
    const t = s.totalsByStage.value;
    expect(t.operating).toMatchObject({ count: 1, officialHa: 243, withoutOfficial: 0 });
    expect(t.planned).toMatchObject({ count: 1, officialHa: 0, withoutOfficial: 1 });
    expect(t['land-clearance']).toMatchObject({ count: 1, withoutOfficial: 1, measuredCount: 0, measuredHa: 0 });
    // Only measured boundaries (described or surveyed, not drawn to size) add to the computed totals.
    expect(t.built).toMatchObject({ count: 1, officialHa: 160, measuredCount: 0, measuredHa: 0 });
    expect(t.operating.measuredCount).toBe(1);
    expect(t.operating.measuredHa).toBeCloseTo(s.computedHa.value.get('a') ?? -1, 6);
  });

  it('hides a stage from map and list, and clears a selection it hides', () => {
    const s = createAppState({ zones: sample() });
    selectZone(s, 'c');
    toggleStage(s, 'planned');
    expect(s.visibleZones.value.map((z) => z.properties.id)).toEqual(['a', 'b', 'loc']);
    expect(s.listedZones.value.map((z) => z.properties.id)).toEqual(['a', 'b', 'loc']);
    expect(s.selectedId.value).toBeNull();
    toggleStage(s, 'planned');
    expect(s.visibleZones.value.length).toBe(5);
  });

  it('hides a kind, and the stage totals follow', () => {
    const s = createAppState({ zones: sample() });
    toggleKind(s, 'cluster');
    expect(s.visibleZones.value.map((z) => z.properties.id)).toEqual(['a', 'b', 'ez']);
    expect(s.visibleQualities.value).toEqual(['described', 'indicative']);
    expect(s.totalsByStage.value.planned.count).toBe(0);
  });

  it('searches without diacritics across names and communes', () => {
    const s = createAppState({ zones: sample() });
    setQuery(s, 'tran de');
    expect(s.listedZones.value.map((z) => z.properties.id)).toContain('b');
    setQuery(s, 'dai ngai');
    expect(s.listedZones.value.map((z) => z.properties.id)).toEqual(['c']);
    setQuery(s, 'xyz');
    expect(s.listedZones.value).toEqual([]);
  });

  it('ignores unknown ids when selecting', () => {
    const s = createAppState({ zones: sample() });
    selectZone(s, 'a');
    expect(s.selected.value?.properties.id).toBe('a');
    selectZone(s, '<script>');
    expect(s.selected.value).toBeNull();
  });

  it('keeps at most five notices and drops an immediate repeat', () => {
    const s = createAppState();
    addNotice(s, 'noticeDataProblem', { n: 1 });
    addNotice(s, 'noticeDataProblem', { n: 1 });
    expect(s.notices.value).toEqual([{ key: 'noticeDataProblem', vars: { n: 1 } }]);
    addNotice(s, 'noticeDataProblem', { n: 2 });
    expect(s.notices.value.length).toBe(2);
    for (let i = 0; i < 8; i++) addNotice(s, 'noticeMapProblem', { msg: `m${i}` });
    expect(s.notices.value.length).toBe(5);
    expect(s.notices.value[4]).toEqual({ key: 'noticeMapProblem', vars: { msg: 'm7' } });
  });

  it('dismisses the notice it is given, even after others were added or removed', () => {
    const s = createAppState();
    addNotice(s, 'noticeNoWebgl');
    addNotice(s, 'noticeMapProblem', { msg: 'a' });
    const [first, second] = s.notices.value;
    dismissNotice(s, first!);
    expect(s.notices.value).toEqual([second]);
    dismissNotice(s, first!);
    expect(s.notices.value).toEqual([second]);
  });
});

describe('comparison and timeline year', () => {
  const ev = (date: string, stage: Stage) => ({ date, stage, text: bi(date), source: { url: 'https://example.org/x', title: 'x', date } });

  it('adds up to four features, takes one out when toggled again, and says so when full', () => {
    const zones = ['a', 'b', 'c', 'd', 'e'].map((id) => zone(id, 'planned', 'zone', `Khu ${id}`, 10));
    const state = createAppState({ zones });
    for (const id of ['a', 'b', 'c', 'd']) expect(toggleCompare(state, id)).toBe(true);
    expect(toggleCompare(state, 'e')).toBe(false);
    expect(state.compare.value).toEqual(['a', 'b', 'c', 'd']);
    expect(state.notices.value.map((n) => n.key)).toEqual(['noticeCompareFull']);
    expect(toggleCompare(state, 'b')).toBe(false);
    expect(state.compared.value.map((z) => z.properties.id)).toEqual(['a', 'c', 'd']);
    clearCompare(state);
    expect(state.compare.value).toEqual([]);
  });

  it('shows the map, the list and the legend totals as of the year, and today without one', () => {
    const zones = [
      zone('old', 'operating', 'zone', 'Khu cũ', 200, 105.9, 9.6, { stage_history: [ev('2005', 'operating')] }),
      zone('grew', 'built', 'zone', 'Khu lớn lên', 100, 106, 9.6, { stage_history: [ev('2018', 'planned'), ev('2025-02', 'built')] }),
      zone('new', 'planned', 'cluster', 'Cụm mới', 50, 106.1, 9.6, { stage_history: [ev('2023-11', 'planned')] }),
    ];
    const state = createAppState({ zones });
    setYear(state, 2020);
    expect(state.visibleZones.value.map((z) => `${z.properties.id}:${z.properties.stage}`)).toEqual(['old:operating', 'grew:planned']);
    expect(state.totalsByStage.value.planned).toMatchObject({ count: 1, officialHa: 100 });
    expect(state.totalsByStage.value.built.count).toBe(0);
    setYear(state, 2004);
    expect(state.listedZones.value).toEqual([]);
    setYear(state, null);
    expect(state.visibleZones.value.map((z) => z.properties.stage)).toEqual(['operating', 'built', 'planned']);
    expect(state.totalsByStage.value.built).toMatchObject({ count: 1, officialHa: 100 });
  });

  it('keeps a selection that exists in the year, and shows nothing dated until the histories have loaded', () => {
    const zones = [zone('grew', 'built', 'zone', 'Khu lớn lên', 100, 106, 9.6, { stage_history: [ev('2018', 'planned'), ev('2025-02', 'built')] })];
    const state = createAppState({ zones });
    selectZone(state, 'grew');
    setYear(state, 2020);
    toggleStage(state, 'operating');
    expect(state.selectedId.value).toBe('grew');
    state.details.value = 'pending';
    expect(state.datedZones.value).toEqual([]);
  });
});

describe('showOnly (a chart bar)', () => {
  it('keeps only the given stages and kinds, sets the search, goes back to the map, and drops a selection it hides', () => {
    const state = createAppState({ zones: sample() });
    selectZone(state, 'b');
    state.view.value = 'charts';
    showOnly(state, { stages: ['planned'], kinds: ['zone', 'cluster'], query: '"huyện Trần Đề"' });
    expect([...state.hiddenStages.value]).toEqual(['operating', 'built', 'land-clearance']);
    expect([...state.hiddenKinds.value]).toEqual(['economic-zone']);
    expect(state.query.value).toBe('"huyện Trần Đề"');
    expect(state.view.value).toBe('map');
    expect(state.selectedId.value).toBeNull();
  });
});
