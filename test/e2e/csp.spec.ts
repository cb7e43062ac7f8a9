/**
 * The build under a strict Content-Security-Policy (no inline or evaluated script, workers only from the site),
 * served as `npm run preview` serves it: a tour of the app — map, panel, table, share dialog with its QR code,
 * a PNG of the map, a file import, the workbench — reports no violation.
 */
import { describe, expect, it } from 'vitest';
import { useSession } from './browser.ts';
import { baseUrl, openApp, openZoneFromList } from './driver.ts';
import { openShareDialog, closeShareDialog } from './share_driver.ts';

describe('a strict content policy', () => {
  const s = useSession();

  it('is sent with the page', async () => {
    const res = await s.page.request.get(baseUrl());
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    expect(res.headers()['x-content-type-options']).toBe('nosniff');
  });

  it('is never violated while the app is used', async () => {
    await s.page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await openApp(s.page);
    await openZoneFromList(s.page, 'tran-de');
    await s.page.getByTestId('fact-sheet-open').waitFor();
    await s.page.getByTestId('table-toggle').click();
    await s.page.getByTestId('area-table').locator('tbody tr').first().waitFor();
    await s.page.getByTestId('table-toggle').click();
    await openShareDialog(s.page);
    await s.page.getByTestId('share-qr').waitFor();
    await closeShareDialog(s.page);
    await s.page.getByTestId('import-file-input').setInputFiles({
      name: 'one.geojson', mimeType: 'application/geo+json',
      buffer: Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"<img src=x onerror=alert(1)>"},"geometry":{"type":"Polygon","coordinates":[[[105.9,9.6],[105.91,9.6],[105.91,9.61],[105.9,9.6]]]}}]}'),
    });
    await s.page.waitForFunction(() => performance.getEntriesByName('imported-data').length > 0);
    await s.page.getByTestId('draw-open').click();
    await s.page.getByTestId('draw-panel').waitFor();
    expect(await s.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(s.errors.filter((e) => /Content Security Policy|Refused to/.test(e))).toEqual([]);
  });
});
