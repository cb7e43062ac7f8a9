/**
 * Sizing and placement of indicative polygons: bisection on the VN-2000 / TM-3 area of a shape until it
 * matches a target area, and a deterministic outward spiral search for the nearest position where a
 * block lies inside the province outline without overlapping the blocks placed before it.
 */
import { areaVn2000SquareMetres } from '../../src/domain/area.ts';
import intersect from '@turf/intersect';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { sharedAreaM2 } from '../../src/domain/zone_checks.ts';
import { bandRing, blockRing, rotate, toLonLat, toMetres, type BeltShape, type BlockShape } from './shapes.ts';

/** Area below which an intersection counts as "touching", not overlapping (m²). */
const TOUCH_M2 = 1;
/** Spiral search: step between rings (m), furthest shift tried (m), directions per ring. */
const STEP_M = 100;
const MAX_SHIFT_M = 8000;
const DIRECTIONS = 24;

type Area = Feature<Polygon | MultiPolygon>;

/**
 * Area of a polygon or multipolygon in square metres, the way the app's headline "computed area"
 * is measured: planar VN-2000 / TM-3 (central meridian 105°30′), as Vietnamese planning figures are.
 */
export function areaM2(geometry: Polygon | MultiPolygon): number {
  return areaVn2000SquareMetres(geometry);
}

/** Area shared by two shapes, m² (0 when disjoint). */
export const sharedM2 = sharedAreaM2;

function toFeature(g: Polygon | MultiPolygon): Area {
  return { type: 'Feature', properties: {}, geometry: g };
}

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
}

/** What a placement test must respect: the outline to stay in and the shapes not to overlap. */
export interface Constraints {
  outline: Polygon | MultiPolygon;
  taken: (Polygon | MultiPolygon)[];
}

/**
 * True when `g` lies inside the outline and overlaps none of `taken`. "Inside" allows rounding
 * slivers: at most 1 m² or one millionth of the shape's area outside, whichever is larger.
 */
export function fits(g: Polygon | MultiPolygon, c: Constraints): boolean {
  const total = areaM2(g);
  if (total - sharedM2(g, c.outline) > Math.max(TOUCH_M2, total * 1e-6)) return false;
  return c.taken.every((t) => sharedM2(g, t) <= TOUCH_M2);
}

function blockPolygon(shape: BlockShape, length: number, centre: [number, number]): Polygon {
  return turfPolygon([blockRing(shape, length, centre)]).geometry;
}

/**
 * Sizes a block to `target_m2` and moves it from `anchor` along an outward spiral (100 m rings,
 * 24 bearings, north first, clockwise) to the first position that `fits`. Throws if none within 8 km.
 */
export function placeBlock(shape: BlockShape, anchor: [number, number], target_m2: number, c: Constraints): PlacedBlock {
  const sized = (centre: [number, number]) => bisect((s) => blockPolygon(shape, s, centre), target_m2, 1, 200000);
  for (let r = 0; r <= MAX_SHIFT_M; r += STEP_M) {
    const bearings = r === 0 ? 1 : DIRECTIONS;
    for (let k = 0; k < bearings; k += 1) {
      const b = (k * 360) / DIRECTIONS;
      const centre = toLonLat(anchor, rotate([0, r], b)) as [number, number];
      const { s, geometry } = sized(centre);
      if (fits(geometry, c)) return { centre, shape, length_m: s, geometry };
    }
  }
  throw new Error(`placeBlock: no position within ${MAX_SHIFT_M} m of ${anchor.join(',')} fits`);
}

/**
 * Builds a rectangle on the side of `parent` that faces the parent's rotation bearing, as wide as
 * the parent, `gap_m` away from it, and as deep as needed for `target_m2`. Throws if it does not fit.
 */
export function placeAdjoining(parent: PlacedBlock, gap_m: number, target_m2: number, c: Constraints): PlacedBlock {
  const width = parent.length_m * parent.shape.aspect;
  const rot = parent.shape.rotation_deg;
  const build = (depth: number) => {
    const centre = toLonLat(parent.centre, rotate([0, parent.length_m / 2 + gap_m + depth / 2], rot)) as [number, number];
    const shape: BlockShape = { kind: 'rect', aspect: width / depth, rotation_deg: rot };
    return { centre, shape, geometry: blockPolygon(shape, depth, centre) };
  };
  const { s } = bisect((d) => build(d).geometry, target_m2, 1, 100000);
  const block = build(s);
  if (!fits(block.geometry, c)) throw new Error('placeAdjoining: the adjoining block leaves the outline or overlaps');
  return { ...block, length_m: s };
}

/**
 * Builds a coastal belt: a band `seaward_km` out to sea and `depth` inland of the spine, clipped
 * to the outline, with the depth found by bisection so the clipped area is `target_m2`.
 */
export function placeBelt(shape: BeltShape, target_m2: number, outline: Polygon | MultiPolygon): { geometry: Polygon | MultiPolygon; depth_m: number } {
  const build = (depth: number): Polygon | MultiPolygon => {
    const band = turfPolygon([bandRing(shape.spine, shape.seaward_km * 1000, depth)]).geometry;
    const clipped = intersect(featureCollection<Polygon | MultiPolygon>([toFeature(band), toFeature(outline)]));
    if (!clipped) throw new Error('placeBelt: belt misses the outline');
    return clipped.geometry;
  };
  const { s, geometry } = bisect(build, target_m2, 100, 40000);
  return { geometry, depth_m: s };
}

/** Distance (m) and bearing (degrees clockwise from north) from `from` to `to`, on the local plane. */
export function offsetOf(from: [number, number], to: Position): { metres: number; bearing: number } {
  const [x, y] = toMetres(from, to);
  const bearing = ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
  return { metres: Math.hypot(x, y), bearing };
}
