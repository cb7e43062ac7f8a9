import { beforeAll, describe, expect, it } from 'vitest';
import { useSession, useSharedSession } from './browser.ts';
import {
  appHeading, documentLang, focusedListEntry, legendText, legendVisible, listedIds, listedNames, listEntryIsCurrent, noticeText,
  openApp, openPage, openZoneWithKeyboard, search, serveBrokenZones, stageShown, toggleLanguage, toggleStage,
} from './driver.ts';
import { idsMatching, literally, ofKind, officialArea, parseViHa, plan, planHa, shipped, shippedIds, zone } from './geodata.ts';
import { clickZoneOnMap, mapIdle, renderedZoneIds, showMapAt } from './map_driver.ts';
import { closePanelWithEscape, focusOnPanelTitle, panelComputedAreas, panelOfficialArea, panelOpened, panelTitle } from './panel_driver.ts';
import { summaryLine, summaryTable, summaryUnnamed } from './table_driver.ts';

const s = useSession();
const EN_TITLE = 'Sóc Trăng industrial zones & clusters';
const planned = shipped.filter((p) => p.stage === 'planned').map((p) => p.id);

describe('zone map, as first opened', () => {
  const opened = useSharedSession();
  beforeAll(async () => {
    await openApp(opened.page);
    await mapIdle(opened.page);
  });

  it('loads without console errors', () => {
    expect(opened.errors).toEqual([]);
  });

  it('requests nothing from another host', () => {
    expect(opened.requests.filter((u) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(u))).toEqual([]);
  });

  it('renders one shape per feature of geodata/zones.geojson', async () => {
    expect(await renderedZoneIds(opened.page)).toEqual(shippedIds());
  });
});

describe('clicking the map', () => {
  it('opens a feature clicked on the map, with its official area and a computed area within 1 % of it', async () => {
    const id = 'an-nghiep';
    const official = zone(id).official_area_ha!;
    await openApp(s.page);
    await showMapAt(s.page, zone(id).anchor, 12);
    await clickZoneOnMap(s.page, id);
    await panelOpened(s.page);
    expect(await panelTitle(s.page)).toBe(zone(id).name.vi);
    expect(await panelOfficialArea(s.page)).toBe(officialArea(id));
    const computed = parseViHa((await panelComputedAreas(s.page)).vn2000);
    expect(Math.abs(computed - official) / official).toBeLessThan(0.01);
  });
});

describe('search', () => {
  it.each(['tran de', 'dai ngai'])('lists exactly the features whose names or places match "%s", accents or not', async (query) => {
    const expected = idsMatching(query);
    // The query must pick out some features and leave others, or the test would prove nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(shipped.length);
    await openApp(s.page);
    await search(s.page, query);
    expect([...(await listedIds(s.page))].sort()).toEqual(expected);
  });
});

describe('stage filter', () => {
  it('hides a stage on the map and in the list when its legend row is clicked', async () => {
    expect(planned.length).toBeGreaterThan(0);
    await openApp(s.page);
    await toggleStage(s.page, 'planned');
    await mapIdle(s.page);
    expect(await renderedZoneIds(s.page)).toEqual(shippedIds().filter((id) => !planned.includes(id)));
    expect([...(await listedIds(s.page))].sort()).toEqual(shippedIds().filter((id) => !planned.includes(id)));
    expect(await stageShown(s.page, 'planned')).toBe(false);
  });

  it('shows the stage again on a second click', async () => {
    await openApp(s.page);
    await toggleStage(s.page, 'planned');
    await toggleStage(s.page, 'planned');
    await mapIdle(s.page);
    expect(await stageShown(s.page, 'planned')).toBe(true);
    expect([...(await listedIds(s.page))].sort()).toEqual(shippedIds());
    expect(await renderedZoneIds(s.page)).toEqual(shippedIds());
  });
});

describe('language', () => {
  it('switches the whole UI to English', async () => {
    await openApp(s.page);
    expect(await appHeading(s.page)).toContain('khu, cụm công nghiệp');
    await toggleLanguage(s.page);
    expect(await documentLang(s.page)).toBe('en');
    expect(await appHeading(s.page)).toBe(EN_TITLE);
    expect(await listedNames(s.page)).toContain(zone('an-nghiep').name.en);
    expect(await legendText(s.page)).toContain('Operating');
  });

  it('switches back to Vietnamese', async () => {
    await openApp(s.page);
    await toggleLanguage(s.page);
    await toggleLanguage(s.page);
    expect(await documentLang(s.page)).toBe('vi');
    expect(await listedNames(s.page)).toContain(zone('an-nghiep').name.vi);
  });
});

describe('keyboard', () => {
  it('opens a list entry with Enter and moves the focus to the panel title', async () => {
    await openApp(s.page);
    await openZoneWithKeyboard(s.page, 'dai-ngai');
    expect(await panelTitle(s.page)).toBe(zone('dai-ngai').name.vi);
    expect(await focusOnPanelTitle(s.page)).toBe(true);
    expect(await listEntryIsCurrent(s.page, 'dai-ngai')).toBe(true);
  });

  it('closes the panel with Escape and returns the focus to the list entry', async () => {
    await openApp(s.page);
    await openZoneWithKeyboard(s.page, 'dai-ngai');
    await closePanelWithEscape(s.page);
    expect(await focusedListEntry(s.page)).toBe('dai-ngai');
  });
});

describe('plan summary', () => {
  const opened = useSharedSession();
  beforeAll(async () => {
    await openApp(opened.page);
  });

  it("states the plan's zones and clusters with their hectares from plan.json, and what the map holds", async () => {
    const line = await summaryLine(opened.page);
    expect(line).toMatch(literally(`${plan.zones.count} KCN (${planHa(plan.zones.area_ha!)})`));
    expect(line).toMatch(literally(`${plan.clusters.count} CCN (${planHa(plan.clusters.area_ha!)})`));
    expect(line).toContain(`${ofKind('zone').length} mục KCN, ${ofKind('cluster').length} CCN`);
  });

  it('calls out the planned clusters that have no name, area or place', async () => {
    expect(await summaryUnnamed(opened.page)).toMatch(new RegExp(`^${plan.unnamed_clusters.count} cụm công nghiệp`));
  });

  it('tables each kind, planned against mapped, with the official hectares of what is mapped', async () => {
    const table = await summaryTable(opened.page);
    for (const kind of ['zone', 'cluster'] as const) {
      const mapped = ofKind(kind);
      const withArea = mapped.filter((p) => p.official_area_ha !== null);
      const ha = withArea.reduce((sum, p) => sum + p.official_area_ha!, 0);
      expect(table[kind]?.mapped).toMatch(new RegExp(`^${mapped.length}${withArea.length ? literally(` · ${planHa(ha)}`).source : ''}`));
      const planned = plan[kind === 'zone' ? 'zones' : 'clusters'];
      expect(table[kind]?.planned).toMatch(new RegExp(`^${planned.count} · ${literally(planHa(planned.area_ha!)).source}`));
    }
  });
});

describe('broken zone data', () => {
  it('says so, and keeps the page working', async () => {
    await serveBrokenZones(s.page);
    await openPage(s.page);
    expect(await noticeText(s.page)).toContain('Không tải được dữ liệu');
    expect(await legendVisible(s.page)).toBe(true);
  });

  it('says so in English after a language switch', async () => {
    await serveBrokenZones(s.page);
    await openPage(s.page);
    await noticeText(s.page);
    await toggleLanguage(s.page);
    expect(await appHeading(s.page)).toBe(EN_TITLE);
    expect(await noticeText(s.page)).toContain('Could not load the zone data');
  });
});
