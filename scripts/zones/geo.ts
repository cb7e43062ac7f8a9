/**
 * Small geometry helpers shared by the data scripts: RFC 7946 output (6 decimals, exterior rings
 * counter-clockwise, holes clockwise, closed rings) and a stable JSON layout.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from '../../src/domain/zone_checks.ts';

/** Rounds a coordinate to 6 decimals (about 0.1 m), the precision RFC 7946 recommends. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Rounds, closes and de-duplicates one ring and orients it (`ccw` true for exterior rings). */
export function cleanRing(ring: Position[], ccw: boolean): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [round6(p[0] ?? 0), round6(p[1] ?? 0)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] ?? 0, first[1] ?? 0]);
  const isCcw = ringSignedArea(out) > 0;
  return isCcw === ccw ? out : out.reverse();
}

/** Applies `cleanRing` to every ring of a polygon: exterior counter-clockwise, holes clockwise. */
export function cleanPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => cleanRing(ring, i === 0));
}

/** Returns an RFC 7946-clean copy of a Polygon or MultiPolygon geometry. */
export function cleanGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: cleanPolygon(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(cleanPolygon) };
}

/**
 * JSON with 2-space indentation but each [lon, lat] pair on one line, so diffs stay readable and the
 * output is byte-for-byte stable for the same input.
 */
export function stableJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]')}\n`;
}
