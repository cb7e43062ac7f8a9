/**
 * Geometry and consistency checks over parsed zone features (used by `scripts/validate_zones.ts`
 * and the data scripts). Pure functions: no file or network access.
 */
import type { Position } from 'geojson';

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
