/**
 * Sizing and placement of indicative polygons among the layers the map draws. A block is sized by
 * bisection on its VN-2000 / TM-3 area, then searched for along an outward spiral from its anchor
 * (50 m rings, 36 bearings) until it lies on land (GSHHG), holds no town centre, overlaps no shape
 * placed before it, is not crossed by the roads its description names as edges, and — when the
 * description puts it on the river — has an edge within `RIVER_EDGE_M` of the water. Deterministic.
 * The Natural Earth province outline is not a constraint: it is generalised and off by kilometres
 * in places; the validator only warns when a shape leaves it by more than a stated tolerance.
 */
import { areaVn2000SquareMetres } from '../../src/domain/area.ts';
import { polygon as turfPolygon } from '@turf/helpers';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { DescribedEdges } from '../../src/domain/zone.ts';
import { sharedAreaM2 } from '../../src/domain/zone_checks.ts';
import { landNear, landShare, nearestWaterBearing, roadsThrough, townsInside, waterEdgeDistanceM, type MapContext } from './context_checks.ts';
import { bandRing, blockRing, discRing, rotate, toLonLat, toMetres, type BandShape, type BlockShape, type BlockSpec } from './shapes.ts';

/** A river-side edge lies within this distance of the water (m)… */
export const RIVER_EDGE_M = 150;
/** …but not closer than this, so that the whole shape stays on land after rounding (m). */
const RIVER_EDGE_MIN_M = 20;
/** Share of a placed shape that must lie on land (the validator asks ≥ 99 %; placement aims higher). */
const PLACE_LAND_SHARE = 0.999;
/** Area below which an intersection counts as "touching", not overlapping (m²). */
const TOUCH_M2 = 1;
/** Spiral search: step between rings (m), default furthest shift (m), directions per ring. */
const STEP_M = 50;
const DEFAULT_MAX_SHIFT_M = 3000;
const DIRECTIONS = 36;

/**
 * Area of a polygon or multipolygon in square metres, the way the app's headline "computed area"
 * is measured: planar VN-2000 / TM-3 (central meridian 105°30′), as Vietnamese planning figures are.
 */
export function areaM2(geometry: Polygon | MultiPolygon): number {
  return areaVn2000SquareMetres(geometry);
}

/** Area shared by two shapes, m² (0 when disjoint). */
export const sharedM2 = sharedAreaM2;

/**
 * Finds `s` in [lo, hi] such that `areaM2(build(s))` is within `tolerance` (relative) of
 * `target_m2`. Area must grow with `s`. Throws if the bracket does not contain the target.
 */
export function bisect<G extends Polygon | MultiPolygon>(
  build: (s: number) => G, target_m2: number, lo: number, hi: number, tolerance = 1e-6,
): { s: number; geometry: G } {
  if (areaM2(build(lo)) > target_m2 || areaM2(build(hi)) < target_m2) {
    throw new Error(`bisect: target ${target_m2} m² outside [${lo}, ${hi}]`);
  }
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200; i += 1) {
    const mid = (a + b) / 2;
    const g = build(mid);
    const got = areaM2(g);
    if (Math.abs(got - target_m2) / target_m2 < tolerance) return { s: mid, geometry: g };
    if (got < target_m2) a = mid;
    else b = mid;
  }
  throw new Error('bisect: did not converge');
}

/** A placed block, kept so that later blocks can adjoin it. */
export interface PlacedBlock {
  centre: [number, number];
  shape: BlockShape;
  /** Length along the rotated axis, m. */
  length_m: number;
  geometry: Polygon;
  /** What was wrong at the anchor, so that the move is explained (empty when it did not move). */
  moved_because: Misfit[];
}

/** What a placement must respect, besides the map's layers. */
export interface Placement {
  ctx: MapContext;
  /** Shapes placed before, which this one must not overlap. */
  taken: (Polygon | MultiPolygon)[];
  /** Edges the description names. */
  edges: DescribedEdges;
}

/** Why a candidate position fails: a town centre inside, a named road through it, an overlap, the river too far, water. */
export type Misfit = 'town' | 'road' | 'overlap' | 'river' | 'water';

/**
 * What is wrong with a candidate position (empty when it fits). With `all` false it stops at the
 * first problem, cheapest checks first, for the search; with `all` true it lists every problem.
 */
export function misfits(g: Polygon | MultiPolygon, p: Placement, land: Polygon | MultiPolygon, all = false): Misfit[] {
  const out: Misfit[] = [];
  const done = () => !all && out.length > 0;
  if (townsInside(g, p.ctx.towns).length > 0) out.push('town');
  if (done()) return out;
  if (roadsThrough(g, p.ctx.roads, p.edges.roads).length > 0) out.push('road');
  if (done()) return out;
  if (p.taken.some((t) => sharedM2(g, t) > TOUCH_M2)) out.push('overlap');
  if (done()) return out;
  if (p.edges.river) {
    const d = waterEdgeDistanceM(g, land, RIVER_EDGE_M * 3);
    if (!(d >= RIVER_EDGE_MIN_M && d <= RIVER_EDGE_M)) out.push('river');
  }
  if (done()) return out;
  if (landShare(g, land) < PLACE_LAND_SHARE) out.push('water');
  return out;
}

function blockPolygon(shape: BlockShape, length: number, centre: [number, number]): Polygon {
  return turfPolygon([blockRing(shape, length, centre)]).geometry;
}

/** The block's fixed rotation, or for `bank` the bearing of the water's edge nearest the anchor (0–180°). */
export function resolveRotation(spec: BlockSpec, anchor: [number, number], land: Polygon | MultiPolygon): number {
  if (spec.rotation_deg !== 'bank') return spec.rotation_deg;
  const bearing = nearestWaterBearing(anchor, land);
  if (bearing === null) throw new Error(`resolveRotation: no water's edge near ${anchor.join(',')}`);
  return Math.round(bearing) % 180;
}

/**
 * Sizes a block to `target_m2` at its anchor and moves it along an outward spiral (50 m rings,
 * 36 bearings, north first, clockwise) to the nearest position where `misfit` finds nothing; the
 * block is sized again there. Throws, naming the last reason, when no position within
 * `max_shift_m` fits.
 */
export function placeBlock(spec: BlockSpec, anchor: [number, number], target_m2: number, p: Placement): PlacedBlock {
  const maxShift = spec.max_shift_m ?? DEFAULT_MAX_SHIFT_M;
  const probe = blockPolygon({ ...spec, rotation_deg: 0 }, Math.sqrt(target_m2 / spec.aspect), anchor);
  const land = landNear(probe, p.ctx.land, maxShift + 3000);
  if (!land) throw new Error(`placeBlock: no land near ${anchor.join(',')}`);
  const shape: BlockShape = { kind: spec.kind, aspect: spec.aspect, rotation_deg: resolveRotation(spec, anchor, land), ...(spec.corner !== undefined ? { corner: spec.corner } : {}) };
  const { s: length, geometry: atAnchor } = bisect((s) => blockPolygon(shape, s, anchor), target_m2, 1, 200000);
  const moved_because = misfits(atAnchor, p, land, true);
  let reason: Misfit[] = [];
  for (let r = 0; r <= maxShift; r += STEP_M) {
    const bearings = r === 0 ? 1 : DIRECTIONS;
    for (let k = 0; k < bearings; k += 1) {
      const centre = toLonLat(anchor, rotate([0, r], (k * 360) / DIRECTIONS)) as [number, number];
      reason = misfits(blockPolygon(shape, length, centre), p, land);
      if (reason.length > 0) continue;
      const sized = bisect((s) => blockPolygon(shape, s, centre), target_m2, 1, 200000);
      if (misfits(sized.geometry, p, land).length === 0) return { centre, shape, length_m: sized.s, geometry: sized.geometry, moved_because };
    }
  }
  throw new Error(`placeBlock: no position within ${maxShift} m of ${anchor.join(',')} fits (last: ${reason.join(', ')})`);
}

/**
 * Builds a rectangle on one side of `parent` (`side_deg` relative to its long axis), as wide as that
 * side, `gap_m` away, and as deep as needed for `target_m2`. Throws, with the reason, if it does not fit.
 */
export function placeAdjoining(parent: PlacedBlock, side_deg: number, gap_m: number, target_m2: number, p: Placement): PlacedBlock {
  const along = side_deg % 180 === 0;
  const width = along ? parent.length_m * parent.shape.aspect : parent.length_m;
  const half = along ? parent.length_m / 2 : (parent.length_m * parent.shape.aspect) / 2;
  const bearing = (parent.shape.rotation_deg + side_deg) % 360;
  const build = (depth: number) => {
    const centre = toLonLat(parent.centre, rotate([0, half + gap_m + depth / 2], bearing)) as [number, number];
    const shape: BlockShape = { kind: 'rect', aspect: width / depth, rotation_deg: bearing };
    return { centre, shape, geometry: blockPolygon(shape, depth, centre) };
  };
  const { s } = bisect((d) => build(d).geometry, target_m2, 1, 100000);
  const block = build(s);
  const land = landNear(block.geometry, p.ctx.land, 2000);
  const why = land ? misfits(block.geometry, p, land, true) : ['water'];
  if (why.length > 0) throw new Error(`placeAdjoining: the adjoining block does not fit: ${why.join(', ')}`);
  return { ...block, length_m: s, moved_because: [] };
}

/** A band centred on its spine, its half-width found by bisection so its area is `target_m2`. */
export function placeBand(shape: BandShape, target_m2: number): { geometry: Polygon; half_width_m: number } {
  const build = (half: number): Polygon => turfPolygon([bandRing(shape.spine, half, half)]).geometry;
  const { s, geometry } = bisect(build, target_m2, 100, 60000);
  return { geometry, half_width_m: s };
}

/** The disc of a location-only feature. */
export function discPolygon(anchor: [number, number], radius_m: number): Polygon {
  return { type: 'Polygon', coordinates: [discRing(anchor, radius_m)] };
}

/** Distance (m) and bearing (degrees clockwise from north) from `from` to `to`, on the local plane. */
export function offsetOf(from: [number, number], to: Position): { metres: number; bearing: number } {
  const [x, y] = toMetres(from, to);
  const bearing = ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
  return { metres: Math.hypot(x, y), bearing };
}
