/**
 * How sure each shape is, on the map itself and in words: the outline style per geometry quality
 * (independent of the stage colour), the legend rows that explain it, and the honest wording of
 * computed areas — no difference claimed for a shape drawn to its official size, no area at all for
 * a location-only feature, a difference only for a measured boundary.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GEOMETRY_QUALITIES } from '../../src/domain/zone.ts';
import { THEME } from '../../src/map/theme.ts';
import { newSession, useSession, useSharedSession } from './browser.ts';
import { expandLegend, legendQualityRows, legendQualityShown, openApp, openZoneFromList, saveScreenshot, serveZones, toggleLanguage } from './driver.ts';
import { firstZone, shipped } from './geodata.ts';
import { mapIdle, renderedOutlines } from './map_driver.ts';
import {
  panelAreaDiff, panelHasComputedArea, panelNoAreaReason, panelPositionUncertainty, panelQualityWarning, panelSizedNote,
} from './panel_driver.ts';
import { areaTableCell, areaTableLeftOutNote, openAreaTable } from './table_driver.ts';

const sized = firstZone((p) => p.kind === 'zone' && p.shape_sized_to_official && p.geometry_quality === 'indicative');
const locationOnly = firstZone((p) => p.geometry_quality === 'location-only');
/** A feature with an official area, shown as if its boundary were surveyed (none is published yet). */
const surveyedCase = firstZone((p) => p.kind === 'zone' && p.official_area_ha !== null && p.geometry_quality === 'indicative');
const asSurveyed = (fc: { features: Array<{ properties: Record<string, unknown> }> }) => {
  const f = fc.features.find((x) => x.properties['id'] === surveyedCase.id);
  if (f) Object.assign(f.properties, { geometry_quality: 'surveyed', shape_sized_to_official: false });
};

const s = useSession();

describe('outline styles', () => {
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

  it('explains the four line styles in the legend, one row each', async () => {
    await openApp(s.page);
    const rows = await legendQualityRows(s.page);
    expect(rows.map((r) => r.quality)).toEqual([...GEOMETRY_QUALITIES]);
    expect(rows[3]?.text).toContain('vòng chấm');
  });

  it('explains them in English too', async () => {
    await openApp(s.page);
    await toggleLanguage(s.page);
    const rows = await legendQualityRows(s.page);
    expect(rows[3]?.text).toContain('dotted circle');
    expect(rows[2]?.text).toContain('dashed');
  });

  // Đại Ngãi (described), its location-only neighbour and Trần Đề (indicative) in one view; the
  // screenshots are for people to look at.
  it.each([{ width: 1280, height: 800 }, { width: 390, height: 844 }])('explains the line styles at $width × $height (behind the legend button on a phone)', async (viewport) => {
    const phone = viewport.width < 500;
    const session = await newSession(viewport);
    try {
      await openApp(session.page, '#map=10.6/9.64/106.12');
      await mapIdle(session.page);
      expect(await legendQualityShown(session.page)).toBe(!phone);
      expect(await expandLegend(session.page)).toBe(phone);
      expect(await legendQualityShown(session.page)).toBe(true);
      await saveScreenshot(session.page, `certainty-${viewport.width}x${viewport.height}`);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('a shape drawn to its official size, in the panel', () => {
  const shown = useSharedSession();
  beforeAll(async () => {
    await openApp(shown.page);
    await openZoneFromList(shown.page, sized.id);
  });

  it('is said to be no measurement, and no difference is shown for it', async () => {
    expect(await panelSizedNote(shown.page)).toContain('không phải số đo');
    expect(await panelAreaDiff(shown.page)).toBeNull();
  });

  it('is said not to be a surveyed boundary', async () => {
    expect(await panelQualityWarning(shown.page)).toContain('không phải ranh giới đo đạc');
  });
});

describe('a location-only feature, in the panel', () => {
  const shown = useSharedSession();
  beforeAll(async () => {
    await openApp(shown.page);
    await openZoneFromList(shown.page, locationOnly.id);
  });

  it('has no computed area and no difference', async () => {
    expect(await panelNoAreaReason(shown.page)).not.toBeNull();
    expect(await panelHasComputedArea(shown.page)).toBe(false);
    expect(await panelAreaDiff(shown.page)).toBeNull();
  });

  it('states how uncertain its place is', async () => {
    expect(await panelQualityWarning(shown.page)).toContain('Chỉ biết vị trí');
    expect(await panelPositionUncertainty(shown.page)).toMatch(/^khoảng \d+(,\d)?\skm$/);
  });
});

describe('honest areas', () => {
  it('says in English too that a shape drawn to its official size is no measurement', async () => {
    await openApp(s.page);
    await openZoneFromList(s.page, sized.id);
    await toggleLanguage(s.page);
    expect(await panelSizedNote(s.page)).toContain('not a measurement');
  });

  it('shows a difference for a surveyed boundary, which is a measurement', async () => {
    await serveZones(s.page, asSurveyed);
    await openApp(s.page);
    await openZoneFromList(s.page, surveyedCase.id);
    expect(await panelAreaDiff(s.page)).toMatch(/ha \([+-]?\d+,\d\d%\)$/);
  });
});

describe('honest totals in the area table', () => {
  const table = useSharedSession();
  beforeAll(async () => {
    await openApp(table.page);
    await openAreaTable(table.page);
  });

  it('leaves location-only features out of the totals and says how many', async () => {
    const n = shipped.filter((p) => p.geometry_quality === 'location-only').length;
    expect(await areaTableLeftOutNote(table.page)).toContain(`${n} mục chỉ biết vị trí`);
  });

  it('marks a location-only row as having no shape and a sized row as drawn to the official area', async () => {
    expect(await areaTableCell(table.page, locationOnly.id, 'vn2000')).toBe('không có hình');
    expect(await areaTableCell(table.page, sized.id, 'diff-ha')).toBe('vẽ theo DT chính thức');
  });
});
