import { beforeAll, describe, expect, it } from 'vitest';
import { STAGES } from '../../src/domain/zone.ts';
import { useSession, useSharedSession } from './browser.ts';
import { openApp, openZoneFromList } from './driver.ts';
import { parseViHa, shipped, zone } from './geodata.ts';
import { panelComputedAreas, panelText } from './panel_driver.ts';
import {
  areaTableIds, areaTableOfficialColumn, areaTableSort, areaTableTotalsLabels, downloadAreaTableCsv, openAreaTable, sortAreaTableBy,
} from './table_driver.ts';

const s = useSession();
/** A feature drawn to its official size: its VN-2000 area must come out at the official figure. */
const sized = shipped.find((p) => p.shape_sized_to_official && p.official_area_ha !== null && p.kind === 'zone')!;

describe('areas in the panel', () => {
  const shown = useSharedSession();
  beforeAll(async () => {
    await openApp(shown.page);
    await openZoneFromList(shown.page, sized.id);
  });

  it('shows the VN-2000 / TM-3 area as the headline, at the official size for a shape drawn to it', async () => {
    const vn = parseViHa((await panelComputedAreas(shown.page)).vn2000);
    expect(Math.abs(vn - sized.official_area_ha!) / sized.official_area_ha!).toBeLessThan(0.001);
    expect(await panelText(shown.page)).toContain('VN-2000 / TM-3');
  });

  it('shows the ellipsoidal and Turf areas beside it in the expected order', async () => {
    const a = await panelComputedAreas(shown.page);
    const [vn, ell, turf] = [a.vn2000, a.ellipsoidal, a.turf].map(parseViHa) as [number, number, number];
    // Turf reads ~0.41 % above the ellipsoid; VN-2000 TM-3 sits 34–201 ppm below it.
    expect((turf - ell) / ell).toBeGreaterThan(0.0035);
    expect((turf - ell) / ell).toBeLessThan(0.0047);
    expect(vn).toBeLessThanOrEqual(ell);
  });
});

describe('area table', () => {
  const table = useSharedSession();
  beforeAll(async () => {
    await openApp(table.page);
    await openAreaTable(table.page);
  });

  it('lists every feature', async () => {
    expect([...(await areaTableIds(table.page))].sort()).toEqual(shipped.map((p) => p.id).sort());
  });

  it('totals by stage (the economic zone aside) and by kind, with the number of features in each', async () => {
    const labels = await areaTableTotalsLabels(table.page);
    const counts = labels.map((label) => Number(/\((\d+)\)\s*$/.exec(label)?.[1]));
    const byStage = STAGES.map((st) => shipped.filter((p) => p.stage === st && p.kind !== 'economic-zone').length).filter(Boolean);
    const byKind = (['zone', 'cluster', 'economic-zone'] as const).map((k) => shipped.filter((p) => p.kind === k).length).filter(Boolean);
    expect(counts).toEqual([...byStage, ...byKind]);
    expect(labels[0]).toContain('Đang hoạt động');
  });

  it('exports itself as CSV for Excel: UTF-8 with a BOM, a header and one row per feature', async () => {
    const bytes = await downloadAreaTableCsv(table.page);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain(zone('an-nghiep').name.vi);
    expect(text.split('\r\n').filter(Boolean).length).toBe(shipped.length + 1);
    expect(table.errors).toEqual([]);
  });

  it('sorts by official area, ascending then descending', async () => {
    await openApp(s.page);
    await openAreaTable(s.page);
    await sortAreaTableBy(s.page, 'official');
    expect(await areaTableSort(s.page)).toEqual({ column: 'official', order: 'ascending' });
    const up = (await areaTableOfficialColumn(s.page)).filter((v) => v !== '—').map(parseViHa);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await sortAreaTableBy(s.page, 'official');
    expect(await areaTableSort(s.page)).toEqual({ column: 'official', order: 'descending' });
    const down = (await areaTableOfficialColumn(s.page)).filter((v) => v !== '—').map(parseViHa);
    expect(down).toEqual([...up].reverse());
  });
});
