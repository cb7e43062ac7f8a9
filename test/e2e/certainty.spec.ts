/**
 * How sure each shape is, on the map itself and in words: the outline style per geometry quality
 * (independent of the stage colour), the legend rows that explain it, and the honest wording of
 * computed areas — no difference claimed for a shape drawn to its official size, no area at all for
 * a location-only feature, a difference only for a measured boundary.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GEOMETRY_QUALITIES } from '../../src/domain/zone.ts';
import { THEME } from '../../src/map/theme.ts';
import { newSession, useSession } from './browser.ts';
import { openApp, openZoneFromList, serveZones } from './driver.ts';
import { mapIdle, renderedOutlines } from './map_driver.ts';
import { openAreaTable } from './table_driver.ts';

interface Props { id: string; kind: string; geometry_quality: string; shape_sized_to_official: boolean; official_area_ha: number | null }
const shipped = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: Array<{ properties: Props }> }).features.map((f) => f.properties);
const first = (pred: (p: Props) => boolean): Props => {
  const p = shipped.find(pred);
  if (!p) throw new Error('no such feature in geodata/zones.geojson');
  return p;
};
const sized = first((p) => p.kind === 'zone' && p.shape_sized_to_official && p.geometry_quality === 'indicative');
const locationOnly = first((p) => p.geometry_quality === 'location-only');
/** A feature with an official area, shown as if its boundary were surveyed (none is published yet). */
const surveyedCase = first((p) => p.kind === 'zone' && p.official_area_ha !== null && p.geometry_quality === 'indicative');
const asSurveyed = (fc: { features: Array<{ properties: Record<string, unknown> }> }) => {
  const f = fc.features.find((x) => x.properties['id'] === surveyedCase.id);
  if (f) Object.assign(f.properties, { geometry_quality: 'surveyed', shape_sized_to_official: false });
};

const s = useSession();

describe('how sure each shape is', () => {
  it('draws each geometry quality with its own outline, the same whatever the stage', async () => {
    await serveZones(s.page, asSurveyed);
    await openApp(s.page);
    await mapIdle(s.page);
    const outlines = await renderedOutlines(s.page);
    for (const q of GEOMETRY_QUALITIES) {
      const drawn = outlines.filter((o) => o.quality === q);
      expect(drawn.length, `no ${q} outline on the map`).toBeGreaterThan(0);
      const cue = THEME.zones.quality[q];
      for (const o of drawn) {
        expect(o.layer).toBe(q === 'location-only' ? 'zone-ring' : 'zone-line');
        expect(o.dash).toEqual(cue.dash.length ? cue.dash : [1, 0]);
        expect(o.width).toBeCloseTo(cue.width * (o.kind === 'cluster' ? THEME.zones.clusterScale : 1), 5);
      }
    }
    // Four different line styles.
    expect(new Set(GEOMETRY_QUALITIES.map((q) => JSON.stringify(THEME.zones.quality[q]))).size).toBe(4);
  });

  it('explains the four line styles in the legend, one row each, in both languages', async () => {
    await openApp(s.page);
    const rows = s.page.getByTestId('legend-quality').locator('li');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-quality')))).toEqual([...GEOMETRY_QUALITIES]);
    expect(await rows.nth(3).textContent()).toContain('vòng chấm');
    await s.page.getByTestId('lang-toggle').click();
    expect(await rows.nth(3).textContent()).toContain('dotted circle');
    expect(await rows.nth(2).textContent()).toContain('dashed');
  });

  it('says a shape drawn to its official size proves nothing, and shows no difference for it', async () => {
    await openApp(s.page);
    await openZoneFromList(s.page, sized.id);
    const panel = s.page.getByTestId('zone-panel');
    await panel.getByTestId('computed-area').waitFor();
    expect(await panel.getByTestId('area-sized-note').textContent()).toContain('không phải số đo');
    expect(await panel.getByTestId('area-diff').count()).toBe(0);
    await s.page.getByTestId('lang-toggle').click();
    expect(await panel.getByTestId('area-sized-note').textContent()).toContain('not a measurement');
  });

  it('computes no area for a location-only feature and states its uncertainty', async () => {
    await openApp(s.page);
    await openZoneFromList(s.page, locationOnly.id);
    const panel = s.page.getByTestId('zone-panel');
    await panel.getByTestId('computed-area-none').waitFor();
    expect(await panel.getByTestId('computed-area').count()).toBe(0);
    expect(await panel.getByTestId('area-diff').count()).toBe(0);
    expect(await panel.getByTestId('quality-warning').textContent()).toContain('Chỉ biết vị trí');
    expect(await panel.getByTestId('position-uncertainty').textContent()).toMatch(/^khoảng \d+(,\d)?\skm$/);
  });

  it('shows a difference for a surveyed boundary, which is a measurement', async () => {
    await serveZones(s.page, asSurveyed);
    await openApp(s.page);
    await openZoneFromList(s.page, surveyedCase.id);
    const diff = s.page.getByTestId('zone-panel').getByTestId('area-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toMatch(/ha \([+-]?\d+,\d\d%\)$/);
  });

  it('leaves location-only features out of the table totals and says how many', async () => {
    await openApp(s.page);
    await openAreaTable(s.page);
    const table = s.page.getByTestId('area-table');
    const n = shipped.filter((p) => p.geometry_quality === 'location-only').length;
    expect(await table.getByTestId('table-location-only').textContent()).toContain(`${n} mục chỉ biết vị trí`);
    expect(await table.locator(`tr[data-zone-id="${locationOnly.id}"] td[data-col="vn2000"]`).textContent()).toBe('không có hình');
    expect(await table.locator(`tr[data-zone-id="${sized.id}"] td[data-col="diff-ha"]`).textContent()).toBe('vẽ theo DT chính thức');
  });

  it('takes desktop and phone screenshots of the line styles and their legend', async () => {
    mkdirSync('test-results', { recursive: true });
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const phone = await newSession(viewport);
      try {
        // Đại Ngãi (described), its location-only neighbour and Trần Đề (indicative) in one view.
        await openApp(phone.page, '#map=10.6/9.64/106.12');
        await mapIdle(phone.page);
        if (viewport.width < 500) await phone.page.getByTestId('legend').locator('button[aria-expanded]').click();
        await phone.page.screenshot({ path: `test-results/certainty-${viewport.width}x${viewport.height}.png` });
        expect(phone.errors).toEqual([]);
      } finally {
        await phone.close();
      }
    }
  });
});
