/**
 * For everyone: the page reflows down to 320 px and at 200–400 % zoom, focus goes only to what can be seen and
 * comes back where it was, the focus ring and hidden legend rows keep their contrast, the map's own controls speak
 * the UI language, the phone sheet can be read, and axe-core finds no serious or critical violation in any state.
 * (../shared/reviews/a11y-audit-2026-11.md lists the findings these tests keep fixed.)
 */
import { describe, expect, it } from 'vitest';
import { newSession, useSession } from './browser.ts';
import { baseUrl, openApp, openLink, search, toggleLanguage, toggleStage } from './driver.ts';
import {
  comesBefore, contrast, focused, focusRingColours, fullyOnScreen, gestureHint, horizontalBox, isInert, legendRowNames,
  mapControlNames, openEmbed, panelReadingHeight, seriousAxeViolations, sidewaysOverflow,
} from './a11y_driver.ts';
import { panelOpened, panelTitle } from './panel_driver.ts';
import { shippedIds } from './geodata.ts';
import { openShareDialog } from './share_driver.ts';

const WHITE = 'rgb(255, 255, 255)';

describe('reflow', () => {
  it.each([
    { width: 320, height: 640, label: '320 px wide' },
    { width: 320, height: 256, label: '1280 × 1024 at 400 %' },
  ])('has no sideways scrolling and keeps the language switch and zoom buttons on screen at $label', async ({ width, height }) => {
    const s = await newSession({ width, height });
    try {
      await openApp(s.page);
      expect(await sidewaysOverflow(s.page)).toBeLessThanOrEqual(0);
      expect(await fullyOnScreen(s.page, '[data-testid="lang-toggle"]')).toBe(true);
      expect(await fullyOnScreen(s.page, '.maplibregl-ctrl-zoom-in')).toBe(true);
      expect(await fullyOnScreen(s.page, '[data-testid="search"]')).toBe(true);
    } finally {
      await s.close();
    }
  });

  it.each([
    { width: 683, height: 450, label: '1366 × 900 at 200 %' },
    { width: 390, height: 844, label: 'a phone, sheet expanded' },
    { width: 844, height: 390, label: 'a phone held sideways' },
  ])('gives the details panel real reading space at $label', async ({ width, height, label }) => {
    const s = await newSession({ width, height });
    try {
      await openLink(s.page, '#z=tran-de');
      if (label.includes('expanded')) await s.page.getByTestId('panel-expand').click();
      expect(await sidewaysOverflow(s.page)).toBeLessThanOrEqual(0);
      // At least half the screen's height to read in (the audit found 36 px at 200 %).
      expect(await panelReadingHeight(s.page)).toBeGreaterThanOrEqual(Math.min(300, height * 0.33));
      // Sideways, the panel takes the list's column and the map stays in view.
      if (width > 760) {
        const panel = await horizontalBox(s.page, '[data-testid="zone-panel"]');
        const map = await horizontalBox(s.page, '[data-testid="map"]');
        expect(map!.right - Math.max(map!.left, panel!.right)).toBeGreaterThanOrEqual(300);
      }
    } finally {
      await s.close();
    }
  });
});

describe('focus', () => {
  const s = useSession();

  it('moves into the area table when it opens, skips what it covers, and comes back to its button on Escape', async () => {
    await openApp(s.page);
    await s.page.getByTestId('table-toggle').focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByTestId('area-table').waitFor();
    expect(await focused(s.page)).toBe('area-table-title');
    expect(await isInert(s.page, '[data-testid="search"]')).toBe(true);
    expect(await isInert(s.page, '[data-testid="map"]')).toBe(true);
    await s.page.keyboard.press('Escape');
    await s.page.getByTestId('area-table').waitFor({ state: 'detached' });
    expect(await focused(s.page)).toBe('table-toggle');
    expect(await isInert(s.page, '[data-testid="search"]')).toBe(false);
  });

  it('closes the layer menu with Escape and gives focus back to its button', async () => {
    await openApp(s.page);
    await s.page.locator('.layer-btn').click();
    await s.page.locator('#layer-options input').first().focus();
    await s.page.keyboard.press('Escape');
    expect(await s.page.locator('#layer-options').count()).toBe(0);
    expect(await focused(s.page)).toBe('button:' + (await s.page.locator('.layer-btn').textContent())!.trim().slice(0, 40));
  });

  it('picks the top search result with Enter, and returns to its list entry when the panel closes', async () => {
    await openApp(s.page);
    await search(s.page, 'tran de');
    await s.page.getByTestId('search').press('Enter');
    await panelOpened(s.page);
    expect(await panelTitle(s.page)).toContain('Trần Đề');
    expect(await focused(s.page)).toBe('panel-title');
    await s.page.keyboard.press('Escape');
    expect(await focused(s.page)).toMatch(/^button:Khu công nghiệp Trần Đề/);
  });

  it('returns to the list entry when a panel opened from the table is closed', async () => {
    await openApp(s.page);
    await s.page.getByTestId('table-toggle').click();
    await s.page.locator('[data-testid="area-table"] tr[data-zone-id="tran-de"] .link-btn').click();
    await panelOpened(s.page);
    await s.page.keyboard.press('Escape');
    expect(await focused(s.page)).toMatch(/^button:Khu công nghiệp Trần Đề/);
  });

  it('shares without a pointer: opens the dialog from its button, copies the link with Enter, closes with Escape', async () => {
    await openApp(s.page);
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl()).origin });
    await s.page.getByTestId('share-open').focus();
    await s.page.keyboard.press('Enter');
    await s.page.getByTestId('share-dialog').waitFor();
    // Tab from wherever the dialog put focus until Copy has it (the dialog keeps focus inside).
    for (let i = 0; i < 15 && (await focused(s.page)) !== 'share-copy'; i++) await s.page.keyboard.press('Tab');
    expect(await focused(s.page)).toBe('share-copy');
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.evaluate(() => navigator.clipboard.readText())).toContain(new URL(baseUrl()).host);
    await s.page.keyboard.press('Escape');
    await s.page.getByTestId('share-dialog').waitFor({ state: 'hidden' });
    expect(await focused(s.page)).toBe('share-open');
  });

  it('gives focus back to "Open file" when the import panel closes', async () => {
    await openApp(s.page);
    await s.page.getByTestId('import-open').focus();
    await s.page.getByTestId('import-file-input').setInputFiles({ name: 'x.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') });
    await s.page.getByTestId('import-panel').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.getByTestId('import-panel').waitFor({ state: 'detached' });
    expect(await focused(s.page)).toBe('import-open');
  });

  it('draws a focus ring of at least 3:1 on white, with a halo that shows on the dark header', async () => {
    await openApp(s.page);
    await s.page.getByTestId('search').focus();
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Shift+Tab');
    const ring = await focusRingColours(s.page);
    expect(ring.outlineStyle).toBe('solid');
    expect(contrast(ring.outline, WHITE)).toBeGreaterThanOrEqual(3);
    const halo = /rgb\(255, 191, 71\)/.test(ring.halo);
    expect(halo).toBe(true);
    expect(contrast('rgb(255, 191, 71)', 'rgb(18, 50, 74)')).toBeGreaterThanOrEqual(3);
  });
});

describe('words a screen reader and a reader without colour get', () => {
  const s = useSession();

  it('reads a legend row as stage, count and hectares in words, and says when a stage is hidden', async () => {
    await openApp(s.page);
    const names = await legendRowNames(s.page);
    expect(names[0]).toMatch(/^Đang hoạt động ?\d+ mục; ?chính thức [\d.,]+\sha/);
    await toggleStage(s.page, 'planned');
    const planned = (await legendRowNames(s.page)).find((n) => n.startsWith('Quy hoạch'));
    expect(planned).toMatch(/^Quy hoạch ?ẩn/);
    expect(await s.page.locator('[data-stage="planned"] .off-tag').textContent()).toBe('ẩn');
  });

  it('names the header’s view buttons by what they do now, with no "pressed" state on top of a changed label', async () => {
    await openApp(s.page);
    for (const id of ['table-toggle', 'compare-open', 'charts-open']) {
      const button = s.page.getByTestId(id);
      const before = (await button.textContent()) ?? '';
      await button.click();
      await s.page.locator('.area-table, .overlay-view').first().waitFor();
      expect(await button.textContent(), id).not.toBe(before);
      expect(await button.textContent(), id).toContain('Về bản đồ');
      expect(await button.getAttribute('aria-pressed'), id).toBeNull();
      await button.click();
      await s.page.locator('.area-table, .overlay-view').first().waitFor({ state: 'detached' });
    }
  });

  it('says "area not published" in the list instead of a dash', async () => {
    await openApp(s.page);
    const noArea = await s.page.locator('button.zone-item .zone-item-ha').allTextContents();
    expect(noArea).not.toContain('—');
    expect(noArea).toContain('chưa công bố diện tích');
  });

  it('names the map, how to move it by keyboard, and its controls in the UI language, and again after a switch', async () => {
    await openApp(s.page);
    expect(await mapControlNames(s.page)).toEqual({ zoomIn: 'Phóng to', zoomOut: 'Thu nhỏ', canvas: expect.stringMatching(/^Bản đồ\. Phím mũi tên/), attribution: 'Hiện hoặc ẩn nguồn bản đồ' });
    // The folded credits say they are folded (MapLibre left its <details> open while hiding the text).
    expect(await s.page.evaluate(() => document.querySelector('.maplibregl-ctrl-attrib')?.hasAttribute('open'))).toBe(false);
    await toggleLanguage(s.page);
    expect(await mapControlNames(s.page)).toEqual({ zoomIn: 'Zoom in', zoomOut: 'Zoom out', canvas: expect.stringMatching(/^Map\. Arrow keys/), attribution: 'Show or hide the map credits' });
  });

  it('lets a keyboard reach every zone of an embedded map through its list', async () => {
    await openEmbed(s.page, baseUrl());
    await s.page.getByTestId('embed-list-open').focus();
    await s.page.keyboard.press('Enter');
    const count = await s.page.getByTestId('embed-list').locator('button').count();
    expect(count).toBe(shippedIds().length);
    expect(await focused(s.page)).toMatch(/^button:/);
    await s.page.keyboard.press('ArrowDown');
    const second = await s.page.evaluate(() => (document.activeElement as HTMLElement).dataset['zoneId']);
    await s.page.keyboard.press('Enter');
    await panelOpened(s.page);
    expect(await s.page.evaluate(() => location.hash)).toContain(`z=${second}`);
    await s.page.keyboard.press('Escape');
    expect(await focused(s.page)).toBe('embed-list-open');
  });

  it('gives an embedded map its gesture hint in the UI language', async () => {
    await openLink(s.page, '#z=tran-de&e=1');
    expect(await gestureHint(s.page)).toContain('hai ngón tay');
  });

  it('marks each stage’s markers with its pattern’s sign, so stages differ without colour at province zoom', async () => {
    await openApp(s.page);
    const cues = await s.page.evaluate(() => {
      const m = window.__zoneMap!;
      const stages = ['operating', 'built', 'planned', 'land-clearance'];
      return { layer: m.getLayer('zone-marker-cue')?.type ?? null, images: stages.map((st) => m.hasImage(`stage-marker-cue-${st}`)), zoom: m.getZoom() };
    });
    expect(cues).toEqual({ layer: 'symbol', images: [true, true, true, true], zoom: expect.any(Number) });
    expect(cues.zoom).toBeLessThan(10.5);
  });

  it('keeps the zoom buttons and credits clear of the desktop details panel', async () => {
    await openLink(s.page, '#z=tran-de');
    const panel = await horizontalBox(s.page, '[data-testid="zone-panel"]');
    for (const sel of ['.maplibregl-ctrl-zoom-in', '.maplibregl-ctrl-attrib', '.maplibregl-ctrl-scale']) {
      expect((await horizontalBox(s.page, sel))!.right, sel).toBeLessThanOrEqual(panel!.left + 1);
    }
  });

  it('never lays the map tools over the zoom buttons, even with the panel open and the longer English labels', async () => {
    await openLink(s.page, '#z=ccn-an-lac-thon-1&l=en');
    const overlaps = await s.page.evaluate(() => {
      const zoom = document.querySelector('.maplibregl-ctrl-zoom-in')!.closest('.maplibregl-ctrl-group')!.getBoundingClientRect();
      return [...document.querySelectorAll('.map-tools button')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.left < zoom.right && r.right > zoom.left && r.top < zoom.bottom && r.bottom > zoom.top;
      }).map((b) => b.textContent);
    });
    expect(overlaps).toEqual([]);
  });

  it('puts the search first in the phone layout', async () => {
    const phone = await newSession({ width: 390, height: 844 });
    try {
      await openApp(phone.page);
      expect(await comesBefore(phone.page, '[data-testid="search"]', '[data-testid="legend"]')).toBe(true);
    } finally {
      await phone.close();
    }
  });
});

describe('axe-core finds no serious or critical violation', () => {
  const s = useSession();
  const states: Array<{ name: string; viewport?: { width: number; height: number }; open: (p: typeof s.page) => Promise<void> }> = [
    { name: 'at first (vi)', open: (p) => openApp(p) },
    { name: 'in English', open: async (p) => { await openApp(p); await toggleLanguage(p); } },
    { name: 'with a panel open', open: (p) => openLink(p, '#z=tran-de') },
    { name: 'with the area table open', open: async (p) => { await openApp(p); await p.getByTestId('table-toggle').click(); await p.getByTestId('area-table').locator('tbody tr').first().waitFor(); } },
    { name: 'with the share dialog open', open: async (p) => { await openApp(p); await openShareDialog(p); } },
    { name: 'with the import panel open', open: async (p) => { await openApp(p); await p.getByTestId('import-file-input').setInputFiles({ name: 'x.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') }); await p.getByTestId('import-panel').waitFor(); } },
    { name: 'with the drawing workbench open', open: async (p) => { await openApp(p); await p.getByTestId('draw-open').click(); await p.getByTestId('draw-panel').waitFor(); } },
    { name: 'with a legend stage switched off', open: async (p) => { await openApp(p); await toggleStage(p, 'planned'); } },
    { name: 'embedded', open: (p) => openLink(p, '#z=tran-de&e=1') },
    { name: 'with the comparison open', open: async (p) => { await openApp(p, '#c=an-nghiep,tran-de,ccn-nga-nam&v=c'); await p.getByTestId('compare-table').waitFor(); await p.waitForFunction(() => !document.querySelector('[data-testid="compare-table"] [data-loading]')); } },
    { name: 'with the charts open', open: async (p) => { await openApp(p, '#v=s'); await p.getByTestId('chart-changes').locator('[data-testid="chart-bar"]').first().waitFor(); } },
    { name: 'with the timeline at a year', open: async (p) => { await openApp(p, '#y=2019'); await p.locator('[data-testid="timeline-step"] .timeline-count').waitFor(); } },
  ];
  it.each(states)('$name', async ({ open }) => {
    await open(s.page);
    expect(await seriousAxeViolations(s.page)).toEqual([]);
  });

  it('on a phone with the details sheet open', async () => {
    const phone = await newSession({ width: 390, height: 844 });
    try {
      await openLink(phone.page, '#z=tran-de');
      expect(await seriousAxeViolations(phone.page)).toEqual([]);
    } finally {
      await phone.close();
    }
  });
});
