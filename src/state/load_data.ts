/**
 * Loads the shipped data files over HTTP and parses them at the boundary. Never throws: problems
 * come back as messages for the UI, and whatever parsed is kept.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Problem, ZoneFeature } from '../domain/zone.ts';
import { parseZoneCollection } from '../domain/zone_parser.ts';
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

/** Fetches and validates `zones.geojson`. */
export async function loadZones(url: string): Promise<LoadedZones> {
  try {
    const { features, problems } = parseZoneCollection(await fetchJson(url));
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
  zones: string;
  province: string;
  plan: string;
}

/**
 * Loads the shipped data into the state: the zones, the province outline and the plan, then — once `firstView`
 * settles (the map has drawn; the area module, proj4 and GeographicLib, is not needed for that) — the zones' areas.
 * Problems become notices; whatever loaded is kept; the page keeps working without the rest.
 */
export async function loadAppData(state: AppState, urls: DataUrls, firstView: Promise<unknown> = Promise.resolve()): Promise<void> {
  const zones = loadZones(urls.zones).then(async (r) => {
    if (r.failure) addNotice(state, 'noticeLoadFailed', { reason: r.failure });
    const errors = r.problems.filter((p) => p.severity === 'error');
    if (errors.length) addNotice(state, 'noticeDataProblem', { n: errors.length });
    state.zones.value = r.zones;
    await firstView.catch(() => undefined);
    return loadAreas(state).catch((err: unknown) => addNotice(state, 'noticeAreaFailed', { reason: err instanceof Error ? err.message : String(err) }));
  });
  const outline = loadOutline(urls.province).then((o) => void (state.province.value = o));
  const plan = loadPlan(urls.plan).then((r) => {
    if (r.failure) addNotice(state, 'noticePlanFailed', { reason: r.failure });
    state.plan.value = r.plan;
  });
  await Promise.all([zones, outline, plan]);
}
