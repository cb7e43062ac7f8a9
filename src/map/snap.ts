/** What a drawn shape snaps to: the vertices of the zones and of the imported features. */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { positionCount, ringsOf } from '../domain/geometry.ts';

/** Imports with more points than this are left out of snapping (scanning them on every pointer move would lag). */
export const SNAP_IMPORTED_MAX_POINTS = 200_000;

/** Every ring vertex of the zones, and of the imported features while they total at most `SNAP_IMPORTED_MAX_POINTS`. */
export function snapVertices(
  zones: ReadonlyArray<{ geometry: Polygon | MultiPolygon }>,
  imported: ReadonlyArray<{ geometry: Polygon | MultiPolygon }>,
): Position[] {
  const total = imported.reduce((n, f) => n + positionCount(f.geometry), 0);
  return [...zones, ...(total <= SNAP_IMPORTED_MAX_POINTS ? imported : [])].flatMap((f) => ringsOf(f.geometry).flat());
}
