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

/** How the polygon was made. Nothing is `surveyed` today. */
export const GEOMETRY_QUALITIES = ['surveyed', 'described', 'indicative'] as const;
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

/** A public source for a figure or a fact. `url` is http(s) only. */
export interface SourceRef {
  url: string;
  title: string;
  date: PartialDate;
}

/** One published value of an area, with its source, where sources disagree. */
export interface AreaVariant extends SourceRef {
  value_ha: number;
  /** What this figure measures, if not the whole feature (e.g. "industrial land only"). */
  note: Bilingual | null;
}

/** A paraphrased fact with its source. */
export interface ZoneFact {
  text: Bilingual;
  url: string;
  date: PartialDate;
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
  /** Road and river the feature lies along; null where unknown. */
  along: Bilingual | null;

  geometry_quality: GeometryQuality;
  /** How the shape was made and how far to trust its position. */
  geometry_note: Bilingual;
  /** The researched reference point [lon, lat] the shape is built around. */
  anchor: [number, number];

  established_year: number | null;
  developer: Bilingual | null;
  occupancy_pct: number | null;
  /** Source of `occupancy_pct`; null exactly when occupancy is null. */
  occupancy_source: SourceRef | null;
  sectors: Bilingual | null;
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
