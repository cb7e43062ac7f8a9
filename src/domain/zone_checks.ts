/**
 * Geometry and consistency checks over parsed zone features, used by `scripts/validate_zones.ts`
 * (and the data scripts). Pure functions: no file or network access. Each problem names the
 * feature, the field and what is wrong.
 */
import turfArea from '@turf/area';
import turfBbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import intersect from '@turf/intersect';
import kinks from '@turf/kinks';
import { featureCollection } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Problem, ZoneFeature } from './zone.ts';
import type { ProvinceFeature } from './province.ts';
import { areaVn2000SquareMetres } from './area.ts';

/** Thresholds used by the checks. */
export const CHECK_LIMITS = {
  /** Computed vs official area: warn above this relative difference (the aim)… */
  areaWarn: 0.001,
  /** …and fail above this one (for indicative and described shapes, which we size ourselves). */
  areaError: 0.01,
  /** How far (degrees, ~2 km) a shape's bounding box may reach beyond the province's. */
  extentMarginDeg: 0.02,
  /** Shared or outside area below which shapes count as touching, not overlapping (m²). */
  touchM2: 1,
};

/**
 * Signed area of a ring in square degrees (shoelace formula on lon/lat).
 * Positive for counter-clockwise rings (the RFC 7946 exterior orientation).
 */
export function ringSignedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const a = ring[i] ?? [0, 0];
    const b = ring[i + 1] ?? [0, 0];
    sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return sum / 2;
}

/** Computed (spherical, @turf/area) area of a feature in hectares. */
export function computedAreaHa(f: ZoneFeature): number {
  return areaVn2000SquareMetres(f.geometry) / 10000;
}

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function problem(f: ZoneFeature, field: string, message: string, severity: Problem['severity'] = 'error'): Problem {
  return { feature: f.properties.id, field, message, severity };
}

function hasMoreThan6Decimals(n: number): boolean {
  return Math.abs(n * 1e6 - Math.round(n * 1e6)) > 1e-3;
}

/** Rings: closed, at least 4 positions, exterior counter-clockwise and holes clockwise, ≤ 6 decimals. */
export function checkRings(f: ZoneFeature): Problem[] {
  const out: Problem[] = [];
  polygonsOf(f.geometry).forEach((rings, p) => {
    rings.forEach((ring, r) => {
      const field = f.geometry.type === 'Polygon' ? `geometry.coordinates[${r}]` : `geometry.coordinates[${p}][${r}]`;
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) out.push(problem(f, field, 'ring is not closed (first and last positions differ)'));
      if (ring.length < 4) out.push(problem(f, field, `ring has ${ring.length} positions; at least 4 are needed`));
      const signed = ringSignedArea(ring);
      if (r === 0 && signed < 0) out.push(problem(f, field, 'exterior ring is clockwise; RFC 7946 wants counter-clockwise'));
      if (r > 0 && signed > 0) out.push(problem(f, field, 'hole is counter-clockwise; RFC 7946 wants clockwise'));
      if (ring.some((pos) => pos.some(hasMoreThan6Decimals))) out.push(problem(f, field, 'coordinates have more than 6 decimals'));
    });
  });
  return out;
}

/** True when every ring has at least 4 positions and ends where it starts. */
export function ringsAreClosed(f: ZoneFeature): boolean {
  return polygonsOf(f.geometry).every((rings) => rings.every((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return ring.length >= 4 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  }));
}

/** Self-intersections (@turf/kinks), e.g. a bow-tie ring. */
export function checkSelfIntersections(f: ZoneFeature): Problem[] {
  const points = kinks(f.geometry).features;
  if (points.length === 0) return [];
  const at = points[0]?.geometry.coordinates.map((n) => n.toFixed(6)).join(', ') ?? '';
  return [problem(f, 'geometry', `outline crosses itself at ${points.length} point(s), first at [${at}]`)];
}

/**
 * Computed vs official area. Warns above 0.1 %; above 1 % it is an error for indicative and
 * described shapes (we size those ourselves) and a warning for surveyed ones (a real boundary may
 * legitimately differ from the published figure).
 */
export function checkArea(f: ZoneFeature): Problem[] {
  const official = f.properties.official_area_ha;
  if (official === null) return [];
  const computed = computedAreaHa(f);
  const diff = Math.abs(computed - official) / official;
  if (diff <= CHECK_LIMITS.areaWarn) return [];
  const message = `computed area ${computed.toFixed(2)} ha is ${(diff * 100).toFixed(2)} % off the official ${official} ha`;
  const severe = diff > CHECK_LIMITS.areaError && f.properties.geometry_quality !== 'surveyed';
  return [problem(f, 'official_area_ha', message, severe ? 'error' : 'warning')];
}

function asFeature(g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: g };
}

/** Area shared by two shapes, m² (0 when their bounding boxes or shapes are disjoint). */
export function sharedAreaM2(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const [a0, a1, a2, a3] = turfBbox(a);
  const [b0, b1, b2, b3] = turfBbox(b);
  if (a2 < b0 || b2 < a0 || a3 < b1 || b3 < a1) return 0;
  const both = intersect(featureCollection<Polygon | MultiPolygon>([asFeature(a), asFeature(b)]));
  return both ? turfArea(both.geometry) : 0;
}

/**
 * Position against the province: the shape's bounding box must lie within the province's bounding
 * box plus a ~2 km margin (error); the anchor should lie inside the outline and the shape should
 * not reach outside it (warnings: the outline is generalised, anchors are estimates).
 */
export function checkExtent(f: ZoneFeature, province: ProvinceFeature): Problem[] {
  const out: Problem[] = [];
  const m = CHECK_LIMITS.extentMarginDeg;
  const [p0, p1, p2, p3] = turfBbox(province.geometry);
  const [f0, f1, f2, f3] = turfBbox(f.geometry);
  if (f0 < p0 - m || f1 < p1 - m || f2 > p2 + m || f3 > p3 + m) {
    out.push(problem(f, 'geometry', `shape reaches outside the province's bounding box (+${m}° margin)`));
  }
  if (!booleanPointInPolygon(f.properties.anchor, province.geometry)) {
    out.push(problem(f, 'anchor', 'anchor lies outside the (generalised) province outline', 'warning'));
  }
  const total = turfArea(f.geometry);
  const outside = total - sharedAreaM2(f.geometry, province.geometry);
  if (outside > Math.max(CHECK_LIMITS.touchM2, total * 1e-6)) {
    out.push(problem(f, 'geometry', `${(outside / 10000).toFixed(2)} ha of the shape lies outside the (generalised) province outline`, 'warning'));
  }
  return out;
}

/** Overlaps between zones and clusters (the economic zone may contain others), one problem per pair. */
export function checkOverlaps(features: ZoneFeature[]): Problem[] {
  const out: Problem[] = [];
  const solid = features.filter((f) => f.properties.kind !== 'economic-zone');
  solid.forEach((a, i) => {
    for (const b of solid.slice(i + 1)) {
      const shared = sharedAreaM2(a.geometry, b.geometry);
      if (shared > CHECK_LIMITS.touchM2) {
        out.push(problem(a, 'geometry', `overlaps ${b.properties.id} by ${(shared / 10000).toFixed(2)} ha`));
      }
    }
  });
  return out;
}

/**
 * Runs every check over parsed features. Features whose rings are malformed skip the checks that
 * need valid rings (self-intersection, area, extent, overlaps). `province` null skips extent checks.
 */
export function checkZones(features: ZoneFeature[], province: ProvinceFeature | null): Problem[] {
  const out: Problem[] = [];
  const sound: ZoneFeature[] = [];
  for (const f of features) {
    out.push(...checkRings(f));
    if (!ringsAreClosed(f)) continue;
    out.push(...checkSelfIntersections(f), ...checkArea(f));
    if (province) out.push(...checkExtent(f, province));
    sound.push(f);
  }
  out.push(...checkOverlaps(sound));
  return out;
}
