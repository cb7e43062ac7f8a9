/**
 * Overlap of an imported polygon with the shipped zones, in VN-2000 / TM-3 hectares (the way
 * official figures are computed, `areaVn2000SquareMetres`), and the difference to the official
 * area of the zone it overlaps most. Intersections by the domain's one rule (`intersection`).
 * Runs in its own worker (`overlap.worker.ts`): a boundary of a few hundred thousand vertices is first
 * simplified to `OVERLAP_VERTEX_BUDGET`, and the result says so.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { areaVn2000SquareMetres, compareToOfficial } from '../domain/area.ts';
import { intersection } from '../domain/intersection.ts';
import { simplifyToBudget } from '../domain/simplify.ts';

/**
 * Most positions of an imported outline clipped against the zones; a larger one is simplified first. Clipping
 * costs about 50 µs per position here, so this keeps it near a quarter of a second; a 200,000-position survey
 * line simplified to it moves by a few metres, which changes an overlap by a few hundredths of a hectare.
 */
export const OVERLAP_VERTEX_BUDGET = 5_000;

/** A shipped zone as the overlap needs it. */
export interface OverlapZone {
  id: string;
  geometry: Polygon | MultiPolygon;
  /** Official area in hectares, or null where none is published. */
  officialHa: number | null;
  /** Whether its area may be compared with the import's (not the economic zone, a 40,000 ha backdrop). */
  comparable: boolean;
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
export function overlapWithZones(
  imported: Polygon | MultiPolygon,
  zones: readonly OverlapZone[],
  importedM2: number = areaVn2000SquareMetres(imported),
): ZoneOverlap[] {
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

/** Compares `importedM2` with the official area of the most-overlapped comparable zone (`overlaps` sorted largest first); null if none. */
export function compareWithMostOverlapped(
  importedM2: number,
  zones: readonly OverlapZone[],
  overlaps: readonly ZoneOverlap[],
): BestZoneComparison | null {
  const zone = overlaps.map((o) => zones.find((z) => z.id === o.id)).find((z) => z?.comparable);
  if (!zone) return null;
  const diff = compareToOfficial(importedM2, zone.officialHa);
  return {
    id: zone.id, importedHa: importedM2 / 10_000, officialHa: zone.officialHa,
    diffHa: diff?.diffHa ?? null, diffPct: diff?.diffPct ?? null,
  };
}

/** Everything the detail card shows about an import's overlap. */
export interface OverlapAnalysis {
  overlaps: ZoneOverlap[];
  best: BestZoneComparison | null;
  /** Set when the outline was simplified to the vertex budget before clipping: positions before and after, tolerance (m). */
  simplified: { from: number; to: number; toleranceM: number } | null;
}

/**
 * Overlaps and the area comparison for one imported feature whose own area (VN-2000, m², measured on the full
 * outline) is `importedM2`. Above `budget` positions the outline is simplified for the clipping only.
 */
export function analyseOverlap(
  imported: Polygon | MultiPolygon,
  importedM2: number,
  zones: readonly OverlapZone[],
  budget: number = OVERLAP_VERTEX_BUDGET,
): OverlapAnalysis {
  const simple = simplifyToBudget(imported, budget);
  const overlaps = overlapWithZones(simple?.geometry ?? imported, zones, importedM2);
  return {
    overlaps,
    best: compareWithMostOverlapped(importedM2, zones, overlaps),
    simplified: simple && { from: simple.from, to: simple.to, toleranceM: simple.toleranceM },
  };
}
