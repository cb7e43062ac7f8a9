/**
 * Loads the shipped data files over HTTP and parses them at the boundary. Never throws: problems
 * come back as messages for the UI, and whatever parsed is kept.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Problem, ZoneFeature } from '../domain/zone.ts';
import { parseZoneCollection } from '../domain/zone_parser.ts';
import { parsePlan, type Plan } from '../domain/plan.ts';

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
