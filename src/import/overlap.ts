/**
 * Overlap of an imported polygon with the shipped zones, in VN-2000 / TM-3 hectares (the way
 * official figures are computed, `areaVn2000SquareMetres`), and the difference to the official
 * area of the zone it overlaps most. Intersections by the domain's one rule (`intersection`).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { areaVn2000SquareMetres, compareToOfficial } from '../domain/area.ts';
import { intersection } from '../domain/intersection.ts';

/** A shipped zone as the overlap needs it. */
export interface OverlapZone {
  id: string;
  geometry: Polygon | MultiPolygon;
  /** Official area in hectares, or null where none is published. */
  officialHa: number | null;
}

/** Overlap with one zone: hectares (VN-2000), and as % of the imported and of the zone's computed area. */
export interface ZoneOverlap {
  id: string;
  overlapHa: number;
  pctOfImported: number;
  pctOfZone: number;
}

/**
 * Zones the imported geometry overlaps (overlap > 0), largest overlap first. A zone whose
 * intersection cannot be computed (degenerate geometry) is left out.
 */
export function overlapWithZones(imported: Polygon | MultiPolygon, zones: readonly OverlapZone[]): ZoneOverlap[] {
  const importedM2 = areaVn2000SquareMetres(imported);
  const out: ZoneOverlap[] = [];
  for (const zone of zones) {
    const shared = intersection(imported, zone.geometry);
    if (!shared) continue;
    const overlapM2 = areaVn2000SquareMetres(shared);
    if (!(overlapM2 > 0)) continue;
    const zoneM2 = areaVn2000SquareMetres(zone.geometry);
    out.push({
      id: zone.id,
      overlapHa: overlapM2 / 10_000,
      pctOfImported: importedM2 > 0 ? (overlapM2 / importedM2) * 100 : 0,
      pctOfZone: zoneM2 > 0 ? (overlapM2 / zoneM2) * 100 : 0,
    });
  }
  return out.sort((a, b) => b.overlapHa - a.overlapHa);
}

/** The imported area against the official area of the zone it overlaps most. */
export interface BestZoneComparison {
  id: string;
  /** Imported feature's VN-2000 area, hectares. */
  importedHa: number;
  officialHa: number | null;
  /** Imported − official (ha, rounded to 0.01) and as % of official; null without an official figure. */
  diffHa: number | null;
  diffPct: number | null;
}

/** Compares with the most-overlapped zone (first of `overlaps`, as `overlapWithZones` sorts them); null if none. */
export function compareWithMostOverlapped(
  imported: Polygon | MultiPolygon,
  zones: readonly OverlapZone[],
  overlaps: readonly ZoneOverlap[] = overlapWithZones(imported, zones),
): BestZoneComparison | null {
  const best = overlaps[0];
  const zone = best && zones.find((z) => z.id === best.id);
  if (!best || !zone) return null;
  const importedM2 = areaVn2000SquareMetres(imported);
  const diff = compareToOfficial(importedM2, zone.officialHa);
  return {
    id: zone.id, importedHa: importedM2 / 10_000, officialHa: zone.officialHa,
    diffHa: diff?.diffHa ?? null, diffPct: diff?.diffPct ?? null,
  };
}
