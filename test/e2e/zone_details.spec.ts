/**
 * The zone data in two steps: the first view fetches only the core part (shapes, names, stage, figures, places);
 * the long-form texts come with the whole file once the map has drawn, or at once when a panel opens. Until then
 * the panel shows what it has and says the rest is coming; if the whole file cannot be read, it says so and the
 * rest of the page keeps working.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';
import { failZoneDetails, holdZoneDetails, listedIds, noticeText, openApp, openLink, openZoneFromList, zoneDataTimeline } from './driver.ts';
import { shippedIds } from './geodata.ts';
import { panelDetailsShown, panelDetailsState, panelText, panelTitle } from './panel_driver.ts';

describe('the zone data in two steps', () => {
  const s = useSession();

  it('fetches only the core part for the first view, and the whole file after the map is idle', async () => {
    await openApp(s.page);
    const t = await zoneDataTimeline(s.page);
    expect(t.core).not.toBeNull();
    expect(t.core!).toBeLessThan(t.idle);
    expect(t.whole).not.toBeNull();
    expect(t.whole!).toBeGreaterThanOrEqual(t.idle);
    await openZoneFromList(s.page, 'an-nghiep');
    expect(await panelText(s.page)).toContain('Các mốc (theo nguồn)');
    expect(s.errors).toEqual([]);
  });

  it('loads the details with a panel a link opens', async () => {
    await openLink(s.page, '#z=tran-de&l=en');
    await panelDetailsShown(s.page);
    expect(await panelText(s.page)).toContain('History (as sourced)');
    expect(s.errors).toEqual([]);
  });

  it('shows the core of a panel while the details are on their way, and says so', async () => {
    const release = await holdZoneDetails(s.page);
    await openApp(s.page);
    await openZoneFromList(s.page, 'an-nghiep');
    const pending = await panelDetailsState(s.page);
    expect(pending.state).toBe('pending');
    expect(pending.status).toContain('Đang tải');
    expect(await panelTitle(s.page)).toContain('An Nghiệp');
    release();
    await panelDetailsShown(s.page);
    expect((await panelDetailsState(s.page)).status).toBeNull();
    expect(s.errors).toEqual([]);
  });

  it('says so when the whole file cannot be loaded, and keeps the map, list and panel working', async () => {
    await failZoneDetails(s.page);
    await openApp(s.page);
    await openZoneFromList(s.page, 'an-nghiep');
    await s.page.locator('[data-testid="zone-panel"][data-details="failed"]').waitFor();
    expect((await panelDetailsState(s.page)).status).toContain('Không tải được phần mô tả chi tiết');
    expect(await noticeText(s.page)).toContain('Không tải được phần mô tả chi tiết');
    expect(await panelTitle(s.page)).toContain('An Nghiệp');
    expect(new Set(await listedIds(s.page))).toEqual(new Set(shippedIds()));
  });
});
