/**
 * Polygon areas, three ways, all in square metres:
 * - Turf: spherical, fast, reads about 0.41 % high at Sóc Trăng's latitude;
 * - ellipsoidal: exact WGS84 geodesic area (GeographicLib), the reference;
 * - VN-2000 / TM-3: planar area in the national grid, the way Vietnamese cadastral and planning
 *   figures are computed; this is the "computed area" compared with official figures.
 * Pure functions: no DOM, no map.
 */
import turfArea from '@turf/area';
import * as geographiclib from 'geographiclib-geodesic';
import proj4 from 'proj4';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf, ringSignedArea, type Bbox } from './geometry.ts';

/** The package is UMD: under Node ESM its exports sit on `default`, under a bundler on the namespace. */
const geodesicLib: typeof geographiclib =
  (geographiclib as typeof geographiclib & { default?: typeof geographiclib }).default ?? geographiclib;
const WGS84 = geodesicLib.Geodesic.WGS84;

/** Central meridian of the VN-2000 TM-3 zone used for Sóc Trăng (105°30′ E), in degrees. */
export const SOC_TRANG_CENTRAL_MERIDIAN_DEG = 105.5;

/** Longest edge, in metres, kept as one straight segment in the VN-2000 plane (see `areaVn2000SquareMetres`). */
export const DENSIFY_MAX_EDGE_M = 500;

/**
 * VN-2000 → WGS84 seven-parameter Helmert shift (metres, arc-seconds, ppm) of Quyết định 05/2007/QĐ-BTNMT:
 * Δx −191.90441429, Δy −39.30318279, Δz −111.45032835, ω −0.00928836″, ψ 0.01975479″, ε −0.00427372″,
 * k 1.000000252906278. The decision's rotations follow the Coordinate Frame convention (EPSG method 9607, as EPSG's
 * "VN-2000 to WGS 84 (2)"); proj4's `+towgs84` takes Position Vector rotations, so their signs are flipped here
 * (PROJ issue 1091; HCMGIS issue 5). Unflipped, points land 0.5–0.7 m off.
 */
const VN2000_TOWGS84 =
  '-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278';

/** proj4 definition of VN-2000 / TM-3 (k = 0.9999, false easting 500 km) for a central meridian. */
export function vn2000Proj4Definition(centralMeridianDeg: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridianDeg} +k=0.9999 +x_0=500000 +y_0=0 ` +
    `+ellps=WGS84 +towgs84=${VN2000_TOWGS84} +units=m +no_defs`;
}

/** Forward and inverse VN-2000 / TM-3 transforms for one central meridian. */
export interface Vn2000Projection {
  /** Central meridian, degrees east. */
  centralMeridianDeg: number;
  /** WGS84 `[lon, lat]` (degrees) → VN-2000 TM-3 `[x, y]` (easting, northing; metres). */
  toVn2000(lonLat: readonly [number, number] | Position): [number, number];
  /** VN-2000 TM-3 `[x, y]` (metres) → WGS84 `[lon, lat]` (degrees). */
  fromVn2000(xy: readonly [number, number] | Position): [number, number];
}

const projectionCache = new Map<number, Vn2000Projection>();

/**
 * WGS84 ↔ VN-2000 / TM-3 transforms (proj4: datum shift by the Helmert parameters above, then
 * Transverse Mercator). Source of `toVn2000` is WGS84 longitude/latitude; `towgs84` describes
 * VN-2000 → WGS84, so proj4 applies its inverse on the way in. Converters are cached per meridian.
 * @throws RangeError if the central meridian is not a finite longitude.
 */
export function vn2000Projection(centralMeridianDeg: number = SOC_TRANG_CENTRAL_MERIDIAN_DEG): Vn2000Projection {
  if (!Number.isFinite(centralMeridianDeg) || Math.abs(centralMeridianDeg) > 180) {
    throw new RangeError(`Central meridian must be a longitude in degrees, got ${centralMeridianDeg}`);
  }
  const cached = projectionCache.get(centralMeridianDeg);
  if (cached) return cached;
  const converter = proj4('WGS84', vn2000Proj4Definition(centralMeridianDeg));
  const projection: Vn2000Projection = {
    centralMeridianDeg,
    toVn2000: (p) => pair(converter.forward([p[0] ?? NaN, p[1] ?? NaN])),
    fromVn2000: (p) => pair(converter.inverse([p[0] ?? NaN, p[1] ?? NaN])),
  };
  projectionCache.set(centralMeridianDeg, projection);
  return projection;
}

function pair(p: readonly number[]): [number, number] {
  return [p[0] ?? NaN, p[1] ?? NaN];
}

/** Sum over polygons of |exterior| − Σ|holes|, with `ringArea` giving a ring's area in m². */
function sumRings(geom: Polygon | MultiPolygon, ringArea: (ring: Position[]) => number): number {
  let total = 0;
  for (const rings of polygonsOf(geom)) {
    rings.forEach((ring, i) => {
      const a = Math.abs(ringArea(ring));
      total += i === 0 ? a : -a;
    });
  }
  return total;
}

/** Ring vertices without the closing repeat of the first position. */
function openRing(ring: Position[]): Position[] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.slice(0, -1) : ring;
}

/**
 * Spherical area in m² as computed by `@turf/area` (sphere of radius 6,371,008.8 m; method of
 * Chamberlain & Duquette, "Some algorithms for polygons on a sphere", JPL 2007).
 * Reads about 0.41 % high at 9.6° N, because the sphere is larger than the ellipsoid there.
 */
export function areaTurfSquareMetres(geom: Polygon | MultiPolygon): number {
  return turfArea(geom);
}

/**
 * Ellipsoidal area in m² on WGS84, edges being geodesics (GeographicLib `PolygonArea`;
 * Karney, "Algorithms for geodesics", J. Geodesy 87, 2013). Exterior minus holes, polygons of a
 * MultiPolygon summed; each ring counted by absolute value, so winding does not matter.
 */
export function areaEllipsoidalSquareMetres(geom: Polygon | MultiPolygon): number {
  const poly = WGS84.Polygon(false);
  return sumRings(geom, (ring) => {
    const vertices = openRing(ring);
    if (vertices.length < 3) return 0;
    poly.Clear();
    for (const p of vertices) poly.AddPoint(p[1] ?? NaN, p[0] ?? NaN);
    return poly.Compute(false, true).area ?? NaN;
  });
}

/** Length in metres of a line of WGS84 positions along geodesics (GeographicLib); for a ring, its perimeter. */
export function geodesicLengthM(positions: readonly Position[]): number {
  let total = 0;
  for (let i = 1; i < positions.length; i++) {
    const a = positions[i - 1];
    const b = positions[i];
    total += WGS84.Inverse(a?.[1] ?? NaN, a?.[0] ?? NaN, b?.[1] ?? NaN, b?.[0] ?? NaN).s12 ?? NaN;
  }
  return total;
}

/** Rough edge length in metres (equirectangular); only used to decide whether to densify. */
function roughLengthM(a: Position, b: Position): number {
  const latMid = (((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180);
  const dx = ((b[0] ?? 0) - (a[0] ?? 0)) * Math.cos(latMid) * 111_320;
  const dy = ((b[1] ?? 0) - (a[1] ?? 0)) * 110_574;
  return Math.hypot(dx, dy);
}

/**
 * Ring vertices (open) with points inserted along each geodesic edge longer than `maxEdgeM`, so
 * that no straight segment is longer than that.
 */
export function densifyRing(ring: Position[], maxEdgeM: number = DENSIFY_MAX_EDGE_M): Position[] {
  const vertices = openRing(ring);
  const out: Position[] = [];
  vertices.forEach((a, i) => {
    const b = vertices[(i + 1) % vertices.length] ?? a;
    out.push(a);
    // The rough length errs by well under 1 %; the margin keeps every segment under maxEdgeM.
    if (roughLengthM(a, b) <= maxEdgeM * 0.9) return;
    const line = WGS84.InverseLine(a[1] ?? NaN, a[0] ?? NaN, b[1] ?? NaN, b[0] ?? NaN);
    const pieces = Math.ceil(line.s13 / maxEdgeM);
    for (let k = 1; k < pieces; k++) {
      const p = line.Position((line.s13 * k) / pieces);
      out.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
    }
  });
  return out;
}

/**
 * Planar area in m² in VN-2000 / TM-3 (k = 0.9999, central meridian 105°30′ E by default): each
 * ring is projected with proj4 (`vn2000Projection`) and measured by the shoelace formula; holes
 * subtracted, polygons summed, winding ignored. This is how Vietnamese cadastral and planning areas
 * are computed. Across Sóc Trăng it reads some tens to about 200 ppm below the ellipsoidal area
 * (grid scale factor). Edges longer than 500 m are first densified along the geodesic, so
 * the comparison with the ellipsoidal area (geodesic edges) measures the projection, not the edges.
 */
export function areaVn2000SquareMetres(
  geom: Polygon | MultiPolygon,
  centralMeridianDeg: number = SOC_TRANG_CENTRAL_MERIDIAN_DEG,
): number {
  const { toVn2000 } = vn2000Projection(centralMeridianDeg);
  return sumRings(geom, (ring) => ringSignedArea(densifyRing(ring).map((p) => toVn2000(p))));
}

/** The three areas of one geometry, in m². */
export interface Areas {
  turfM2: number;
  ellipsoidalM2: number;
  vn2000M2: number;
}

/** All three areas of a geometry, in m² (VN-2000 with central meridian 105°30′ E). */
export function areasOf(geom: Polygon | MultiPolygon): Areas {
  return {
    turfM2: areaTurfSquareMetres(geom),
    ellipsoidalM2: areaEllipsoidalSquareMetres(geom),
    vn2000M2: areaVn2000SquareMetres(geom),
  };
}

/** Half-width of a TM-3 zone: its grid is meant for 1.5° of longitude either side of the central meridian. */
export const TM3_HALF_WIDTH_DEG = 1.5;

/** Two area methods that differ by more than this fraction cannot both describe the same shape. */
export const AREA_DISAGREEMENT_LIMIT = 0.01;

/**
 * Whether the VN-2000 / TM-3 grid of `centralMeridianDeg` applies to a shape with bounds `bbox`: the whole shape
 * lies in the 3° zone. Outside it the grid's scale error grows quickly and its area means nothing.
 */
export function vn2000Applies(bbox: Bbox, centralMeridianDeg: number = SOC_TRANG_CENTRAL_MERIDIAN_DEG): boolean {
  return bbox[0] >= centralMeridianDeg - TM3_HALF_WIDTH_DEG && bbox[2] <= centralMeridianDeg + TM3_HALF_WIDTH_DEG;
}

/**
 * The largest relative difference (0–1) between the ellipsoidal area and each other method that applies (Turf,
 * and VN-2000 when `vn2000` is true): |a − b| / max(a, b). 1 when a figure is not a finite number. Sphere and
 * grid stay within about 0.7 % of the ellipsoid for real shapes, so more than `AREA_DISAGREEMENT_LIMIT` says the
 * shape is not what it seems (a ring across the 180° meridian, around the whole globe, or inside out).
 */
export function areaDisagreement(a: Areas, vn2000: boolean): number {
  const others = vn2000 ? [a.turfM2, a.vn2000M2] : [a.turfM2];
  let worst = 0;
  for (const b of others) {
    if (!Number.isFinite(b) || !Number.isFinite(a.ellipsoidalM2)) return 1;
    const top = Math.max(Math.abs(a.ellipsoidalM2), Math.abs(b));
    if (top > 0) worst = Math.max(worst, Math.abs(a.ellipsoidalM2 - b) / top);
  }
  return worst;
}

/**
 * Computed area against an official figure: `diffHa` = computed − official (ha) and `diffPct` =
 * that difference as a percentage of the official figure. The computed area is first rounded to
 * 0.01 ha, as displayed, so displayed computed − displayed official = displayed difference.
 * Returns null when there is no usable official figure (null, not finite, or not positive).
 */
export function compareToOfficial(
  computedM2: number,
  officialHa: number | null,
): { diffHa: number; diffPct: number } | null {
  if (officialHa === null || !Number.isFinite(officialHa) || officialHa <= 0 || !Number.isFinite(computedM2)) {
    return null;
  }
  const computedHa = Math.round(computedM2 / 100) / 100;
  const diffHa = Math.round((computedHa - officialHa) * 100) / 100;
  return { diffHa, diffPct: (diffHa / officialHa) * 100 };
}
