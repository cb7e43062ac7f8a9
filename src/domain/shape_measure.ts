/**
 * The figures of a shape being drawn or edited: its three areas and perimeter (a polygon) or its length (a
 * line), where its edges cross, and — when it started from a zone or an imported feature — how it compares with
 * that original (overlap and area difference, VN-2000 hectares). The same domain functions as the panel and the
 * area table, so every figure agrees wherever it is shown.
 */
import type { LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { areasOf, areaVn2000SquareMetres, geodesicLengthM, type Areas } from './area.ts';
import { intersection } from './intersection.ts';
import { findCrossing } from './segments.ts';

/** A shape on the drawing board: a polygon (boundary) or a line (a distance measured). */
export type DrawnShape = { kind: 'polygon'; geometry: Polygon } | { kind: 'line'; geometry: LineString };

/** How an edited shape compares with the feature it started from. */
export interface VersusOriginal {
  /** Area shared with the original (VN-2000, ha), as % of the original and of the shape. */
  overlapHa: number;
  pctOfOriginal: number;
  pctOfShape: number;
  /** Shape minus original (VN-2000, ha) and as % of the original. */
  diffHa: number;
  diffPct: number;
}

/** Everything the drawing panel shows about a shape. */
export interface ShapeMeasure {
  /** Unique vertices (a closed ring's repeated first point not counted). */
  vertices: number;
  /** A polygon's three areas (m²); null for a line. */
  areas: Areas | null;
  /** A polygon's perimeter or a line's length, metres (geodesic). */
  lengthM: number;
  /** Where two edges cross (lon, lat), or null. */
  crossing: [number, number] | null;
  versusOriginal: VersusOriginal | null;
}

/** The shape's vertices without a ring's closing repeat. */
export function uniqueVertices(shape: DrawnShape): Position[] {
  if (shape.kind === 'line') return shape.geometry.coordinates;
  const ring = shape.geometry.coordinates[0] ?? [];
  return ring.slice(0, Math.max(0, ring.length - 1));
}

/** Measures a shape, against `original` (the feature it started from) when given. */
export function measureShape(shape: DrawnShape, original: Polygon | MultiPolygon | null = null): ShapeMeasure {
  const vertices = uniqueVertices(shape).length;
  if (shape.kind === 'line') {
    return { vertices, areas: null, lengthM: geodesicLengthM(shape.geometry.coordinates), crossing: null, versusOriginal: null };
  }
  const g = shape.geometry;
  const areas = areasOf(g);
  const crossing = findCrossing([g.coordinates])?.point ?? null;
  let versusOriginal: VersusOriginal | null = null;
  if (original && !crossing) {
    const originalM2 = areaVn2000SquareMetres(original);
    const shared = intersection(g, original);
    const overlapM2 = shared ? areaVn2000SquareMetres(shared) : 0;
    const diffM2 = areas.vn2000M2 - originalM2;
    versusOriginal = {
      overlapHa: overlapM2 / 10_000,
      pctOfOriginal: originalM2 > 0 ? (overlapM2 / originalM2) * 100 : 0,
      pctOfShape: areas.vn2000M2 > 0 ? (overlapM2 / areas.vn2000M2) * 100 : 0,
      diffHa: diffM2 / 10_000,
      diffPct: originalM2 > 0 ? (diffM2 / originalM2) * 100 : 0,
    };
  }
  return { vertices, areas, lengthM: geodesicLengthM(g.coordinates[0] ?? []), crossing, versusOriginal };
}
