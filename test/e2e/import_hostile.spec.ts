/**
 * Hostile files, as behaviour: markup and script in property text stay text, keys such as `__proto__` pollute
 * nothing, a 300 KB name is cut, and files nested 200,000 levels deep, an XML entity bomb or random bytes are
 * refused with a message in the UI language — each time the page stays drawn, keeps answering the keyboard,
 * runs nothing from the file and keeps the import it showed.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSession, useSharedSession } from './browser.ts';
import { openApp, search, toggleLanguage } from './driver.ts';
import { listedImported, openGeoJsonText } from './import_driver.ts';
import { refusedNote } from './import_trust_driver.ts';

useSession();
const dialogs: string[] = [];
afterEach(() => {
  expect(dialogs).toEqual([]);
});

/** Whether anything from a file ran or leaked into the page's objects. */
const ranSomething = (page: Page): Promise<unknown> => page.evaluate(() => {
  const w = window as unknown as { __pwned?: unknown };
  return w.__pwned ?? ({} as { polluted?: unknown }).polluted ?? (Object.prototype as { polluted?: unknown }).polluted ?? null;
});

/** The page is drawn and answers the keyboard: the heading shows and typing reaches the search box. */
async function stillAlive(page: Page): Promise<void> {
  expect(await page.locator('h1').isVisible()).toBe(true);
  expect(await page.locator('.map-wrap .map canvas').isVisible()).toBe(true);
  await search(page, 'an nghiep');
  expect(await page.getByTestId('search').inputValue()).toBe('an nghiep');
  await search(page, '');
}

const SCRIPT = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
const hostileProperties = JSON.stringify({
  type: 'FeatureCollection',
  features: [{
    type: 'Feature',
    id: '<b>id</b>',
    properties: {
      name: `${SCRIPT}\u202e Lô độc`,
      PROTO_KEY: { polluted: 'proto' },
      constructor: { prototype: { polluted: 'constructor' } },
      description: 'x'.repeat(300_000),
      'javascript:alert(1)': 'javascript:window.__pwned = 3',
    },
    // Unclosed ring: a message must name this feature and say the ring was closed.
    geometry: { type: 'Polygon', coordinates: [[[105.9, 9.6], [105.91, 9.6], [105.91, 9.61], [105.9, 9.605]]] },
  }],
}).replace('"PROTO_KEY"', '"__proto__"');

/** Refused files: each must leave the earlier import in place and say why. */
const refused: Array<[string, string | Buffer]> = [
  ['sau-qua.geojson', `{"type":"FeatureCollection","features":${'['.repeat(200_000)}${']'.repeat(200_000)}}`],
  ['bom-thuc-the.kml', `<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa">${Array.from({ length: 9 }, (_, i) => `<!ENTITY ${'b'.repeat(i + 1)} "${`&${i ? 'b'.repeat(i) : 'a'};`.repeat(10)}">`).join('')}]><kml><Document><Placemark><name>&bbbbbbbbb;</name><Polygon><outerBoundaryIs><LinearRing><coordinates>105.9,9.6 105.91,9.6 105.91,9.61 105.9,9.6</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></Document></kml>`],
  ['rac.geojson', Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919 + 13) % 256))],
  ['script.geojson', `<html><script>window.__pwned = 4</script></html>`],
];

describe('a file with hostile property text', () => {
  const s = useSharedSession();
  afterEach(() => {
    expect(s.errors).toEqual([]);
  });
  beforeAll(async () => {
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openApp(s.page);
    await openGeoJsonText(s.page, 'doc-hai.geojson', hostileProperties);
  });

  it('is listed by its name as plain text, cut short, and runs nothing', async () => {
    const [name] = await listedImported(s.page);
    expect(name).toContain('<script>window.__pwned = 1</script>');
    expect(name!.length).toBeLessThan(200);
    expect(await ranSomething(s.page)).toBeNull();
    expect(await s.page.locator('[data-testid="import-panel"] script, [data-testid="import-panel"] img').count()).toBe(0);
    await stillAlive(s.page);
  });

  it('gets a message naming the feature, the problem and what was done, in each language', async () => {
    const closed = s.page.locator('[data-testid="import-panel"] [data-code="ring-unclosed"]');
    const vi = (await closed.textContent()) ?? '';
    expect(vi).toContain('#1 “<script>');
    expect(vi).toContain('Đã khép vòng');
    await toggleLanguage(s.page);
    const en = (await closed.textContent()) ?? '';
    expect(en).toContain('#1 “<script>');
    expect(en).toMatch(/closed/i);
    await toggleLanguage(s.page);
  });

  it.each(refused)('%s is refused with a message, the earlier import kept, the page alive', async (name, body) => {
    const [done] = await s.page.evaluate(() => [performance.getEntriesByName('import-done').length]);
    await s.page.getByTestId('import-file-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.isBuffer(body) ? body : Buffer.from(body) });
    await s.page.waitForFunction((n) => performance.getEntriesByName('import-done').length > n, done, { timeout: 60_000 });
    const note = await refusedNote(s.page);
    console.info(`${name}: ${note}`);
    expect(note.length).toBeGreaterThan(20);
    expect(note).toMatch(/[ăâđêôơư]/i); // said in Vietnamese, the UI's language
    expect(note).toContain(name); // names the file, says what happened to it
    expect(note).toContain('Tệp không được nhập');
    expect(await listedImported(s.page)).toHaveLength(1);
    expect(await ranSomething(s.page)).toBeNull();
    await stillAlive(s.page);
  });
});
