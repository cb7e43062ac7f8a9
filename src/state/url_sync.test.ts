import { afterEach, describe, expect, it, vi } from 'vitest';
import { bi, makeZone } from '../../test/helpers.ts';
import type { Stage, ZoneFeature } from '../domain/zone.ts';
import { createAppState, selectZone, setLang, setQuery, toggleStage, type AppState } from './app_state.ts';
import { createUrlSync, type UrlHost } from './url_sync.ts';

const APP = 'https://example.vn/ban-do/';

/** A browser's location and session history, small enough to read: push/replace, back/forward with events. */
class FakeHost implements UrlHost {
  entries: string[];
  index = 0;
  pushes = 0;
  replaces = 0;
  private listeners = new Map<string, Set<() => void>>();
  constructor(href: string) {
    this.entries = [href];
  }
  get location() {
    return { href: this.entries[this.index] ?? '' };
  }
  get history() {
    return {
      state: null,
      pushState: (_d: unknown, _u: string, url: string) => {
        this.entries = [...this.entries.slice(0, this.index + 1), url];
        this.index += 1;
        this.pushes += 1;
      },
      replaceState: (_d: unknown, _u: string, url: string) => {
        this.entries[this.index] = url;
        this.replaces += 1;
      },
    };
  }
  addEventListener(type: string, fn: () => void) {
    const set = this.listeners.get(type) ?? new Set();
    set.add(fn);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, fn: () => void) {
    this.listeners.get(type)?.delete(fn);
  }
  /** History traversal: popstate, then hashchange (the fragments differ). */
  go(delta: number) {
    this.index = Math.max(0, Math.min(this.entries.length - 1, this.index + delta));
    for (const type of ['popstate', 'hashchange']) for (const fn of this.listeners.get(type) ?? []) fn();
  }
  /** MapLibre's hash control: replaces `map=` in place, or appends it. */
  moveCamera(value: string) {
    const href = this.location.href;
    const hash = href.includes('#') ? href.slice(href.indexOf('#') + 1) : '';
    const pairs = hash ? hash.split('&').filter((p) => !p.startsWith('map=')) : [];
    this.entries[this.index] = `${href.replace(/#.*$/, '')}#${[`map=${value}`, ...pairs].join('&')}`;
  }
  get hash() {
    const href = this.location.href;
    return href.includes('#') ? href.slice(href.indexOf('#')) : '';
  }
}

function feature(id: string, stage: Stage): ZoneFeature {
  return makeZone({ id, stage, name: bi(id), short_name: bi(id), official_area_ha: null });
}

const settle = () => new Promise<void>((r) => setTimeout(r, 0));
let stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.useRealTimers();
});

function open(href: string, throttle = 400): { state: AppState; host: FakeHost } {
  const host = new FakeHost(href);
  const state = createAppState();
  const sync = createUrlSync(state, { host, queryThrottleMs: throttle });
  stops.push(sync.start());
  return { state, host };
}

async function loadZones(state: AppState) {
  state.zones.value = [feature('an-nghiep', 'operating'), feature('tran-de', 'planned')];
  await settle();
}

describe('createUrlSync', () => {
  it('opens on the link: filters, language, search, layer and view at once; the id once the data is in', async () => {
    const { state, host } = open(`${APP}#map=11/9.6/105.9&z=tran-de&hs=p&q=tran+de&l=en&b=osm&v=t`);
    expect(state.lang.value).toBe('en');
    expect([...state.hiddenStages.value]).toEqual(['planned']);
    expect(state.query.value).toBe('tran de');
    expect(state.baseLayer.value).toBe('osm');
    expect(state.view.value).toBe('table');
    expect(state.selectedId.value).toBeNull();
    await loadZones(state);
    expect(state.selectedId.value).toBe('tran-de');
    expect(host.hash).toBe('#map=11/9.6/105.9&z=tran-de&hs=p&q=tran+de&l=en&b=osm&v=t');
    expect(host.pushes).toBe(0);
  });

  it('rewrites a hostile link canonically: junk, tracking keys and unknown ids leave the address bar', async () => {
    const { state, host } = open(`${APP}?fbclid=x#map=25/95/-200&z=%3Cscript%3E&utm_source=zalo&l=EN-us&q=%22%3E%3Cimg%3E`);
    expect(host.hash).toBe('#map=16/11.5/104&q=%22%3E%3Cimg%3E&l=en');
    expect(host.location.href.startsWith(`${APP}?fbclid=x#`)).toBe(true);
    await loadZones(state);
    expect(state.selectedId.value).toBeNull();

    const unknown = open(`${APP}#z=khu-khong-ton-tai&l=en`);
    expect(unknown.host.hash).toBe('#z=khu-khong-ton-tai&l=en');
    await loadZones(unknown.state);
    expect(unknown.host.hash).toBe('#l=en');
    expect(unknown.host.pushes).toBe(0);
  });

  it('opens on a comparison and a year; unknown compared ids leave the address once the data is in, with a notice', async () => {
    const { state, host } = open(`${APP}#c=tran-de,khu-gia,an-nghiep&y=2019`);
    expect(state.year.value).toBe(2019);
    expect(state.detailsWanted.value).toBe(true); // the histories live in the whole file
    await loadZones(state);
    expect(state.compare.value).toEqual(['tran-de', 'an-nghiep']);
    expect(state.compared.value.map((z) => z.properties.id)).toEqual(['tran-de', 'an-nghiep']);
    expect(host.hash).toBe('#c=tran-de,an-nghiep&y=2019');
    expect(state.notices.value).toEqual([{ key: 'noticeCompareUnknown', vars: { ids: 'khu-gia', count: 1 } }]);
    expect(host.pushes).toBe(0);
  });

  it('adds a history entry when the comparison changes; the year replaces the entry, throttled (a slider moves it)', async () => {
    const { state, host } = open(`${APP}#l=en`, 0);
    await loadZones(state);
    state.compare.value = ['an-nghiep'];
    await settle();
    for (const y of [2020, 2021, 2030]) {
      state.year.value = y;
      await settle();
    }
    await new Promise((r) => setTimeout(r, 5));
    expect(host.hash).toBe('#l=en&c=an-nghiep&y=2030');
    expect(host.pushes).toBe(1);
    expect(state.notices.value).toEqual([]);
  });

  it('adds one history entry per selection or filter change, keeping the camera MapLibre wrote', async () => {
    const { state, host } = open(APP);
    await loadZones(state);
    host.moveCamera('10/9.6/105.9');
    selectZone(state, 'an-nghiep');
    await settle();
    expect(host.hash).toBe('#map=10/9.6/105.9&z=an-nghiep');
    // Hiding the selected feature's stage also deselects it: one entry for both.
    toggleStage(state, 'operating');
    await settle();
    expect(host.hash).toBe('#map=10/9.6/105.9&hs=o');
    setLang(state, 'en');
    await settle();
    expect(host.entries.map((h) => h.replace(APP, ''))).toEqual([
      '#map=10/9.6/105.9', '#map=10/9.6/105.9&z=an-nghiep', '#map=10/9.6/105.9&hs=o', '#map=10/9.6/105.9&hs=o&l=en',
    ]);
    expect(host.pushes).toBe(3);
  });

  it('steps back and forward through the entries, restoring the state of each', async () => {
    const { state, host } = open(APP);
    await loadZones(state);
    selectZone(state, 'an-nghiep');
    await settle();
    toggleStage(state, 'planned');
    await settle();
    host.go(-1);
    await settle();
    expect(state.selectedId.value).toBe('an-nghiep');
    expect(state.hiddenStages.value.size).toBe(0);
    host.go(-1);
    await settle();
    expect(state.selectedId.value).toBeNull();
    host.go(2);
    await settle();
    expect(state.selectedId.value).toBe('an-nghiep');
    expect([...state.hiddenStages.value]).toEqual(['planned']);
    // Restoring never adds entries, so Forward stays possible.
    expect(host.entries.length).toBe(3);
    expect(host.pushes).toBe(2);
  });

  it('replaces the entry while the search text changes, throttled, and writes the last keystroke', async () => {
    vi.useFakeTimers();
    const { state, host } = open(APP, 400);
    for (const text of ['t', 'tr', 'tra', 'tran', 'tran d', 'tran de ']) setQuery(state, text);
    await vi.advanceTimersByTimeAsync(100);
    expect(host.hash).toBe('');
    await vi.advanceTimersByTimeAsync(400);
    expect(host.hash).toBe('#q=tran+de');
    expect(host.pushes).toBe(0);
    expect(host.replaces).toBe(2);
  });

  it('never adds history entries in embed mode (the host page keeps its own history)', async () => {
    const { state, host } = open(`${APP}#e=1`);
    await loadZones(state);
    selectZone(state, 'tran-de');
    await settle();
    expect(host.hash).toBe('#z=tran-de&e=1');
    expect(host.entries.length).toBe(1);
  });

  it('applies a hand-edited hash and rewrites it canonically', async () => {
    const { state, host } = open(APP);
    await loadZones(state);
    host.entries[0] = `${APP}#zone=an-nghiep&lang=en&junk=1`;
    host.go(0);
    await settle();
    expect(state.selectedId.value).toBe('an-nghiep');
    expect(state.lang.value).toBe('en');
    expect(host.hash).toBe('#z=an-nghiep&l=en');
    expect(host.pushes).toBe(0);
  });

  it('builds links from the state, never from the address bar', async () => {
    const host = new FakeHost(`${APP}?fbclid=1#l=en&junk=%3Cb%3E`);
    const state = createAppState();
    const sync = createUrlSync(state, { host });
    stops.push(sync.start());
    const camera = { zoom: 9, lat: 9.6, lon: 105.9, bearing: 0, pitch: 0 };
    expect(sync.linkFor(sync.linkState(camera))).toBe(`${APP}#map=9/9.6/105.9&l=en`);
    expect(sync.linkFor({ ...sync.linkState(null), embed: true })).toBe(`${APP}#l=en&e=1`);
  });

  it('tells the camera the address carries, before any map has written one', () => {
    const host = new FakeHost(`${APP}#map=11/9.62/105.97&z=an-nghiep&e=1`);
    const sync = createUrlSync(createAppState(), { host });
    stops.push(sync.start());
    expect(sync.addressCamera()).toMatchObject({ zoom: 11, lat: 9.62, lon: 105.97 });
    host.moveCamera('12/9.5/105.8');
    expect(sync.addressCamera()).toMatchObject({ zoom: 12, lat: 9.5, lon: 105.8 });
  });
});

describe('embed mode', () => {
  it('shows the map even when the link asks for the table', () => {
    const { state, host } = open(`${APP}#v=t&e=1`);
    expect(state.view.value).toBe('map');
    expect(host.hash).toBe('#e=1');
  });
});
