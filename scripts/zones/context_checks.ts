/**
 * How a shape sits among the layers the map itself draws: the basemap's GSHHG land and water, the
 * schematic roads of `geodata/roads.geojson` and the town points of `geodata/places.geojson`. Pure
 * functions used by `make_zones.ts` (to place indicative shapes) and by `validate_zones.ts` (to check
 * them). Distances are in metres on a local plane around the shape (equirectangular; good to ~0.1 %
 * over the few km involved).
 */
import { intersection } from '../../src/domain/intersection.ts';
import type { Feature, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { areaVn2000SquareMetres } from '../../src/domain/area.ts';
import type { Problem, ZoneFeature } from '../../src/domain/zone.ts';
import { bboxCentre, geometryBbox, M_PER_DEG, pointInPolygonRings, pointInside, polygonsOf, ringsBbox, ringsOf, type XY } from '../../src/domain/geometry.ts';
import { plane, pointSegment, segmentSegment, segmentsMeet } from '../../src/domain/distance.ts';

const centreOf = (g: Polygon | MultiPolygon): XY => bboxCentre(geometryBbox(g));

/** What the map draws that a shape is checked against. */
export interface MapContext {
  /** Land (GSHHG): everything outside it — sea, estuary, wide river channels, lakes — is water. */
  land: Polygon | MultiPolygon;
  /** Schematic roads, each with its `id`. */
  roads: Feature<LineString, { id: string; name: string }>[];
  /** Town and city centres, each with its `id` and `name`. */
  towns: Feature<Point, { id: string; name: string }>[];
}

/**
 * Part of the land near a shape: the land clipped to the shape's bounds grown by `marginM`, so that
 * the checks and the placement search stay fast on the full-resolution shoreline.
 */
export function landNear(g: Polygon | MultiPolygon, land: Polygon | MultiPolygon, marginM = 3000): Polygon | MultiPolygon | null {
  const [a, b, c, d] = geometryBbox(g);
  const dLat = marginM / M_PER_DEG;
  const dLon = marginM / (M_PER_DEG * Math.cos((((b + d) / 2) * Math.PI) / 180));
  const box: Polygon = { type: 'Polygon', coordinates: [[[a - dLon, b - dLat], [c + dLon, b - dLat], [c + dLon, d + dLat], [a - dLon, d + dLat], [a - dLon, b - dLat]]] };
  return intersection(box, land);
}

/** Share (0–1) of the shape's area that lies on land. */
export function landShare(g: Polygon | MultiPolygon, land: Polygon | MultiPolygon): number {
  const total = areaVn2000SquareMetres(g);
  if (total <= 0) return 0;
  const local = landNear(g, land, 200);
  if (!local) return 0;
  const onLand = intersection(g, local);
  return onLand ? Math.min(1, areaVn2000SquareMetres(onLand) / total) : 0;
}

/**
 * Shortest distance (m) from the shape's outline to the water's edge — the land boundary of GSHHG:
 * river bank, coast or lake shore — looking no further than `searchM`. `Infinity` when none is that close.
 */
export function waterEdgeDistanceM(g: Polygon | MultiPolygon, land: Polygon | MultiPolygon, searchM = 5000): number {
  const to = plane(centreOf(g));
  const shape = ringsOf(g).map((r) => r.map(to));
  const [minX, minY, maxX, maxY] = ringsBbox(shape);
  let best = Infinity;
  for (const ring of ringsOf(land)) {
    for (let i = 0; i + 1 < ring.length; i += 1) {
      const a = to(ring[i]!);
      const b = to(ring[i + 1]!);
      if (Math.max(a[0], b[0]) < minX - searchM || Math.min(a[0], b[0]) > maxX + searchM) continue;
      if (Math.max(a[1], b[1]) < minY - searchM || Math.min(a[1], b[1]) > maxY + searchM) continue;
      for (const r of shape) {
        for (let k = 0; k + 1 < r.length; k += 1) best = Math.min(best, segmentSegment(a, b, r[k]!, r[k + 1]!));
      }
    }
  }
  return best <= searchM ? best : Infinity;
}

/** Ids of the roads that cross the shape or run inside it (among `ids`, or all roads when omitted). */
export function roadsThrough(g: Polygon | MultiPolygon, roads: MapContext['roads'], ids?: readonly string[]): string[] {
  const to = plane(centreOf(g));
  const polys = polygonsOf(g).map((rings) => rings.map((r) => r.map(to)));
  const edges = polys.flat();
  const out: string[] = [];
  for (const road of roads) {
    if (ids && !ids.includes(road.properties.id)) continue;
    const line = road.geometry.coordinates.map(to);
    const hit = line.some((p) => polys.some((rings) => pointInPolygonRings(p[0], p[1], rings))) ||
      line.some((p, i) => i > 0 && edges.some((r) => r.some((q, k) => k > 0 && segmentsMeet(line[i - 1]!, p, r[k - 1]!, q))));
    if (hit) out.push(road.properties.id);
  }
  return out;
}

/** Ids of the town and city centres that lie inside the shape. */
export function townsInside(g: Polygon | MultiPolygon, towns: MapContext['towns']): string[] {
  return towns.filter((t) => pointInside(t.geometry.coordinates, g)).map((t) => t.properties.id);
}

/**
 * Bearing (degrees clockwise from north, 0–360) of the water's edge nearest to `pt`: the summed
 * direction of the land boundary within `reachM` of its nearest point, so that small wiggles of the
 * shoreline do not turn it. Null when the land has no boundary.
 */
export function nearestWaterBearing(pt: Position, land: Polygon | MultiPolygon, reachM = 1500): number | null {
  const to = plane(pt);
  let best = Infinity;
  let bestRing: XY[] | null = null;
  let foot: XY = [0, 0];
  for (const ring of ringsOf(land)) {
    const r = ring.map(to);
    for (let i = 0; i + 1 < r.length; i += 1) {
      const a = r[i]!;
      const b = r[i + 1]!;
      const d = pointSegment([0, 0], a, b);
      if (d < best) {
        best = d;
        bestRing = r;
        foot = a;
      }
    }
  }
  if (!bestRing) return null;
  let sx = 0;
  let sy = 0;
  for (let i = 0; i + 1 < bestRing.length; i += 1) {
    const a = bestRing[i]!;
    const b = bestRing[i + 1]!;
    if (Math.hypot(a[0] - foot[0], a[1] - foot[1]) > reachM) continue;
    sx += b[0] - a[0];
    sy += b[1] - a[1];
  }
  if (sx === 0 && sy === 0) return null;
  return ((Math.atan2(sx, sy) * 180) / Math.PI + 360) % 360;
}

/** Share of a park's or cluster's footprint that must lie on land. */
export const MIN_LAND_SHARE = 0.99;
/** A river-side edge lies within this distance of the water (m). */
export const RIVER_EDGE_MAX_M = 150;

/**
 * Checks each footprint of a zone or cluster against the layers the map draws, each problem naming
 * the feature and what is wrong: at least 99 % on land; beside the river (an edge within 150 m of the
 * water) when its description says so; not crossed by a road its description names as an edge (and
 * that road exists); no town centre inside. Location-only discs and the economic zone are not
 * footprints and are skipped. For a surveyed boundary these are warnings: the map's layers are generalised
 * (a 90 m shoreline, schematic roads, approximate town centres), and a surveyed table is the better word.
 */
export function checkMapContext(features: readonly ZoneFeature[], ctx: MapContext): Problem[] {
  const out: Problem[] = [];
  const roadIds = new Set(ctx.roads.map((r) => r.properties.id));
  for (const f of features) {
    const p = f.properties;
    for (const id of p.described_edges.roads) {
      if (!roadIds.has(id)) out.push({ feature: p.id, field: 'described_edges.roads', message: `no road "${id}" in geodata/roads.geojson`, severity: 'error' });
    }
    const severity = p.geometry_quality === 'surveyed' ? 'warning' : 'error';
    const err = (field: string, message: string): void => void out.push({ feature: p.id, field, message, severity });
    if (p.kind === 'economic-zone' || p.geometry_quality === 'location-only') continue;
    const land = landNear(f.geometry, ctx.land, 1000);
    const share = land ? landShare(f.geometry, land) : 0;
    if (share < MIN_LAND_SHARE) err('geometry', `only ${(share * 100).toFixed(1)} % of the shape lies on land (GSHHG); at least ${MIN_LAND_SHARE * 100} % is needed`);
    if (p.described_edges.river) {
      // The whole land, not the clipped piece: a clip's cut edges are not water.
      const d = waterEdgeDistanceM(f.geometry, ctx.land, 5000);
      if (d > RIVER_EDGE_MAX_M) err('described_edges.river', `described as river-side, but its nearest edge is ${Number.isFinite(d) ? `${Math.round(d)} m` : 'more than 5 km'} from the water (at most ${RIVER_EDGE_MAX_M} m)`);
    }
    const crossing = roadsThrough(f.geometry, ctx.roads, p.described_edges.roads);
    if (crossing.length > 0) err('described_edges.roads', `crossed by ${crossing.join(', ')}, which its description names as an edge`);
    const towns = townsInside(f.geometry, ctx.towns);
    if (towns.length > 0) err('geometry', `covers the town centre of ${towns.map((id) => ctx.towns.find((t) => t.properties.id === id)?.properties.name ?? id).join(', ')}`);
  }
  return out;
}
