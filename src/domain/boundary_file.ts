/**
 * A proposed boundary: the file the workbench's "Propose as boundary of …" downloads and
 * `npm run zones:replace` commits to `geodata/boundaries/<id>.geojson`, where `npm run make:zones` uses it in
 * place of the estimated shape. One GeoJSON Feature: the zone's id, the drawn geometry (WGS84, RFC 7946), how sure
 * it is, how it was made, and the document it comes from. "surveyed" needs a named document and its date.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { rfc7946Geometry } from './geometry.ts';
import type { Bilingual, GeometryQuality, SourceRef } from './zone.ts';

/** The qualities a proposed boundary may claim (a boundary is never "location-only"). */
export const BOUNDARY_QUALITIES = ['surveyed', 'described', 'indicative'] as const satisfies readonly GeometryQuality[];
export type BoundaryQuality = (typeof BOUNDARY_QUALITIES)[number];

export interface BoundaryProperties {
  /** The zone or cluster this is the boundary of. */
  id: string;
  geometry_quality: BoundaryQuality;
  /** How the boundary was made (e.g. "Bảng toạ độ mốc giới, Phụ lục 1 của Quyết định …"). */
  geometry_note: Bilingual;
  /** The document the boundary comes from; for "surveyed" its title and date are required. */
  geometry_source: SourceRef | null;
  /** Radius (m) within which the true boundary is believed to lie: 1 for a surveyed table (the data's smallest). */
  position_uncertainty_m: number;
  /** When the proposal was made (`YYYY-MM-DD`). */
  proposed: string;
}

export type BoundaryFeature = { type: 'Feature'; id: string; properties: BoundaryProperties; geometry: Polygon | MultiPolygon };

/** What is wrong with a proposal's metadata, as plain English for scripts (the app checks the same rules with its own texts). */
export function boundaryProblems(p: Pick<BoundaryProperties, 'geometry_quality' | 'geometry_source' | 'position_uncertainty_m'>): string[] {
  const out: string[] = [];
  if (!BOUNDARY_QUALITIES.includes(p.geometry_quality)) out.push(`geometry_quality must be one of ${BOUNDARY_QUALITIES.join(', ')}`);
  if (p.geometry_quality === 'surveyed' && !(p.geometry_source?.title.trim() && p.geometry_source.date)) {
    out.push('a surveyed boundary needs the source document: its title and date');
  }
  if (p.geometry_quality === 'described' && !p.geometry_source?.title.trim()) out.push('a described boundary needs the source that describes it');
  if (!(p.position_uncertainty_m >= 1 && p.position_uncertainty_m <= 50_000)) out.push('position_uncertainty_m must be between 1 and 50,000 m');
  return out;
}

/** A proposal ready to commit, the geometry written as RFC 7946 with 7 decimals (about 1 cm). */
export function boundaryFeature(properties: BoundaryProperties, geometry: Polygon | MultiPolygon): BoundaryFeature {
  return { type: 'Feature', id: properties.id, properties, geometry: rfc7946Geometry(geometry, 7) };
}

const isBilingual = (v: unknown): v is Bilingual =>
  typeof v === 'object' && v !== null && typeof (v as Bilingual).vi === 'string' && typeof (v as Bilingual).en === 'string';

/** Reads a proposal from parsed JSON; throws an Error naming the first problem. */
export function parseBoundaryFile(raw: unknown): BoundaryFeature {
  const f = raw as Partial<BoundaryFeature> | null;
  if (!f || f.type !== 'Feature' || !f.properties || !f.geometry) throw new Error('a boundary file is one GeoJSON Feature with properties and geometry');
  const g = f.geometry;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`the geometry must be a Polygon or MultiPolygon, not ${String((g as { type?: unknown }).type)}`);
  const p = f.properties;
  if (typeof p.id !== 'string' || !/^[a-z0-9-]{1,64}$/.test(p.id)) throw new Error('properties.id must be a zone id');
  if (!isBilingual(p.geometry_note)) throw new Error('properties.geometry_note must be {vi, en}');
  if (typeof p.proposed !== 'string') throw new Error('properties.proposed must be a date');
  const source = p.geometry_source ?? null;
  if (source !== null && (typeof source.title !== 'string' || (source.url !== null && typeof source.url !== 'string') || (source.date !== null && typeof source.date !== 'string'))) {
    throw new Error('properties.geometry_source must be {url, title, date} or null');
  }
  const problems = boundaryProblems({ ...p, geometry_source: source } as BoundaryProperties);
  if (problems.length) throw new Error(problems[0]);
  return { type: 'Feature', id: p.id, properties: { ...p, geometry_source: source } as BoundaryProperties, geometry: g };
}
