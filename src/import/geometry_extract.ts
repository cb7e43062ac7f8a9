/**
 * From one feature's raw geometry (untrusted JSON) to the raw coordinate arrays of its polygons.
 * Points and lines are skipped; a GeometryCollection (KML MultiGeometry) keeps its polygons and
 * drops the other parts. Collections are walked with an explicit stack and a depth limit. Coordinates
 * nested one level off are read as meant (with a warning); empty ones are said to be empty.
 */
import type { MessageLog } from './messages.ts';

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

/** How deep arrays nest along first elements, and what ends that chain: a number, an empty array or anything else. */
function nesting(v: unknown): { depth: number; leaf: 'number' | 'empty' | 'other' } {
  let depth = 0;
  for (let x = v; Array.isArray(x); x = x[0] as unknown) { // acyclic, and no deeper than the reader's limit
    depth++;
    if (x.length === 0) return { depth, leaf: 'empty' };
    if (typeof x[0] === 'number') return { depth, leaf: 'number' };
  }
  return { depth, leaf: 'other' };
}

/** Array levels down to a number in each type's coordinates: polygon → ring → position → number. */
const DEPTH = { Polygon: 3, MultiPolygon: 4 } as const;

/** One polygon's raw rings, and where they are in the geometry (for messages). */
interface RawPolygon {
  rings: unknown;
  path: string;
}

/**
 * The polygons of one Polygon or MultiPolygon; null when it is rejected (logged). Coordinates nested one level
 * off are read as what their nesting shows, with a warning: a Polygon nested like a MultiPolygon as one, a bare
 * ring as a Polygon with that ring, a MultiPolygon nested like a Polygon as a Polygon. These readings are
 * unambiguous; any other depth is rejected.
 */
function polygonsOf(type: keyof typeof DEPTH, coords: unknown, prefix: string, label: string, log: MessageLog): RawPolygon[] | null {
  const path = `${prefix}coordinates`;
  if (!Array.isArray(coords)) {
    log.add('geometry-invalid', label, 'rejected', { path });
    return null;
  }
  if (coords.length === 0) return [{ rings: coords, path }];
  const { depth, leaf } = nesting(coords);
  let multi = type === 'MultiPolygon';
  let rings: unknown[] = coords;
  if (leaf === 'number' && depth !== DEPTH[type]) {
    if (type === 'Polygon' && depth === 4) {
      log.add('polygon-nested-too-deep', label, 'renested');
      multi = true;
    } else if (type === 'Polygon' && depth === 2) {
      log.add('polygon-nested-too-shallow', label, 'renested');
      rings = [coords];
    } else if (type === 'MultiPolygon' && depth === 3) {
      log.add('multipolygon-nested-too-shallow', label, 'renested');
      multi = false;
    } else {
      log.add('coordinates-nesting', label, 'rejected', { type, n: depth, expected: DEPTH[type] });
      return null;
    }
  }
  return multi ? rings.map((r, i) => ({ rings: r, path: `${path}[${i}]` })) : [{ rings, path }];
}

/** A polygon with nothing in it: `[]`, or rings that are all `[]` (RFC 7946 §3.1 lets such geometry read as null). */
function isEmptyPolygon(p: RawPolygon): boolean {
  return Array.isArray(p.rings) && p.rings.every((r) => Array.isArray(r) && r.length === 0);
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
  const polygons: RawPolygon[] = [];
  const dropped = new Map<string, number>();
  const stack: Array<{ g: unknown; depth: number; prefix: string }> = [{ g: geometry, depth: 0, prefix: '' }];
  while (stack.length > 0) {
    const { g, depth, prefix } = stack.pop() ?? { g: null, depth: 0, prefix: '' };
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
      for (let i = members.length - 1; i >= 0; i--) stack.push({ g: members[i], depth: depth + 1, prefix: `${prefix}geometries[${i}].` });
    } else if (type === 'Polygon' || type === 'MultiPolygon') {
      const found = polygonsOf(type, g['coordinates'], prefix, label, log);
      if (!found) return null;
      polygons.push(...found);
    } else if (NON_POLYGONAL.has(type)) {
      dropped.set(type, (dropped.get(type) ?? 0) + 1);
    } else {
      log.add('geometry-unknown-type', label, 'rejected', { type: typeText(type) });
      return null;
    }
  }
  const droppedTypes = [...dropped.keys()].join(', ');
  const isCollection = isRecord(geometry) && geometry['type'] === 'GeometryCollection';
  if (polygons.length === 0) {
    log.add('not-polygon', label, 'skipped', { type: isCollection ? `GeometryCollection (${droppedTypes || '∅'})` : droppedTypes });
    return null;
  }
  if (dropped.size > 0) {
    const count = [...dropped.values()].reduce((a, b) => a + b, 0);
    log.add('collection-parts-dropped', label, 'dropped-part', { count, types: droppedTypes });
  }
  const filled = polygons.filter((p) => !isEmptyPolygon(p));
  if (filled.length === 0) {
    log.add('empty-coordinates', label, 'skipped', { path: polygons.length === 1 ? (polygons[0]?.path ?? 'coordinates') : 'coordinates' });
    return null;
  }
  for (const p of polygons) if (isEmptyPolygon(p)) log.add('empty-coordinates', label, 'dropped-part', { path: p.path });
  if (isCollection && dropped.size === 0) log.add('collection-unwrapped', label, 'none', { count: filled.length });
  return { polygons: filled.map((p) => p.rings), droppedParts: dropped.size > 0 || filled.length < polygons.length };
}
