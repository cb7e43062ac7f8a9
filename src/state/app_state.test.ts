import { describe, expect, it } from 'vitest';
import type { Kind, Stage, ZoneFeature } from '../domain/zone.ts';
import { addNotice, createAppState, loadAreas, selectZone, setQuery, toggleKind, toggleStage } from './app_state.ts';

const bi = (s: string) => ({ vi: s, en: s });

/** A square feature of roughly `sideDeg`² degrees at (lon, lat); fresh object per call. */
function zone(id: string, stage: Stage, kind: Kind, name: string, officialHa: number | null, lon = 105.9, lat = 9.6): ZoneFeature {
  const d = 0.01;
  return {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]] },
    properties: {
      id, kind, name: { vi: name, en: name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') }, short_name: bi(name),
      stage, stage_note: bi('note'), stage_date: '2025-02',
      official_area_ha: officialHa, area_source: officialHa === null ? null : { url: 'https://example.org', title: 't', date: '2024' },
      area_variants: [], old_district: bi('Trần Đề'), old_communes: bi('Đại Ân 2'), new_communes: bi('xã Trần Đề'), along: null,
      geometry_quality: 'indicative', geometry_note: bi('g'), anchor: [lon, lat], established_year: null, developer: null,
      occupancy_pct: null, occupancy_source: null, sectors: null, facts: [], updated: '2026-11-28',
    },
  };
}

function sample(): ZoneFeature[] {
  return [
    zone('a', 'operating', 'zone', 'Khu công nghiệp An Nghiệp', 243),
    zone('b', 'built', 'zone', 'Khu công nghiệp Trần Đề', 160, 106.18, 9.54),
    zone('c', 'planned', 'cluster', 'Cụm công nghiệp Đại Ngãi', null, 106.07, 9.7),
    zone('ez', 'planned', 'economic-zone', 'Khu kinh tế ven biển', 40000, 106.1, 9.45),
  ];
}

describe('createAppState', () => {
  it('starts with everything visible, and computes three areas per feature once the area module loads', async () => {
    const s = createAppState({ zones: sample() });
    expect(s.visibleZones.value.length).toBe(4);
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
  });

  it('totals stages over zones and clusters, leaving the economic zone out of the sums', async () => {
    const s = createAppState({ zones: sample() });
    await loadAreas(s);
    const t = s.totalsByStage.value;
    expect(t.operating).toMatchObject({ count: 1, officialHa: 243, withoutOfficial: 0 });
    expect(t.planned).toMatchObject({ count: 1, officialHa: 0, withoutOfficial: 1 });
    expect(t['land-clearance'].count).toBe(0);
    // Computed totals cover only features with an official area, so they compare like for like.
    expect(t.planned.computedHa).toBe(0);
    expect(t.operating.computedHa).toBeCloseTo(s.computedHa.value.get('a') ?? -1, 6);
  });

  it('hides a stage from map and list, and clears a selection it hides', () => {
    const s = createAppState({ zones: sample() });
    selectZone(s, 'c');
    toggleStage(s, 'planned');
    expect(s.visibleZones.value.map((z) => z.properties.id)).toEqual(['a', 'b']);
    expect(s.listedZones.value.map((z) => z.properties.id)).toEqual(['a', 'b']);
    expect(s.selectedId.value).toBeNull();
    toggleStage(s, 'planned');
    expect(s.visibleZones.value.length).toBe(4);
  });

  it('hides a kind, and the stage totals follow', () => {
    const s = createAppState({ zones: sample() });
    toggleKind(s, 'cluster');
    expect(s.visibleZones.value.map((z) => z.properties.id)).toEqual(['a', 'b', 'ez']);
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
    addNotice(s, 'x', { n: 1 });
    addNotice(s, 'x', { n: 1 });
    expect(s.notices.value).toEqual([{ key: 'x', vars: { n: 1 } }]);
    addNotice(s, 'x', { n: 2 });
    expect(s.notices.value.length).toBe(2);
    for (let i = 0; i < 8; i++) addNotice(s, `n${i}`);
    expect(s.notices.value.length).toBe(5);
    expect(s.notices.value[4]?.key).toBe('n7');
  });
});
