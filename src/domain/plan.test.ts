import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlanAgainstZones, parsePlan } from './plan.ts';

/** A fresh copy of the shipped plan for each test. */
function shippedPlan(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../geodata/plan.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

function read(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../test/fixtures/zones/${name}`, import.meta.url), 'utf8'));
}

describe('parsePlan', () => {
  it('reads the shipped plan with its figures', () => {
    const plan = parsePlan(shippedPlan());
    expect([plan.zones.count, plan.zones.area_ha]).toEqual([10, 4334]);
    expect([plan.clusters.count, plan.clusters.area_ha]).toEqual([18, 983.6]);
    expect([plan.established_clusters.count, plan.established_clusters.area_ha]).toEqual([5, 202.5]);
    expect(plan.unnamed_clusters.count).toBe(13);
    expect(plan.zone_area_discrepancy.figures.map((f) => f.area_ha)).toEqual([4334, 4951, 4951, 4434]);
    expect(plan.unconfirmed_clusters[0]?.source).toBeNull();
  });

  it('throws a clear error naming the field', () => {
    expect(() => parsePlan(read('plan-bad-url.json'))).toThrow(/clusters\.source\.url: expected an http\(s\) URL/);
    expect(() => parsePlan(read('plan-missing-zones.json'))).toThrow(/zones: expected an object/);
    expect(() => parsePlan([])).toThrow(/expected a JSON object/);
  });
});

describe('checkPlanAgainstZones', () => {
  it('accepts ids that are clusters and flags those that are not', () => {
    const plan = parsePlan(shippedPlan());
    const clusters = plan.established_clusters.ids.map((id) => ({ properties: { id, kind: 'cluster' } }));
    expect(checkPlanAgainstZones(plan, clusters)).toEqual([]);
    expect(checkPlanAgainstZones(plan, clusters.slice(1))).toEqual(['established_clusters.ids: "ccn-nga-nam" is not a cluster in zones.geojson']);
  });
});
