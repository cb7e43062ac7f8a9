/**
 * From one feature's raw geometry (untrusted JSON) to the raw coordinate arrays of its polygons.
 * Points and lines are skipped; a GeometryCollection (KML MultiGeometry) keeps its polygons and
 * drops the other parts. Collections are walked with an explicit stack and a depth limit.
 */
import type { MessageLog } from './messages.ts';

const POLYGONAL = new Set(['Polygon', 'MultiPolygon']);
const NON_POLYGONAL = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString']);
/** Deepest GeometryCollection nesting followed. */
const MAX_COLLECTION_DEPTH = 8;

/** The raw coordinates of each polygon (an array of rings), still unchecked. */
export type RawPolygons = unknown[];

/** Extraction result: polygons to read, whether parts were dropped, or null if the feature is skipped. */
export interface Extracted {
  polygons: RawPolygons;
  droppedParts: boolean;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Geometry type as text for a message (clipped, since it comes from the file). */
function typeText(v: unknown): string {
  return String(v).slice(0, 40);
}

/**
 * Extracts polygons from `geometry`, logging why a feature is skipped or which parts were dropped.
 * Returns null when nothing polygonal is left (the caller counts the feature as skipped).
 */
export function extractPolygons(geometry: unknown, label: string, log: MessageLog): Extracted | null {
  if (geometry === null || geometry === undefined) {
    log.add('no-geometry', label, 'skipped');
    return null;
  }
  const polygons: RawPolygons = [];
  const dropped = new Map<string, number>();
  const stack: Array<{ g: unknown; depth: number }> = [{ g: geometry, depth: 0 }];
  while (stack.length > 0) {
    const { g, depth } = stack.pop() ?? { g: null, depth: 0 };
    const type = isRecord(g) ? g['type'] : undefined;
    if (!isRecord(g) || typeof type !== 'string') {
      log.add('geometry-unknown-type', label, 'rejected', { type: typeText(type ?? g) });
      return null;
    }
    if (type === 'GeometryCollection') {
      const members = g['geometries'];
      if (!Array.isArray(members) || depth >= MAX_COLLECTION_DEPTH) {
        log.add('geometry-invalid', label, 'rejected', { path: 'geometry.geometries' });
        return null;
      }
      for (let i = members.length - 1; i >= 0; i--) stack.push({ g: members[i], depth: depth + 1 });
    } else if (POLYGONAL.has(type)) {
      if (type === 'Polygon') polygons.push(g['coordinates']);
      else if (Array.isArray(g['coordinates'])) polygons.push(...(g['coordinates'] as unknown[]));
      else {
        log.add('geometry-invalid', label, 'rejected', { path: 'geometry.coordinates' });
        return null;
      }
    } else if (NON_POLYGONAL.has(type)) {
      dropped.set(type, (dropped.get(type) ?? 0) + 1);
    } else {
      log.add('geometry-unknown-type', label, 'rejected', { type: typeText(type) });
      return null;
    }
  }
  const droppedTypes = [...dropped.keys()].join(', ');
  if (polygons.length === 0) {
    const isCollection = isRecord(geometry) && geometry['type'] === 'GeometryCollection';
    log.add('not-polygon', label, 'skipped', { type: isCollection ? `GeometryCollection (${droppedTypes || '∅'})` : droppedTypes });
    return null;
  }
  if (dropped.size > 0) {
    const count = [...dropped.values()].reduce((a, b) => a + b, 0);
    log.add('collection-parts-dropped', label, 'dropped-part', { count, types: droppedTypes });
  }
  return { polygons, droppedParts: dropped.size > 0 };
}
