import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasFootprint } from '../domain/area_use.ts';
import { createAppState, type AppState } from './app_state.ts';
import { loadAppData, whenDetails, type DataUrls } from './load_data.ts';

const file = (name: string): string => readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8');
const URLS: DataUrls = { zones: '/zones.geojson', zonesCore: '/zones-core.geojson', province: '/province.geojson', plan: '/plan.json' };
const BODIES: Record<string, string> = {
  '/zones.geojson': file('zones.geojson'), '/zones-core.geojson': file('zones-core.geojson'),
  '/province.geojson': file('province.geojson'), '/plan.json': file('plan.json'),
};

/** Serves the shipped files, except the paths in `missing` (404); records the order of the requests. */
function serve(missing: string[] = []): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    asked.push(url);
    const body = missing.includes(url) ? undefined : BODIES[url];
    return Promise.resolve(body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 }));
  });
  return asked;
}

/** A first view that settles when the test says so. */
function firstView(): { promise: Promise<void>; done: () => void } {
  let done = (): void => undefined;
  const promise = new Promise<void>((resolve) => (done = resolve));
  return { promise, done };
}

const FEATURES = (JSON.parse(BODIES['/zones.geojson']!) as { features: unknown[] }).features.length;
const settle = () => new Promise<void>((r) => setTimeout(r, 20));
const facts = (state: AppState) => state.zones.value.reduce((n, z) => n + z.properties.facts.length, 0);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadAppData: the zones in two steps', () => {
  it('fills the first view from the core file, and the details once the map has drawn', async () => {
    const asked = serve();
    const state = createAppState();
    const fv = firstView();
    const all = loadAppData(state, URLS, fv.promise);
    await settle();
    expect(state.zones.value.length).toBe(FEATURES);
    expect(state.details.value).toBe('pending');
    expect(facts(state)).toBe(0);
    expect(asked).not.toContain('/zones.geojson');
    fv.done();
    await all;
    expect(state.details.value).toBe('loaded');
    expect(facts(state)).toBeGreaterThan(FEATURES);
    expect(asked.indexOf('/zones-core.geojson')).toBeLessThan(asked.indexOf('/zones.geojson'));
    expect(state.areas.value?.size).toBe(state.zones.value.filter((z) => hasFootprint(z.properties)).length);
    expect(state.areas.value?.size).toBeGreaterThan(0);
    expect(state.notices.value).toEqual([]);
  });

  it('fetches the details at once when a feature is selected before the map has drawn', async () => {
    const asked = serve();
    const state = createAppState();
    void loadAppData(state, URLS, firstView().promise);
    await settle();
    state.selectedId.value = 'an-nghiep';
    await settle();
    expect(asked).toContain('/zones.geojson');
    expect(state.details.value).toBe('loaded');
    expect(state.selected.value?.properties.stage_history.length).toBeGreaterThan(0);
  });

  it('fetches them for an action that asks (whenDetails), and resolves it', async () => {
    serve();
    const state = createAppState();
    void loadAppData(state, URLS, firstView().promise);
    await settle();
    await whenDetails(state);
    expect(state.details.value).toBe('loaded');
    await expect(whenDetails(state)).resolves.toBeUndefined();
  });

  it('keeps the core data and says so when the whole file cannot be read', async () => {
    serve(['/zones.geojson']);
    const state = createAppState();
    const core = state.zones;
    await loadAppData(state, URLS, Promise.resolve());
    expect(state.details.value).toBe('failed');
    expect(core.value.length).toBe(FEATURES);
    expect(state.notices.value.map((n) => n.key)).toEqual(['noticeDetailsFailed']);
    await expect(whenDetails(state)).rejects.toThrow('zones.geojson');
  });

  it('reads the whole file at once when the core file cannot be read', async () => {
    const asked = serve(['/zones-core.geojson']);
    const state = createAppState();
    await loadAppData(state, URLS, Promise.resolve());
    expect(state.details.value).toBe('loaded');
    expect(facts(state)).toBeGreaterThan(FEATURES);
    expect(asked).toContain('/zones.geojson');
  });
});
