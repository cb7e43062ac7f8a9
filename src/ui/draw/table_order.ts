/**
 * A table read from a document comes back in the document's order: the polygon on the board runs counter-clockwise
 * (RFC 7946), so a clockwise table's ring and names are turned back, keeping the first point first.
 */
import type { Polygon } from 'geojson';
import type { TableProvenance } from '../../state/draw_state.ts';

export function inTableOrder(geometry: Polygon, table: TableProvenance | null): { geometry: Polygon; names: ReadonlyArray<string | null> | undefined } {
  if (!table?.clockwise) return { geometry, names: table?.names };
  const [outer = [], ...holes] = geometry.coordinates;
  const first = outer[0];
  const back = first ? [first, ...outer.slice(1, -1).reverse(), first] : outer;
  const [n0 = null, ...rest] = table.names;
  return { geometry: { type: 'Polygon', coordinates: [back, ...holes] }, names: [n0, ...rest.reverse()] };
}
