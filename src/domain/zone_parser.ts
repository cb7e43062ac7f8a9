/**
 * The one typed parser for zone data: raw GeoJSON in, validated `ZoneFeature`s plus a list of
 * problems out. Invalid features are dropped (each with error problems naming the feature and the
 * field); valid ones are returned typed, so nothing downstream re-checks. Pure: no DOM, no I/O.
 * Ring closure, winding, precision and overlaps are geometry checks in `zone_checks.ts`.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import {
  GEOMETRY_QUALITIES, HISTORY_STAGES, KINDS, STAGES, type AreaVariant, type DescribedEdges, type Problem, type StageEvent, type ZoneFact,
  type ZoneFeature, type ZoneProperties,
} from './zone.ts';
import {
  describe, isRecord, isSlug, readBilingual, readBilingualOrNull, readDate, readDateOrNull, readEnum, readNumber, readSource,
  readSourcedOrNull, readSourceOrNull, readText, readUrl, type ProblemSink,
} from './parse_fields.ts';
import { detailPlaceholders } from './zone_core.ts';

/** Which file a collection comes from: the whole data, or its core part (`zone_core.ts`). */
export type ZonePart = 'whole' | 'core';

/** Every property a zone feature may carry; anything else draws a warning. */
const KNOWN_PROPERTIES: readonly string[] = [
  'id', 'kind', 'name', 'short_name', 'stage', 'stage_note', 'stage_date', 'stage_history', 'official_area_ha', 'area_source',
  'area_variants', 'old_district', 'old_communes', 'new_communes', 'along', 'geometry_quality', 'geometry_note',
  'shape_sized_to_official', 'position_uncertainty_m', 'position_note', 'described_edges',
  'anchor', 'established_year', 'developer', 'occupancy_pct', 'occupancy_source', 'sectors', 'facts', 'updated',
];
/** Largest positional uncertainty accepted (m): a radius beyond the former province's size says nothing. */
const MAX_UNCERTAINTY_M = 50_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Collects problems for one feature, labelled with its id (or `#index` until the id is known). */
class FeatureSink implements ProblemSink {
  readonly problems: Problem[] = [];
  constructor(public label: string) {}
  error(field: string, message: string): void {
    this.problems.push({ feature: this.label, field, message, severity: 'error' });
  }
  warn(field: string, message: string): void {
    this.problems.push({ feature: this.label, field, message, severity: 'warning' });
  }
  get failed(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }
}

function readPosition(v: unknown, field: string, sink: ProblemSink): Position | undefined {
  if (!Array.isArray(v) || v.length < 2 || !v.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return void sink.error(field, `expected a [lon, lat] position, got ${describe(v)}`);
  }
  const [lon, lat] = v as number[];
  if ((lon ?? 0) < -180 || (lon ?? 0) > 180 || (lat ?? 0) < -90 || (lat ?? 0) > 90) {
    return void sink.error(field, `position [${String(lon)}, ${String(lat)}] is outside WGS84 lon/lat`);
  }
  return v as Position;
}

function readRings(v: unknown, field: string, sink: ProblemSink): Position[][] | undefined {
  if (!Array.isArray(v) || v.length === 0) return void sink.error(field, 'expected a non-empty array of rings');
  let ok = true;
  v.forEach((ring, i) => {
    if (!Array.isArray(ring) || ring.length === 0) {
      sink.error(`${field}[${i}]`, 'expected a non-empty array of positions');
      ok = false;
      return;
    }
    ring.forEach((p, j) => {
      if (readPosition(p, `${field}[${i}][${j}]`, sink) === undefined) ok = false;
    });
  });
  return ok ? (v as Position[][]) : undefined;
}

function readGeometry(v: unknown, sink: ProblemSink): Polygon | MultiPolygon | undefined {
  if (!isRecord(v)) return void sink.error('geometry', `expected a Polygon or MultiPolygon, got ${describe(v)}`);
  if (v.type === 'Polygon') {
    const rings = readRings(v.coordinates, 'geometry.coordinates', sink);
    return rings ? { type: 'Polygon', coordinates: rings } : undefined;
  }
  if (v.type === 'MultiPolygon') {
    if (!Array.isArray(v.coordinates) || v.coordinates.length === 0) return void sink.error('geometry.coordinates', 'expected a non-empty array of polygons');
    const polygons = v.coordinates.map((p, i) => readRings(p, `geometry.coordinates[${i}]`, sink));
    if (polygons.some((p) => p === undefined)) return undefined;
    return { type: 'MultiPolygon', coordinates: polygons as Position[][][] };
  }
  return void sink.error('geometry.type', `expected Polygon or MultiPolygon, got ${describe(v.type)}`);
}

function readList<T>(v: unknown, field: string, sink: ProblemSink, item: (x: unknown, f: string) => T | undefined): T[] | undefined {
  if (!Array.isArray(v)) return void sink.error(field, `expected an array, got ${describe(v)}`);
  const out = v.map((x, i) => item(x, `${field}[${i}]`));
  return out.every((x) => x !== undefined) ? (out as T[]) : undefined;
}

function readVariant(v: unknown, field: string, sink: ProblemSink): AreaVariant | undefined {
  if (!isRecord(v)) return void sink.error(field, `expected an area variant, got ${describe(v)}`);
  const value_ha = readNumber(v.value_ha, `${field}.value_ha`, sink, Number.MIN_VALUE, 1e7);
  const src = readSource(v, field, sink);
  const note = readBilingualOrNull(v.note, `${field}.note`, sink);
  return value_ha !== undefined && src !== undefined && note !== undefined ? { value_ha, ...src, note } : undefined;
}

function readFact(v: unknown, field: string, sink: ProblemSink): ZoneFact | undefined {
  if (!isRecord(v)) return void sink.error(field, `expected a fact {text, url, date}, got ${describe(v)}`);
  const text = readBilingual(v.text, `${field}.text`, sink);
  const url = readUrl(v.url, `${field}.url`, sink);
  const date = readDateOrNull(v.date, `${field}.date`, sink);
  return text && url !== undefined && date !== undefined ? { text, url, date } : undefined;
}

function readYear(v: unknown, field: string, sink: ProblemSink): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1900 || v > 2100) return void sink.error(field, `expected a year, got ${describe(v)}`);
  return v;
}

function readStageEvent(v: unknown, field: string, sink: ProblemSink): StageEvent | undefined {
  if (!isRecord(v)) return void sink.error(field, `expected a stage event {date, stage, text, source}, got ${describe(v)}`);
  const date = readDate(v.date, `${field}.date`, sink);
  const stage = readEnum(v.stage, `${field}.stage`, sink, HISTORY_STAGES);
  const text = readBilingual(v.text, `${field}.text`, sink);
  const source = readSource(v.source, `${field}.source`, sink);
  return date !== undefined && stage !== undefined && text !== undefined && source !== undefined ? { date, stage, text, source } : undefined;
}

/** Stage history: at least one event, oldest first, ending in the feature's stage. */
function readStageHistory(v: unknown, stage: string | undefined, sink: ProblemSink): StageEvent[] | undefined {
  const events = readList(v, 'stage_history', sink, (x, f) => readStageEvent(x, f, sink));
  if (!events) return undefined;
  if (events.length === 0) return void sink.error('stage_history', 'needs at least one dated, sourced event');
  for (let i = 1; i < events.length; i += 1) {
    if (events[i]!.date < events[i - 1]!.date) return void sink.error(`stage_history[${i}].date`, `${events[i]!.date} comes before the previous event (${events[i - 1]!.date}); list events oldest first`);
  }
  const last = events[events.length - 1]!;
  if (stage !== undefined && last.stage !== stage) return void sink.error('stage_history', `the latest event's stage (${last.stage}) differs from stage (${stage})`);
  return events;
}

function readDescribedEdges(v: unknown, sink: ProblemSink): DescribedEdges | undefined {
  if (!isRecord(v) || typeof v.river !== 'boolean' || !Array.isArray(v.roads) || !v.roads.every((r) => typeof r === 'string' && isSlug(r))) {
    return void sink.error('described_edges', `expected {river: boolean, roads: [road ids]}, got ${describe(v)}`);
  }
  return { river: v.river, roads: v.roads as string[] };
}

function readBoolean(v: unknown, field: string, sink: ProblemSink): boolean | undefined {
  if (typeof v !== 'boolean') return void sink.error(field, `expected true or false, got ${describe(v)}`);
  return v;
}

function readAnchor(v: unknown, sink: ProblemSink): [number, number] | undefined {
  if (Array.isArray(v) && v.length !== 2) return void sink.error('anchor', 'expected exactly [lon, lat]');
  const p = readPosition(v, 'anchor', sink);
  return p ? [p[0] ?? 0, p[1] ?? 0] : undefined;
}

/** Checks every property; returns typed properties or undefined (errors in `sink`). */
function readProperties(p: Record<string, unknown>, sink: FeatureSink, part: ZonePart): ZoneProperties | undefined {
  for (const key of Object.keys(p)) if (!KNOWN_PROPERTIES.includes(key)) sink.warn(key, 'unknown property (ignored)');
  const id = readText(p.id, 'id', sink);
  if (id !== undefined && !isSlug(id)) sink.error('id', `"${id}" is not an ASCII slug (a-z, 0-9, single hyphens)`);
  const official_area_ha = p.official_area_ha === null ? null : readNumber(p.official_area_ha, 'official_area_ha', sink, Number.MIN_VALUE, 1e7);
  const area_source = readSourceOrNull(p.area_source, 'area_source', sink);
  if (official_area_ha !== undefined && area_source !== undefined && (official_area_ha === null) !== (area_source === null)) {
    sink.error('area_source', official_area_ha === null ? 'must be null when official_area_ha is null' : 'official_area_ha needs a source');
  }
  const occupancy_pct = p.occupancy_pct === null ? null : readNumber(p.occupancy_pct, 'occupancy_pct', sink, 0, 100);
  const occupancy_source = readSourceOrNull(p.occupancy_source, 'occupancy_source', sink);
  if (occupancy_pct !== undefined && occupancy_source !== undefined && (occupancy_pct === null) !== (occupancy_source === null)) {
    sink.error('occupancy_source', occupancy_pct === null ? 'must be null when occupancy_pct is null' : 'occupancy_pct needs a source');
  }
  const updated = typeof p.updated === 'string' && FULL_DATE.test(p.updated) ? readDate(p.updated, 'updated', sink) : void sink.error('updated', `expected YYYY-MM-DD, got ${describe(p.updated)}`);
  const stage = readEnum(p.stage, 'stage', sink, STAGES);
  const bilingual = (x: unknown, f: string) => readBilingual(x, f, sink);
  // The core file leaves the long-form texts out; they arrive with the whole file (`zone_core.ts`).
  const details = part === 'core' ? detailPlaceholders() : {
    stage_note: readBilingual(p.stage_note, 'stage_note', sink),
    stage_history: readStageHistory(p.stage_history, stage, sink),
    area_variants: readList(p.area_variants, 'area_variants', sink, (x, f) => readVariant(x, f, sink)),
    along: readSourcedOrNull(p.along, 'along', sink, bilingual),
    geometry_note: readBilingual(p.geometry_note, 'geometry_note', sink),
    position_note: readBilingual(p.position_note, 'position_note', sink),
    described_edges: readDescribedEdges(p.described_edges, sink),
    established_year: readSourcedOrNull(p.established_year, 'established_year', sink, (x, f) => readYear(x, f, sink)),
    developer: readSourcedOrNull(p.developer, 'developer', sink, bilingual),
    sectors: readSourcedOrNull(p.sectors, 'sectors', sink, bilingual),
    facts: readList(p.facts, 'facts', sink, (x, f) => readFact(x, f, sink)),
  };
  const props = {
    id,
    kind: readEnum(p.kind, 'kind', sink, KINDS),
    name: readBilingual(p.name, 'name', sink),
    short_name: readBilingual(p.short_name, 'short_name', sink),
    stage,
    stage_date: readDate(p.stage_date, 'stage_date', sink),
    official_area_ha,
    area_source,
    old_district: readBilingual(p.old_district, 'old_district', sink),
    old_communes: readBilingual(p.old_communes, 'old_communes', sink),
    new_communes: readBilingual(p.new_communes, 'new_communes', sink),
    geometry_quality: readEnum(p.geometry_quality, 'geometry_quality', sink, GEOMETRY_QUALITIES),
    shape_sized_to_official: readBoolean(p.shape_sized_to_official, 'shape_sized_to_official', sink),
    position_uncertainty_m: readNumber(p.position_uncertainty_m, 'position_uncertainty_m', sink, 1, MAX_UNCERTAINTY_M),
    anchor: readAnchor(p.anchor, sink),
    occupancy_pct,
    occupancy_source,
    updated,
    ...details,
  };
  if (sink.failed || Object.values(props).some((v) => v === undefined)) return undefined;
  return props as ZoneProperties;
}

/**
 * Validates one feature. `index` labels problems (`#3`) until the feature's id is known.
 * Returns the typed feature, or null when any error was found. `part: 'core'` reads a feature of the core file.
 */
export function parseZoneFeature(raw: unknown, index: number, part: ZonePart = 'whole'): { feature: ZoneFeature | null; problems: Problem[] } {
  const sink = new FeatureSink(`#${index}`);
  if (!isRecord(raw) || raw.type !== 'Feature') {
    sink.error('type', `expected a GeoJSON Feature, got ${isRecord(raw) ? describe(raw.type) : describe(raw)}`);
    return { feature: null, problems: sink.problems };
  }
  const p = raw.properties;
  if (isRecord(p) && typeof p.id === 'string' && p.id !== '') sink.label = p.id;
  const geometry = readGeometry(raw.geometry, sink);
  if (!isRecord(p)) {
    sink.error('properties', `expected an object, got ${describe(p)}`);
    return { feature: null, problems: sink.problems };
  }
  const properties = readProperties(p, sink, part);
  if (raw.id !== undefined && raw.id !== p.id) sink.error('id', `feature id ${describe(raw.id)} differs from properties.id ${describe(p.id)}`);
  if (!geometry || !properties || sink.failed) return { feature: null, problems: sink.problems };
  return { feature: { type: 'Feature', id: properties.id, properties, geometry }, problems: sink.problems };
}

/**
 * Validates a zone FeatureCollection. Returns every valid feature (in file order) and all problems;
 * invalid features and repeated ids are dropped with error problems. `part: 'core'` reads the core file
 * (`zone_core.ts`): its features' long-form texts are stand-ins until the whole file is read.
 */
export function parseZoneCollection(raw: unknown, part: ZonePart = 'whole'): { features: ZoneFeature[]; problems: Problem[] } {
  if (!isRecord(raw) || raw.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    const message = !isRecord(raw) ? `expected a GeoJSON FeatureCollection, got ${describe(raw)}`
      : raw.type !== 'FeatureCollection' ? `expected type "FeatureCollection", got ${describe(raw.type)}`
        : 'features must be an array';
    return { features: [], problems: [{ feature: '(collection)', field: isRecord(raw) && raw.type === 'FeatureCollection' ? 'features' : 'type', message, severity: 'error' }] };
  }
  const features: ZoneFeature[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  raw.features.forEach((item, i) => {
    const result = parseZoneFeature(item, i, part);
    problems.push(...result.problems);
    const f = result.feature;
    if (!f) return;
    if (seen.has(f.properties.id)) {
      problems.push({ feature: f.properties.id, field: 'id', message: `duplicate id (feature #${i} dropped)`, severity: 'error' });
      return;
    }
    seen.add(f.properties.id);
    features.push(f);
  });
  return { features, problems };
}
