/**
 * Converts validated zone features into the flat features the map draws: polygons with the few
 * properties styles need, and one anchor point per feature for markers and labels.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { GeometryQuality, Kind, Stage, ZoneFeature } from '../domain/zone.ts';

/** Flat properties the style expressions read. */
export interface MapZoneProperties {
  id: string;
  kind: Kind;
  stage: Stage;
  /** How sure the shape is: drawn by the outline. */
  quality: GeometryQuality;
  label_vi: string;
  label_en: string;
  /** Label priority: lower draws first (zones by size, then clusters). */
  rank: number;
}

function rankOf(f: ZoneFeature): number {
  const base = f.properties.kind === 'zone' ? 0 : f.properties.kind === 'cluster' ? 1000 : 2000;
  return base + Math.max(0, 999 - Math.round(f.properties.official_area_ha ?? 0) / 10);
}

function flat(f: ZoneFeature): MapZoneProperties {
  const p = f.properties;
  return { id: p.id, kind: p.kind, stage: p.stage, quality: p.geometry_quality, label_vi: p.short_name.vi, label_en: p.short_name.en, rank: rankOf(f) };
}

/** Polygons for the `zones` source; `promoteId: "id"` makes `id` the feature-state key. */
export function toMapPolygons(zones: readonly ZoneFeature[]): FeatureCollection<Polygon | MultiPolygon, MapZoneProperties> {
  return {
    type: 'FeatureCollection',
    features: zones.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: flat(f) })),
  };
}

/** Anchor points for the `zones-points` source. */
export function toMapPoints(zones: readonly ZoneFeature[]): FeatureCollection<Point, MapZoneProperties> {
  return {
    type: 'FeatureCollection',
    features: zones.map((f): Feature<Point, MapZoneProperties> => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: f.properties.anchor },
      properties: flat(f),
    })),
  };
}
