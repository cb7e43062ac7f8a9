/**
 * Loads the shipped data files over HTTP and parses them at the boundary. Never throws: problems
 * come back as messages for the UI, and whatever parsed is kept.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Problem, ZoneFeature } from '../domain/zone.ts';
import { effect } from '@preact/signals';
import { parseZoneCollection, type ZonePart } from '../domain/zone_parser.ts';
import { parsePlan, type Plan } from '../domain/plan.ts';
import { addNotice, loadAreas, type AppState } from './app_state.ts';

export interface LoadedZones {
  zones: ZoneFeature[];
  problems: Problem[];
  /** Set when the file could not be fetched or was not JSON. */
  failure: string | null;
}

async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status} for ${url}`);
  return JSON.parse(await res.text()) as unknown;
}

/** Fetches and validates `zones.geojson` (or, with `part: 'core'`, `zones-core.geojson`). */
export async function loadZones(url: string, part: ZonePart = 'whole'): Promise<LoadedZones> {
  try {
    const { features, problems } = parseZoneCollection(await fetchJson(url), part);
    return { zones: features, problems, failure: null };
  } catch (err) {
    return { zones: [], problems: [], failure: err instanceof Error ? err.message : String(err) };
  }
}

/** Fetches the former-province outline; null when missing or malformed (the map still works). */
export async function loadOutline(url: string): Promise<FeatureCollection<Geometry> | null> {
  try {
    const raw = await fetchJson(url);
    if (typeof raw !== 'object' || raw === null) return null;
    const type = (raw as { type?: unknown }).type;
    if (type === 'FeatureCollection') return raw as FeatureCollection<Geometry>;
    if (type === 'Feature') return { type: 'FeatureCollection', features: [raw as FeatureCollection<Geometry>['features'][number]] };
    return null;
  } catch {
    return null;
  }
}

/** Fetches and validates `plan.json`; null (and the reason) when it cannot be read. */
export async function loadPlan(url: string): Promise<{ plan: Plan | null; failure: string | null }> {
  try {
    return { plan: parsePlan(await fetchJson(url)), failure: null };
  } catch (err) {
    return { plan: null, failure: err instanceof Error ? err.message : String(err) };
  }
}

/** Where the shipped data files are served. */
export interface DataUrls {
  /** The whole zone data. */
  zones: string;
  /** Its core part, what the first view needs (`zone_core.ts`). */
  zonesCore: string;
  province: string;
  plan: string;
}

/** Resolves with the first value `read` gives that is not undefined, read again whenever its signals change. */
function whenSignals<T>(read: () => T | undefined): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    const stop = effect(() => {
      const v = read();
      if (done || v === undefined) return;
      done = true;
      resolve(v);
      queueMicrotask(() => stop());
    });
  });
}

/** Resolves when something asks for the zones' details: a selection, or `state.detailsWanted`. */
function detailsAsked(state: AppState): Promise<unknown> {
  return whenSignals(() => (state.detailsWanted.value || state.selectedId.value !== null ? true : undefined));
}

/**
 * Resolves once the zones carry their details (at once when they do); rejects when they cannot be loaded.
 * Asks the loader for them, so an action that needs them (a fact sheet, an export) only has to await this.
 */
export async function whenDetails(state: AppState): Promise<void> {
  state.detailsWanted.value = true;
  const status = await whenSignals(() => (state.details.value === 'pending' ? undefined : state.details.value));
  if (status !== 'loaded') throw new Error('zones.geojson');
}

function reportProblems(state: AppState, r: LoadedZones): void {
  if (r.failure) addNotice(state, 'noticeLoadFailed', { reason: r.failure });
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (errors.length) addNotice(state, 'noticeDataProblem', { n: errors.length });
}

/**
 * The zones in two steps: the core file for the first view, then the whole file once a panel opens, an action
 * asks for it, or `firstView` settles, whichever comes first. If the core file cannot be read the whole one is
 * read at once; if the whole one cannot be read after the core one, the core data stays and a notice says so.
 */
async function loadZonesInTwoSteps(state: AppState, urls: DataUrls, firstView: Promise<unknown>, onFirst: () => void): Promise<void> {
  const core = await loadZones(urls.zonesCore, 'core');
  if (core.failure || core.zones.length === 0) {
    const whole = await loadZones(urls.zones);
    reportProblems(state, whole);
    state.zones.value = whole.zones;
    state.details.value = whole.failure ? 'failed' : 'loaded';
    onFirst();
    return;
  }
  reportProblems(state, core);
  state.zones.value = core.zones;
  onFirst();
  await Promise.race([firstView.catch(() => undefined), detailsAsked(state)]);
  const whole = await loadZones(urls.zones);
  if (whole.failure || whole.zones.length === 0) {
    addNotice(state, 'noticeDetailsFailed', { reason: whole.failure ?? 'no valid features' });
    state.details.value = 'failed';
    return;
  }
  state.zones.value = whole.zones;
  state.details.value = 'loaded';
}

/**
 * Loads the shipped data into the state: the zones (core first, details later), the province outline and the
 * plan, then — once `firstView` settles (the map has drawn; the area module, proj4 and GeographicLib, is not needed
 * for that) — the zones' areas. Problems become notices; whatever loaded is kept; the page keeps working without
 * the rest.
 */
export async function loadAppData(state: AppState, urls: DataUrls, firstView: Promise<unknown> = Promise.resolve()): Promise<void> {
  let zonesIn = (): void => undefined;
  const first = new Promise<void>((resolve) => (zonesIn = resolve));
  const zones = loadZonesInTwoSteps(state, urls, firstView, zonesIn).finally(zonesIn);
  // The shapes are in the core file: the areas need not wait for the details.
  const areas = Promise.all([first, firstView.catch(() => undefined)]).then(() =>
    loadAreas(state).catch((err: unknown) => addNotice(state, 'noticeAreaFailed', { reason: err instanceof Error ? err.message : String(err) })));
  const outline = loadOutline(urls.province).then((o) => void (state.province.value = o));
  const plan = loadPlan(urls.plan).then((r) => {
    if (r.failure) addNotice(state, 'noticePlanFailed', { reason: r.failure });
    state.plan.value = r.plan;
  });
  await Promise.all([zones, areas, outline, plan]);
}
