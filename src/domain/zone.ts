/**
 * The zone data model: the typed shape of every feature in `geodata/zones.geojson`.
 * Documented field by field in `geodata/README.md`; enforced by `parseZoneCollection()` in
 * `zone_parser.ts`, which every consumer (app, validator, scripts) goes through.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** Kinds of feature: industrial zone (KCN), industrial cluster (CCN), coastal economic zone. */
export const KINDS = ['zone', 'cluster', 'economic-zone'] as const;
export type Kind = (typeof KINDS)[number];

/** Development stage, from most to least advanced. */
export const STAGES = ['operating', 'built', 'planned', 'land-clearance'] as const;
export type Stage = (typeof STAGES)[number];

/** What a `stage_history` entry may record: a stage, or that the feature was dropped from the plan (never the last entry). */
export const HISTORY_STAGES = [...STAGES, 'dropped'] as const;
export type HistoryStage = (typeof HISTORY_STAGES)[number];

/**
 * How sure the shape is, from best to worst. `surveyed`: a real boundary (none today). `described`: drawn
 * from a published boundary description whose named edge (river bank, road) was located on the map's
 * own layers. `indicative`: a plausible footprint around an estimated point. `location-only`: size or
 * place not published — the polygon is a disc of the position's uncertainty, never a footprint, and no
 * area is computed from it.
 */
export const GEOMETRY_QUALITIES = ['surveyed', 'described', 'indicative', 'location-only'] as const;
export type GeometryQuality = (typeof GEOMETRY_QUALITIES)[number];

/** UI and data languages; Vietnamese first. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages, each stored in Unicode NFC. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * A date as precise as the source gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * Approximate source dates are rounded to the month or year the source supports.
 */
export type PartialDate = string;

/**
 * A public source for a figure or a fact. `url` is http(s) only, or null for a source without a
 * recorded public address (the title then says what it is); `date` is null for an undated page
 * (shown as "undated", never as a guessed year).
 */
export interface SourceRef {
  url: string | null;
  title: string;
  date: PartialDate | null;
}

/** A value with the source it comes from. A field that holds null instead means "not published". */
export interface Sourced<T> {
  value: T;
  source: SourceRef;
}

/**
 * One dated step in a feature's history: the stage it was in from `date` on, what happened, and the
 * source. `stage_history` lists them oldest first; the last one's stage is the feature's `stage`.
 */
export interface StageEvent {
  date: PartialDate;
  /** `dropped`: taken out of the plan from `date` on (an entry after it may bring the feature back). */
  stage: HistoryStage;
  text: Bilingual;
  source: SourceRef;
}

/**
 * What a feature's published description names as its edges, among the layers the map draws: the
 * river bank (GSHHG land/water) and schematic roads by their id in `geodata/roads.geojson`. The data
 * checks keep such an edge within reach of the shape (river) or outside it (roads).
 */
export interface DescribedEdges {
  river: boolean;
  roads: string[];
}

/** One published value of an area, with its source, where sources disagree. */
export interface AreaVariant extends SourceRef {
  value_ha: number;
  /** What this figure measures, if not the whole feature (e.g. "industrial land only"). */
  note: Bilingual | null;
}

/** A paraphrased fact with its source (`date` null for an undated page). */
export interface ZoneFact {
  text: Bilingual;
  url: string;
  date: PartialDate | null;
}

/** Properties of one zone, cluster or economic zone. */
export interface ZoneProperties {
  /** Stable ASCII slug, e.g. `an-nghiep`; used in URLs. */
  id: string;
  kind: Kind;
  name: Bilingual;
  /** Short label for the map, e.g. "KCN An Nghiệp". */
  short_name: Bilingual;

  stage: Stage;
  /** Why this stage; says so where the stage is the most conservative guess. */
  stage_note: Bilingual;
  /** Date of the latest source the stage rests on. */
  stage_date: PartialDate;
  /** Dated, sourced stages, oldest first; the last entry's stage equals `stage`. */
  stage_history: StageEvent[];

  /** Official area in hectares; null where no figure is published. */
  official_area_ha: number | null;
  /** Source of `official_area_ha`; null exactly when the area is null. */
  area_source: SourceRef | null;
  /** Every published figure, including the chosen one, where sources disagree. */
  area_variants: AreaVariant[];

  /** Former (before 1 July 2025) district-level unit(s). */
  old_district: Bilingual;
  /** Former commune(s)/ward(s)/town(s). */
  old_communes: Bilingual;
  /** Commune(s)/ward(s) of Cần Thơ city since 1 July 2025. */
  new_communes: Bilingual;
  /** Road and river the feature lies along, with its source; null where not published. */
  along: Sourced<Bilingual> | null;

  geometry_quality: GeometryQuality;
  /** How the shape was made. */
  geometry_note: Bilingual;
  /**
   * True when the shape was scaled until its computed area equals the official figure: its computed
   * area is then not a measurement, and no difference from the official area is shown.
   */
  shape_sized_to_official: boolean;
  /** Radius (m) within which the feature's true position is believed to lie. */
  position_uncertainty_m: number;
  /** How the position and its uncertainty were derived. */
  position_note: Bilingual;
  /** Edges named by the published description, among the map's own layers. */
  described_edges: DescribedEdges;
  /** The researched reference point [lon, lat] the shape is built around. */
  anchor: [number, number];

  established_year: Sourced<number> | null;
  developer: Sourced<Bilingual> | null;
  occupancy_pct: number | null;
  /** Source of `occupancy_pct`; null exactly when occupancy is null. */
  occupancy_source: SourceRef | null;
  sectors: Sourced<Bilingual> | null;
  facts: ZoneFact[];

  /** Date the record was last checked (`YYYY-MM-DD`). */
  updated: string;
}

/** A validated feature: geometry is always a Polygon or MultiPolygon. */
export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProperties> & { id?: string | number };

/** A problem found while parsing: which feature, which field, what is wrong. */
export interface Problem {
  /** Feature id when known, else `#<index>`. */
  feature: string;
  /** Property path, e.g. `stage` or `geometry.coordinates[0]`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}
