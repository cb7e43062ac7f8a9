import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseZoneCollection, parseZoneFeature } from './zone_parser.ts';
import type { Problem } from './zone.ts';

/** Reads a fixture afresh for each test (no shared mutable state). */
function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/zones/${name}`, import.meta.url), 'utf8'));
}

function errors(problems: Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

const RESEARCH_IDS = [
  'an-nghiep', 'an-nghiep-expansion', 'tran-de', 'dai-ngai', 'song-hau', 'my-thanh', 'dai-ngai-2', 'tran-de-2',
  'khanh-hoa', 'phu-my-ind-urban', 'tran-de-ind-urban', 'tran-de-coastal-ez', 'ccn-xay-da-b', 'ccn-xay-da-b-moi',
  'ccn-an-lac-thon-1', 'ccn-an-lac-thon-2', 'ccn-nga-nam',
];

describe('parseZoneCollection: sources and histories', () => {
  it('refuses a developer given without its source, naming the field', () => {
    const { features, problems } = parseZoneCollection(fixture('unsourced-developer.geojson'));
    expect(features).toEqual([]);
    expect(errors(problems)).toContainEqual(expect.objectContaining({ feature: 'developer-unsourced', field: 'developer.source', message: expect.stringMatching(/expected \{url, title, date\}/) }));
  });

  it('refuses a stage history whose latest stage is not the feature\'s stage', () => {
    const { problems } = parseZoneCollection(fixture('stage-history-mismatch.geojson'));
    expect(errors(problems)).toEqual([expect.objectContaining({ field: 'stage_history', message: 'the latest event\'s stage (planned) differs from stage (operating)' })]);
  });

  it('accepts a feature dropped from the plan and brought back, and refuses one whose latest entry drops it', () => {
    const fc = fixture('stage-history-mismatch.geojson') as { features: Array<{ properties: Record<string, unknown> }> };
    const p = fc.features[0]!.properties;
    const entry = (date: string, stage: string) => ({ date, stage, text: { vi: 'x', en: 'x' }, source: { url: 'https://example.org/a', title: 'a', date } });
    p.stage = 'planned';
    p.stage_history = [entry('2017', 'planned'), entry('2020', 'dropped'), entry('2023', 'planned')];
    expect(errors(parseZoneCollection(fc).problems)).toEqual([]);
    p.stage_history = [entry('2017', 'planned'), entry('2020', 'dropped')];
    expect(errors(parseZoneCollection(fc).problems)).toEqual([expect.objectContaining({ field: 'stage_history', message: 'the latest event\'s stage (dropped) differs from stage (planned)' })]);
    p.stage_history = [entry('2017', 'gone')];
    expect(errors(parseZoneCollection(fc).problems)).toEqual([expect.objectContaining({ field: 'stage_history[0].stage' })]);
  });

  it('refuses a stage history out of date order', () => {
    const { problems } = parseZoneCollection(fixture('stage-history-unordered.geojson'));
    expect(errors(problems)).toEqual([expect.objectContaining({ field: 'stage_history[1].date' })]);
  });

  it('accepts an undated source and one without an address, keeping them null (never a guessed date)', () => {
    const { features, problems } = parseZoneCollection(fixture('undated-source.geojson'));
    expect(problems).toEqual([]);
    expect(features[0]?.properties.developer?.source).toMatchObject({ url: null, date: null });
    expect(features[0]?.properties.established_year).toMatchObject({ value: 2017, source: { date: null } });
  });
});

describe('parseZoneCollection', () => {
  it('accepts a minimal valid feature with nulls where allowed', () => {
    const { features, problems } = parseZoneCollection(fixture('valid-minimal.geojson'));
    expect(problems).toEqual([]);
    expect(features).toHaveLength(1);
    expect(features[0]?.properties.id).toBe('test-zone');
    expect(features[0]?.id).toBe('test-zone');
    expect(features[0]?.properties.area_source).toBeNull();
  });

  it('accepts every optional field filled in, and MultiPolygon geometry', () => {
    const { features, problems } = parseZoneCollection(fixture('valid-full.geojson'));
    expect(problems).toEqual([]);
    expect(features.map((f) => f.geometry.type)).toEqual(['Polygon', 'MultiPolygon']);
    expect(features[0]?.properties.occupancy_pct).toBe(97);
    expect(features[0]?.properties.area_variants[1]?.note?.en).toBe('Industrial land only');
  });

  it.each([
    ['missing-stage.geojson', 'stage', /nothing \(missing\)/],
    ['unknown-stage.geojson', 'stage', /expected one of operating, built, planned, land-clearance/],
    ['bad-url-scheme.geojson', 'facts[0].url', /http\(s\) URL/],
    ['data-url-source.geojson', 'area_source.url', /http\(s\) URL/],
    ['point-geometry.geojson', 'geometry.type', /Polygon or MultiPolygon/],
    ['area-without-source.geojson', 'area_source', /needs a source/],
    ['source-without-area.geojson', 'area_source', /must be null/],
    ['non-nfc-name.geojson', 'name.vi', /NFC/],
    ['bad-date.geojson', 'stage_date', /YYYY-MM-DD/],
    ['occupancy-out-of-range.geojson', 'occupancy_pct', /outside 0–100/],
    ['non-slug-id.geojson', 'id', /ASCII slug/],
    ['empty-english-name.geojson', 'name.en', /empty/],
    ['mismatched-feature-id.geojson', 'id', /differs from properties.id/],
  ])('drops the feature in %s with an error on %s', (file, field, message) => {
    const { features, problems } = parseZoneCollection(fixture(file));
    expect(features).toEqual([]);
    const match = errors(problems).find((p) => p.field === field);
    expect(match?.message).toMatch(message);
    expect(match?.feature).not.toBe('');
  });

  it('names the feature by id in problems', () => {
    const { problems } = parseZoneCollection(fixture('unknown-stage.geojson'));
    expect(problems[0]?.feature).toBe('test-zone');
  });

  it('keeps the first of two features with the same id and reports the second', () => {
    const { features, problems } = parseZoneCollection(fixture('duplicate-id.geojson'));
    expect(features).toHaveLength(1);
    expect(errors(problems)).toEqual([{ feature: 'test-zone', field: 'id', message: 'duplicate id (feature #1 dropped)', severity: 'error' }]);
  });

  it('rejects something that is not a FeatureCollection', () => {
    const { features, problems } = parseZoneCollection(fixture('not-a-feature-collection.json'));
    expect(features).toEqual([]);
    expect(problems).toEqual([{ feature: '(collection)', field: 'type', message: 'expected type "FeatureCollection", got "Feature"', severity: 'error' }]);
  });

  it('warns about unknown properties but keeps the feature', () => {
    const { features, problems } = parseZoneCollection(fixture('unknown-property.geojson'));
    expect(features).toHaveLength(1);
    expect(problems).toEqual([{ feature: 'test-zone', field: 'colour', message: 'unknown property (ignored)', severity: 'warning' }]);
    expect(Object.keys(features[0]?.properties ?? {})).not.toContain('colour');
  });

  it('keeps valid features next to invalid ones, labelling unnamed ones by index', () => {
    const { features, problems } = parseZoneCollection(fixture('mixed-valid-invalid.geojson'));
    expect(features.map((f) => f.properties.id)).toEqual(['good-zone']);
    expect(errors(problems).map((p) => `${p.feature}:${p.field}`)).toEqual(['bad-zone:kind', '#2:type']);
  });
});

describe('parseZoneFeature', () => {
  it('labels problems by index when there is no usable id', () => {
    const { feature, problems } = parseZoneFeature({ type: 'Feature', properties: { id: 42 }, geometry: null }, 7);
    expect(feature).toBeNull();
    expect(problems.every((p) => p.feature === '#7')).toBe(true);
  });

  it('rejects positions outside WGS84', () => {
    const raw = fixture('valid-minimal.geojson') as { features: { geometry: { coordinates: number[][][] } }[] };
    const f = raw.features[0];
    if (!f) throw new Error('fixture has no feature');
    f.geometry.coordinates = [[[205, 9], [206, 9], [206, 10], [205, 9]]];
    const { feature, problems } = parseZoneFeature(f, 0);
    expect(feature).toBeNull();
    expect(problems[0]?.field).toBe('geometry.coordinates[0][0]');
  });
});

describe('the shipped geodata/zones.geojson', () => {
  it('parses with zero problems and holds exactly the 17 researched ids', () => {
    const raw: unknown = JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8'));
    const { features, problems } = parseZoneCollection(raw);
    expect(problems).toEqual([]);
    expect(features.map((f) => f.properties.id).sort()).toEqual([...RESEARCH_IDS].sort());
  });
});
