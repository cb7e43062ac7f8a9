/**
 * The 2021–2030 provincial plan's figures (`geodata/plan.json`): how many zones and clusters, how
 * much land, what is established, what is unknown and where sources disagree. Every figure carries
 * its source. `parsePlan()` is the one typed parser for that file.
 */
import type { Bilingual, SourceRef } from './zone.ts';
import {
  isRecord, isSlug, readBilingual, readDate, readNumber, readSource, readSourceOrNull, readText, type ProblemSink,
} from './parse_fields.ts';

/** A count and/or an area from the plan, with what it covers and its source. */
export interface PlanFigure {
  /** Number of zones or clusters; null where only an area is given. */
  count: number | null;
  /** Land in hectares; null where only a count is given. */
  area_ha: number | null;
  note: Bilingual;
  source: SourceRef;
}

/** One of the disagreeing totals, with where it comes from. */
export interface DiscrepancyFigure {
  area_ha: number;
  label: Bilingual;
  source: SourceRef;
}

/** A cluster mentioned by one source but not confirmed and not mapped. */
export interface UnconfirmedCluster {
  name: Bilingual;
  note: Bilingual;
  /** Null where the research notes record no URL; `cited_as` then names the source. */
  source: SourceRef | null;
  cited_as: string;
}

/** The plan's nearer horizon: new parks and expansions to be set up by 2030. */
export interface HorizonFigure extends PlanFigure {
  /** Expansions of existing parks, besides the `count` new ones. */
  expansions: number;
}

/** A dated change to the plan, told with its source. */
export interface PlanEvent {
  note: Bilingual;
  source: SourceRef;
}

/** The contents of `geodata/plan.json`. */
export interface Plan {
  name: Bilingual;
  decision: Bilingual;
  /** What the plan sets for 2030; `zones` and `clusters` are the picture to 2050. */
  horizon_2030: HorizonFigure;
  economic_zone: PlanFigure;
  zones: PlanFigure;
  clusters: PlanFigure;
  /** The established clusters; `ids` are feature ids in `zones.geojson`. */
  established_clusters: PlanFigure & { ids: string[] };
  /** Planned clusters whose names, areas and places are not public. */
  unnamed_clusters: PlanFigure;
  zone_area_discrepancy: { figures: DiscrepancyFigure[]; note: Bilingual };
  unconfirmed_clusters: UnconfirmedCluster[];
  /** Letter 1153/TTg-CN (2018), which reshaped the park plan to 2020. */
  reshuffle_2018: PlanEvent;
  /** Date the figures were last checked (`YYYY-MM-DD`). */
  updated: string;
}

class Collect implements ProblemSink {
  readonly messages: string[] = [];
  error(field: string, message: string): void {
    this.messages.push(`${field}: ${message}`);
  }
  warn(): void {
    // Plan parsing has no warnings.
  }
}

function nullableNumber(v: unknown, field: string, sink: ProblemSink): number | null | undefined {
  return v === null ? null : readNumber(v, field, sink, 0, 1e7);
}

function readFigure(v: unknown, field: string, sink: ProblemSink): PlanFigure | undefined {
  if (!isRecord(v)) return void sink.error(field, 'expected an object');
  const count = nullableNumber(v.count, `${field}.count`, sink);
  const area_ha = nullableNumber(v.area_ha, `${field}.area_ha`, sink);
  const note = readBilingual(v.note, `${field}.note`, sink);
  const source = readSource(v.source, `${field}.source`, sink);
  if (count === undefined || area_ha === undefined || !note || !source) return undefined;
  return { count, area_ha, note, source };
}

function readArray(v: unknown, field: string, sink: ProblemSink): unknown[] {
  if (Array.isArray(v)) return v;
  sink.error(field, 'expected an array');
  return [];
}

/**
 * Validates raw JSON as the plan file and returns it typed. Throws an Error listing every problem
 * (field path and message) when anything is wrong.
 */
export function parsePlan(raw: unknown): Plan {
  const sink = new Collect();
  if (!isRecord(raw)) throw new Error('plan.json: expected a JSON object');
  const established = readFigure(raw.established_clusters, 'established_clusters', sink);
  const ids = readArray(isRecord(raw.established_clusters) ? raw.established_clusters.ids : undefined, 'established_clusters.ids', sink);
  ids.forEach((id, i) => {
    if (typeof id !== 'string' || !isSlug(id)) sink.error(`established_clusters.ids[${i}]`, 'expected a feature id (ASCII slug)');
  });
  const disc = isRecord(raw.zone_area_discrepancy) ? raw.zone_area_discrepancy : {};
  const figures = readArray(disc.figures, 'zone_area_discrepancy.figures', sink).map((f, i) => {
    const field = `zone_area_discrepancy.figures[${i}]`;
    const r = isRecord(f) ? f : {};
    const area_ha = readNumber(r.area_ha, `${field}.area_ha`, sink, 0, 1e7);
    const label = readBilingual(r.label, `${field}.label`, sink);
    const source = readSource(r.source, `${field}.source`, sink);
    return area_ha !== undefined && label && source ? { area_ha, label, source } : undefined;
  });
  const unconfirmed = readArray(raw.unconfirmed_clusters, 'unconfirmed_clusters', sink).map((c, i) => {
    const field = `unconfirmed_clusters[${i}]`;
    const r = isRecord(c) ? c : {};
    const name = readBilingual(r.name, `${field}.name`, sink);
    const note = readBilingual(r.note, `${field}.note`, sink);
    const source = readSourceOrNull(r.source, `${field}.source`, sink);
    const cited_as = readText(r.cited_as, `${field}.cited_as`, sink);
    return name && note && source !== undefined && cited_as !== undefined ? { name, note, source, cited_as } : undefined;
  });
  const horizon = readFigure(raw.horizon_2030, 'horizon_2030', sink);
  const expansions = readNumber(isRecord(raw.horizon_2030) ? raw.horizon_2030.expansions : undefined, 'horizon_2030.expansions', sink, 0, 100);
  const reshuffle = isRecord(raw.reshuffle_2018) ? raw.reshuffle_2018 : {};
  const reshuffleNote = readBilingual(reshuffle.note, 'reshuffle_2018.note', sink);
  const reshuffleSource = readSource(reshuffle.source, 'reshuffle_2018.source', sink);
  const plan = {
    name: readBilingual(raw.name, 'name', sink),
    decision: readBilingual(raw.decision, 'decision', sink),
    horizon_2030: horizon && expansions !== undefined ? { ...horizon, expansions } : undefined,
    reshuffle_2018: reshuffleNote && reshuffleSource ? { note: reshuffleNote, source: reshuffleSource } : undefined,
    economic_zone: readFigure(raw.economic_zone, 'economic_zone', sink),
    zones: readFigure(raw.zones, 'zones', sink),
    clusters: readFigure(raw.clusters, 'clusters', sink),
    established_clusters: established ? { ...established, ids: ids as string[] } : undefined,
    unnamed_clusters: readFigure(raw.unnamed_clusters, 'unnamed_clusters', sink),
    zone_area_discrepancy: { figures: figures as DiscrepancyFigure[], note: readBilingual(disc.note, 'zone_area_discrepancy.note', sink) },
    unconfirmed_clusters: unconfirmed as UnconfirmedCluster[],
    updated: readDate(raw.updated, 'updated', sink),
  };
  if (sink.messages.length > 0) throw new Error(`plan.json: ${sink.messages.join('; ')}`);
  return plan as Plan;
}

/**
 * Cross-checks the plan against the parsed zone features: every established-cluster id must be a
 * cluster in the data, and their number must match the plan's count.
 */
export function checkPlanAgainstZones(plan: Plan, features: { properties: { id: string; kind: string } }[]): string[] {
  const out: string[] = [];
  const kinds = new Map(features.map((f) => [f.properties.id, f.properties.kind]));
  for (const id of plan.established_clusters.ids) {
    if (kinds.get(id) !== 'cluster') out.push(`established_clusters.ids: "${id}" is not a cluster in zones.geojson`);
  }
  if (plan.established_clusters.count !== plan.established_clusters.ids.length) {
    out.push(`established_clusters: count ${String(plan.established_clusters.count)} but ${plan.established_clusters.ids.length} ids`);
  }
  return out;
}
