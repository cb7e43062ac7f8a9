/**
 * Indicative footprint shapes, built in metres on a local plane around a centre and projected to
 * lon/lat with an equirectangular approximation (good to ~0.01 % over a few km; the final size is
 * fixed by bisection on @turf/area anyway).
 */
import type { Position } from 'geojson';
import { plane, unplane } from '../../src/domain/distance.ts';

/** A plain footprint: rectangle (optionally with rounded corners) or octagon. */
export interface BlockShape {
  kind: 'rect' | 'octagon';
  /** Width (across) ÷ length (along the rotated axis). 1 = square. */
  aspect: number;
  /** Bearing of the length axis, degrees clockwise from north (0 = north–south block). */
  rotation_deg: number;
  /** Rounded-corner radius as a fraction of the shorter side (0–0.5); rect only. */
  corner?: number;
}

/** A block placed from a record: its rotation may follow the nearest river bank instead of a fixed bearing. */
export interface BlockSpec extends Omit<BlockShape, 'rotation_deg'> {
  /** A bearing in degrees, or `bank`: the long axis parallel to the water's edge nearest the anchor. */
  rotation_deg: number | 'bank';
  /** Furthest the search may move the shape from its anchor, m (default 3000). */
  max_shift_m?: number;
}

/** A block attached to one side of another feature's block. */
export interface AdjoinShape {
  kind: 'adjoin';
  /** Id of the feature whose side this block adjoins (must be a rect placed earlier). */
  parent: string;
  /** Which side, as a bearing relative to the parent's long axis: 0 the end it points to, 90 its right-hand side. */
  side_deg: 0 | 90 | 180 | 270;
  /** Gap left between the two blocks, metres. */
  gap_m: number;
}

/** A schematic band: land and water within some distance on either side of a line (no clipping). */
export interface BandShape {
  kind: 'band';
  /** Line [lon, lat] points the band is centred on. */
  spine: [number, number][];
}

/** A location-only feature: a disc around the anchor, its radius the position uncertainty. */
export interface DiscShape {
  kind: 'disc';
}

/** How the polygon of one feature is drawn. */
export type ShapeSpec = BlockSpec | AdjoinShape | BandShape | DiscShape;

/** A point in metres east (x) and north (y) of a centre. */
export type Metres = [number, number];

/** Projects local metres around `centre` ([lon, lat]) to [lon, lat]. */
export function toLonLat(centre: [number, number], m: Metres): Position {
  return unplane(centre)(m);
}

/** Inverse of `toLonLat`: metres east/north of `centre`. */
export function toMetres(centre: [number, number], p: Position): Metres {
  return plane(centre)(p);
}

/** Rotates a local point clockwise by `deg` (so the +y axis points at bearing `deg`). */
export function rotate(m: Metres, deg: number): Metres {
  const t = (deg * Math.PI) / 180;
  return [m[0] * Math.cos(t) + m[1] * Math.sin(t), -m[0] * Math.sin(t) + m[1] * Math.cos(t)];
}

/** Unrotated outline of a block `length` m long (y) and `length * aspect` wide (x), counter-clockwise. */
export function blockOutline(shape: BlockShape, length: number): Metres[] {
  const hw = (length * shape.aspect) / 2;
  const hl = length / 2;
  if (shape.kind === 'octagon') {
    const c = Math.min(hw, hl) * (1 - Math.SQRT1_2) * 1.2;
    return [[hw, -hl + c], [hw, hl - c], [hw - c, hl], [-hw + c, hl], [-hw, hl - c], [-hw, -hl + c], [-hw + c, -hl], [hw - c, -hl]];
  }
  const r = Math.min(hw, hl) * 2 * (shape.corner ?? 0);
  if (r <= 0) return [[hw, -hl], [hw, hl], [-hw, hl], [-hw, -hl]];
  const out: Metres[] = [];
  const corners: [number, number, number][] = [[hw - r, -hl + r, -90], [hw - r, hl - r, 0], [-hw + r, hl - r, 90], [-hw + r, -hl + r, 180]];
  for (const [cx, cy, start] of corners) {
    for (let k = 0; k <= 3; k += 1) {
      const a = ((start + k * 30) * Math.PI) / 180;
      out.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
    }
  }
  return out;
}

/** Closed lon/lat ring of a circle of `radius_m` around `centre` (`steps` vertices), counter-clockwise. */
export function discRing(centre: [number, number], radius_m: number, steps = 72): Position[] {
  const ring: Position[] = [];
  for (let k = 0; k < steps; k += 1) {
    const a = (2 * Math.PI * k) / steps;
    ring.push(toLonLat(centre, [radius_m * Math.cos(a), radius_m * Math.sin(a)]));
  }
  ring.push(ring[0]!);
  return ring;
}

/** Closed lon/lat ring of a block of the given length around `centre`. */
export function blockRing(shape: BlockShape, length: number, centre: [number, number]): Position[] {
  const ring = blockOutline(shape, length).map((m) => toLonLat(centre, rotate(m, shape.rotation_deg)));
  const first = ring[0];
  if (first) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return ring;
}

/**
 * Ring of a band around a spine polyline: offset `left_m` to the left and `right_m` to the right
 * (normals averaged at the vertices), in metres on the plane around the spine's first point.
 */
export function bandRing(spine: [number, number][], left_m: number, right_m: number): Position[] {
  const origin = spine[0] ?? [0, 0];
  const pts = spine.map((p) => toMetres(origin, p));
  const normals: Metres[] = pts.map((_, i) => {
    const a = pts[Math.max(0, i - 1)] ?? [0, 0];
    const b = pts[Math.min(pts.length - 1, i + 1)] ?? [0, 0];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    return [dy / len, -dx / len]; // right-hand normal
  });
  const right = pts.map((p, i) => [p[0] + (normals[i]?.[0] ?? 0) * right_m, p[1] + (normals[i]?.[1] ?? 0) * right_m] as Metres);
  const left = pts.map((p, i) => [p[0] - (normals[i]?.[0] ?? 0) * left_m, p[1] - (normals[i]?.[1] ?? 0) * left_m] as Metres);
  const ring = [...left, ...right.reverse()].map((m) => toLonLat(origin, m));
  const first = ring[0];
  if (first) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return ring;
}
