/**
 * Geometry and consistency checks over parsed zone features, used by `scripts/validate_zones.ts`
 * (and the data scripts). Pure functions: no file or network access. Each problem names the
 * feature, the field and what is wrong.
 */
import turfArea from '@turf/area';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Problem, ZoneFeature } from './zone.ts';
import type { ProvinceFeature } from './province.ts';
import { areaVn2000SquareMetres } from './area.ts';
import { geometryBbox, pointInside, polygonsOf, ringSignedArea } from './geometry.ts';
import { distanceToOutlineM, distanceToPolygonM } from './distance.ts';
import { intersection } from './intersection.ts';
import { findCrossing } from './segments.ts';

/** Thresholds used by the checks. */
export const CHECK_LIMITS = {
  /** Computed vs official area: warn above this relative difference (the aim)… */
  areaWarn: 0.001,
  /** …and fail above this one (for indicative and described shapes, which we size ourselves). */
  areaError: 0.01,
  /** How far (degrees, ~2 km) a shape's bounding box may reach beyond the province's. */
  extentMarginDeg: 0.02,
  /**
   * How far (m) a shape or anchor may lie outside the Natural Earth province outline before it is
   * reported. The outline is generalised (1:10m) and off by more than 1.5 km around An Lạc Thôn:
   * shapes are never moved to fit it; they are allowed this much instead.
   */
  outlineToleranceM: 2500,
  /** Shared or outside area below which shapes count as touching, not overlapping (m²). */
  touchM2: 1,
};


/** Computed (spherical, @turf/area) area of a feature in hectares. */
export function computedAreaHa(f: ZoneFeature): number {
  return areaVn2000SquareMetres(f.geometry) / 10000;
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

/**
 * Crossing edges (a bow-tie ring, parts through each other): the same rule user files are held to
 * (`segments.ts`) — edges that touch at one point are allowed, edges that cross or run along each other are not.
 */
export function checkSelfIntersections(f: ZoneFeature): Problem[] {
  const crossing = findCrossing(polygonsOf(f.geometry));
  if (!crossing) return [];
  const at = crossing.point.map((n) => n.toFixed(6)).join(', ');
  return [problem(f, 'geometry', `outline crosses itself at [${at}] (part ${crossing.part})`)];
}

/**
 * Area rules by how the shape was made. A location-only feature has no footprint, so it must not
 * claim to be drawn to size. A shape drawn to its official size must have one and match it (warning
 * above 0.1 %, error above 1 %: the script sizes it). A described or surveyed boundary not drawn to size
 * may legitimately differ from the published figure: above 1 % that is worth a look (warning).
 */
export function checkArea(f: ZoneFeature): Problem[] {
  const p = f.properties;
  if (p.geometry_quality === 'location-only') {
    return p.shape_sized_to_official ? [problem(f, 'shape_sized_to_official', 'a location-only feature has no footprint and cannot be drawn to size')] : [];
  }
  const official = p.official_area_ha;
  if (p.shape_sized_to_official && official === null) return [problem(f, 'shape_sized_to_official', 'drawn to the official size, but official_area_ha is null')];
  if (official === null || (!p.shape_sized_to_official && p.geometry_quality === 'indicative')) return [];
  const computed = computedAreaHa(f);
  const diff = Math.abs(computed - official) / official;
  const what = p.shape_sized_to_official ? 'shape drawn to the official size: computed area' : 'computed area of the boundary';
  const message = `${what} ${computed.toFixed(2)} ha is ${(diff * 100).toFixed(2)} % off the official ${official} ha`;
  if (p.shape_sized_to_official) {
    if (diff <= CHECK_LIMITS.areaWarn) return [];
    return [problem(f, 'official_area_ha', message, diff > CHECK_LIMITS.areaError ? 'error' : 'warning')];
  }
  return diff > CHECK_LIMITS.areaError ? [problem(f, 'official_area_ha', message, 'warning')] : [];
}

/**
 * The quality level must match the evidence: `described` only where an edge the description names
 * was located on the map's own layers — the river bank (the roads on this map are schematic, so they
 * do not count) — and a shape must lie within its stated position uncertainty of its anchor.
 */
export function checkQuality(f: ZoneFeature): Problem[] {
  const p = f.properties;
  const out: Problem[] = [];
  if (p.geometry_quality === 'described' && !p.described_edges.river) {
    out.push(problem(f, 'geometry_quality', '"described" needs an edge located on the map\'s layers (described_edges.river); schematic roads do not count — use "indicative"'));
  }
  const away = distanceToPolygonM(p.anchor, f.geometry);
  if (away > p.position_uncertainty_m) {
    out.push(problem(f, 'position_uncertainty_m', `the shape lies ${Math.round(away)} m from its anchor, beyond its stated uncertainty of ${p.position_uncertainty_m} m`));
  }
  return out;
}

/** Area shared by two shapes, m² (0 when their bounding boxes or shapes are disjoint). */
export function sharedAreaM2(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): number {
  const both = intersection(a, b);
  return both ? turfArea(both) : 0;
}

/**
 * Position against the province: the shape's bounding box must lie within the province's bounding
 * box plus a ~2 km margin (error). The anchor and the shape should lie inside the Natural Earth
 * outline, but that outline is generalised, so only what lies further out than
 * `CHECK_LIMITS.outlineToleranceM` is reported (warnings). Location-only discs and the economic zone
 * (which takes in the sea) are not held to the outline.
 */
export function checkExtent(f: ZoneFeature, province: ProvinceFeature): Problem[] {
  const out: Problem[] = [];
  const m = CHECK_LIMITS.extentMarginDeg;
  const tol = CHECK_LIMITS.outlineToleranceM;
  const [p0, p1, p2, p3] = geometryBbox(province.geometry);
  const [f0, f1, f2, f3] = geometryBbox(f.geometry);
  if (f0 < p0 - m || f1 < p1 - m || f2 > p2 + m || f3 > p3 + m) {
    out.push(problem(f, 'geometry', `shape reaches outside the province's bounding box (+${m}° margin)`));
  }
  const anchorOut = pointInside(f.properties.anchor, province.geometry) ? 0 : distanceToOutlineM(f.properties.anchor, province.geometry);
  if (anchorOut > tol) {
    out.push(problem(f, 'anchor', `anchor lies ${Math.round(anchorOut)} m outside the (generalised) province outline, beyond the ${tol} m tolerance`, 'warning'));
  }
  if (f.properties.kind === 'economic-zone' || f.properties.geometry_quality === 'location-only') return out;
  let furthest = 0;
  for (const rings of polygonsOf(f.geometry)) {
    for (const pos of rings[0] ?? []) {
      if (!pointInside(pos, province.geometry)) furthest = Math.max(furthest, distanceToOutlineM(pos, province.geometry));
    }
  }
  if (furthest > tol) {
    out.push(problem(f, 'geometry', `part of the shape lies ${Math.round(furthest)} m outside the (generalised) province outline, beyond the ${tol} m tolerance`, 'warning'));
  }
  return out;
}

/**
 * Overlaps between footprints of zones and clusters, one problem per pair. The economic zone may
 * contain others, and a location-only disc is not a footprint.
 */
export function checkOverlaps(features: ZoneFeature[]): Problem[] {
  const out: Problem[] = [];
  const solid = features.filter((f) => f.properties.kind !== 'economic-zone' && f.properties.geometry_quality !== 'location-only');
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
    out.push(...checkSelfIntersections(f), ...checkArea(f), ...checkQuality(f));
    if (province) out.push(...checkExtent(f, province));
    sound.push(f);
  }
  out.push(...checkOverlaps(sound));
  return out;
}
