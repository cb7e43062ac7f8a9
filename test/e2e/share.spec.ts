import { beforeAll, describe, expect, it } from 'vitest';
import { cameraPrecision, decodeUrlState, encodeUrlState, DEFAULT_URL_STATE, type Camera, type UrlState } from '../../src/state/url_state.ts';
import { useSession, useSharedSession } from './browser.ts';
import { addressBar, baseUrl, documentLang, expandLegend, hiddenStages, openApp, openLink, stageRowVisible, stageShown, toggleLanguage, toggleStage } from './driver.ts';
import { zone } from './geodata.ts';
import { cooperativeGestures, mapCamera, panMap } from './map_driver.ts';
import { closePanel, panelOpen, panelTitle } from './panel_driver.ts';
import {
  chooseFromList, clipboardText, closeShareDialog, copyShareLink, embedChrome, embedSnippet, fullMapLink, goBack, goForward, historyLength,
  lazyShareModules, openShareDialog, setEmbedOptions, shareImportNote, shareLink, shareQrSource,
} from './share_driver.ts';

const s = useSession();

/** The camera a link carries matches a live camera within the link's rounding. */
function expectSameCamera(live: Camera, linked: Camera | null): void {
  expect(linked).not.toBeNull();
  const c = linked!;
  const tol = 10 ** -cameraPrecision(c.zoom);
  expect(Math.abs(live.zoom - c.zoom)).toBeLessThanOrEqual(0.006);
  expect(Math.abs(live.lat - c.lat)).toBeLessThanOrEqual(tol);
  expect(Math.abs(live.lon - c.lon)).toBeLessThanOrEqual(tol);
}

/** The state the address bar of the current test's page carries now. */
const urlState = async (): Promise<UrlState> => decodeUrlState(await addressBar(s.page));

describe('the share dialog', () => {
  it("links to what the page shows: the feature, hidden stages, language and camera", async () => {
    await openApp(s.page);
    await chooseFromList(s.page, 'tran-de');
    await toggleStage(s.page, 'planned');
    await toggleLanguage(s.page);
    await panMap(s.page, -140, 70);
    const shown = await mapCamera(s.page);
    await openShareDialog(s.page);
    const linked = decodeUrlState(await shareLink(s.page));
    expect(linked).toMatchObject({ selected: 'tran-de', hiddenStages: ['planned'], lang: 'en', embed: false });
    expectSameCamera(shown, linked.camera);
  });

  it('loads its code (dialog, QR, print) only when opened', async () => {
    await openApp(s.page);
    expect(lazyShareModules(s.requests)).toEqual([]);
    await openShareDialog(s.page);
    expect(lazyShareModules(s.requests).length).toBeGreaterThan(0);
  });
});

describe('the open share dialog', () => {
  const open = useSharedSession();
  beforeAll(async () => {
    await openApp(open.page);
    await openShareDialog(open.page);
  });

  it('says that a file the user imported is not part of the link', async () => {
    expect(await shareImportNote(open.page)).toMatch(/không nằm trong liên kết/);
  });

  it('shows the link as an SVG QR code', async () => {
    expect(await shareQrSource(open.page)).toMatch(/^data:image\/svg\+xml;/);
  });

  it('copies the link to the clipboard and says so', async () => {
    const status = await copyShareLink(open.context, open.page, new URL(baseUrl()).origin);
    expect(status).toContain('Đã chép');
    expect(await clipboardText(open.page)).toBe(await shareLink(open.page));
  });
});

describe('a shared link', () => {
  const link: UrlState = { ...DEFAULT_URL_STATE, selected: 'tran-de', hiddenStages: ['planned'], lang: 'en',
    camera: { zoom: 11.25, lat: 9.55, lon: 106.1, bearing: 0, pitch: 0 } };
  const opened = useSharedSession();
  beforeAll(async () => {
    await openLink(opened.page, encodeUrlState(link));
  });

  it('opens the same feature, in the same language', async () => {
    expect(await panelTitle(opened.page)).toBe(zone('tran-de').name.en);
    expect(await documentLang(opened.page)).toBe('en');
  });

  it('hides the same stages', async () => {
    expect(await stageShown(opened.page, 'planned')).toBe(false);
  });

  it('shows the same view, and keeps the link in the address bar as it was', async () => {
    expectSameCamera(await mapCamera(opened.page), link.camera);
    expect(decodeUrlState(await addressBar(opened.page))).toEqual(link);
    expect(opened.errors).toEqual([]);
  });
});

describe('Back and Forward', () => {
  it('Back after choosing another feature shows the previous one again, at its camera', async () => {
    await openApp(s.page);
    await chooseFromList(s.page, 'an-nghiep');
    const atAnNghiep = await mapCamera(s.page);
    await chooseFromList(s.page, 'tran-de');
    await goBack(s.page);
    expect(await panelTitle(s.page)).toBe(zone('an-nghiep').name.vi);
    const linked = (await urlState()).camera;
    expectSameCamera(await mapCamera(s.page), linked);
    expectSameCamera(atAnNghiep, linked);
  });

  it('Back undoes a stage filter and keeps the selection', async () => {
    await openApp(s.page);
    await chooseFromList(s.page, 'an-nghiep');
    await toggleStage(s.page, 'planned');
    expect(await hiddenStages(s.page)).toEqual(['planned']);
    await goBack(s.page);
    expect(await hiddenStages(s.page)).toEqual([]);
    expect(await panelTitle(s.page)).toBe(zone('an-nghiep').name.vi);
  });

  it('Back from the first selection closes the panel', async () => {
    await openApp(s.page);
    await chooseFromList(s.page, 'an-nghiep');
    await goBack(s.page);
    expect(await panelOpen(s.page)).toBe(false);
  });

  it('Forward redoes, step by step, what Back undid', async () => {
    await openApp(s.page);
    await chooseFromList(s.page, 'an-nghiep');
    await toggleStage(s.page, 'planned');
    await chooseFromList(s.page, 'tran-de');
    for (let i = 0; i < 3; i++) await goBack(s.page);
    await goForward(s.page);
    expect(await panelTitle(s.page)).toBe(zone('an-nghiep').name.vi);
    expect(await hiddenStages(s.page)).toEqual([]);
    await goForward(s.page);
    await goForward(s.page);
    expect(await panelTitle(s.page)).toBe(zone('tran-de').name.vi);
    expect(await hiddenStages(s.page)).toEqual(['planned']);
    expect(s.errors).toEqual([]);
  });
});

describe('the embed snippet', () => {
  /** The iframe address in the snippet, decoded (and checks the snippet's form). */
  const snippetState = async (): Promise<UrlState> => {
    const m = /^<iframe src="([^"]+)" title="[^"]+" width="100%" height="480" style="border:0" loading="lazy" allowfullscreen><\/iframe>$/
      .exec(await embedSnippet(s.page));
    expect(m).not.toBeNull();
    return decodeUrlState(m![1]!.replace(/&amp;/g, '&'));
  };

  it('embeds the current view with the selected feature, in the page language', async () => {
    await openLink(s.page, '#map=11/9.62/105.97&z=an-nghiep');
    await openShareDialog(s.page);
    expect(await snippetState()).toMatchObject({ embed: true, selected: 'an-nghiep', lang: 'vi', camera: { zoom: 11, lat: 9.62, lon: 105.97 } });
  });

  it('follows its options: the whole province, no feature, another language', async () => {
    await openLink(s.page, '#map=11/9.62/105.97&z=an-nghiep');
    await openShareDialog(s.page);
    await setEmbedOptions(s.page, { fitted: true, selected: false, lang: 'en' });
    expect(await snippetState()).toMatchObject({ embed: true, selected: null, lang: 'en', camera: null });
    await closeShareDialog(s.page);
  });
});

describe('embed mode', () => {
  const EMBED = '#map=11/9.62/105.97&z=an-nghiep&l=en&e=1';
  const embedded = useSharedSession();
  beforeAll(async () => {
    await openLink(embedded.page, EMBED);
  });

  it('shows the map with minimal chrome: no sidebar, no share or table button, a language switch', async () => {
    expect(await embedChrome(embedded.page)).toEqual({ embedLayout: true, sidebar: false, share: false, table: false, language: true });
  });

  it('asks for two fingers or Ctrl to move the map (cooperative gestures)', async () => {
    expect(await cooperativeGestures(embedded.page)).toBe(true);
  });

  it('links to the full map, in a new tab, without the embed flag', async () => {
    const a = await fullMapLink(embedded.page);
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener');
    expect(a.href.startsWith(baseUrl())).toBe(true);
    expect(decodeUrlState(a.href)).toMatchObject({ embed: false, selected: 'an-nghiep', lang: 'en', camera: { zoom: 11, lat: 9.62, lon: 105.97 } });
    expect(embedded.errors).toEqual([]);
  });

  it('keeps the legend folded until it is opened', async () => {
    await openLink(s.page, EMBED);
    expect(await expandLegend(s.page)).toBe(true);
    expect(await stageRowVisible(s.page, 'operating')).toBe(true);
  });

  it("adds no entry to the host page's history when the panel is closed", async () => {
    await openLink(s.page, EMBED);
    const before = await historyLength(s.page);
    await closePanel(s.page);
    // The URL no longer names the feature: the change was written, by replacing the entry.
    expect((await urlState()).selected).toBeNull();
    expect(await historyLength(s.page)).toBe(before);
    expect(s.errors).toEqual([]);
  });
});
