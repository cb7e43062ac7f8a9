import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';
import { openApp } from './driver.ts';

const shipped = (JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: unknown[] }).features.length;

/** "1.234,56 ha" (vi) → 1234.56 */
const viHa = (text: string | null): number => Number((text ?? '').replace(/\s*ha$/, '').replace(/\./g, '').replace(',', '.'));

const s = useSession();

describe('areas', () => {
  it('shows VN-2000 as the headline area, with ellipsoidal and Turf beside it in the expected order', async () => {
    await openApp(s.page);
    await s.page.click('button.zone-item[data-zone-id="an-nghiep"]');
    const panel = s.page.getByTestId('zone-panel');
    const vn = viHa(await panel.getByTestId('computed-area').textContent());
    const ell = viHa(await panel.getByTestId('ellipsoidal-area').textContent());
    const turf = viHa(await panel.getByTestId('turf-area').textContent());
    expect(Math.abs(vn - 243) / 243).toBeLessThan(0.001);
    // Turf reads ~0.41 % above the ellipsoid; VN-2000 TM-3 sits 34–201 ppm below it.
    expect((turf - ell) / ell).toBeGreaterThan(0.0035);
    expect((turf - ell) / ell).toBeLessThan(0.0047);
    expect(vn).toBeLessThanOrEqual(ell);
    expect(await panel.textContent()).toContain('VN-2000 / TM-3');
  });

  it('lists every feature in a sortable area table with totals, and exports CSV with a BOM', async () => {
    await openApp(s.page);
    await s.page.getByTestId('table-toggle').click();
    const table = s.page.getByTestId('area-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(shipped);
    await table.locator('button[data-sort="official"]').click();
    const official = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    const values = official.filter((v) => v !== '—').map(viHa);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(await table.locator('th[aria-sort="ascending"]').count()).toBe(1);
    await table.locator('button[data-sort="official"]').click();
    expect(await table.locator('th[aria-sort="descending"]').count()).toBe(1);
    expect(await table.locator('tfoot').textContent()).toContain('Đang hoạt động');
    const [download] = await Promise.all([s.page.waitForEvent('download'), table.getByText('Tải CSV (Excel)').click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Khu công nghiệp An Nghiệp');
    expect(text.split('\r\n').filter(Boolean).length).toBe(shipped + 1);
    expect(s.errors).toEqual([]);
  });
});
