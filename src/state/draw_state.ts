/**
 * State of the boundary workbench ("Vẽ / đo"; whether it is open is `draw_request.ts`): the shape on the board (a polygon or a measured line), its undo
 * and redo history, the selected vertex and the keyboard step, the feature it started from, and its figures
 * (computed, so they follow every edit). The map's drawing tool and the keyboard both edit through the actions
 * below; the map shows the state's shape, so the two never disagree.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { SOC_TRANG_CENTRAL_MERIDIAN_DEG, vn2000Projection } from '../domain/area.ts';
import { measureShape, uniqueVertices, type DrawnShape, type ShapeMeasure } from '../domain/shape_measure.ts';

/** What a click on the map does: add polygon vertices, add line vertices (measure a distance), or edit the shape. */
export type DrawMode = 'polygon' | 'line' | 'edit';

/** The feature a shape started from ("start from this zone"). */
export interface DrawOrigin {
  kind: 'zone' | 'imported';
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** Where the shape came from when it was read from a coordinate table. */
export interface TableProvenance {
  points: number;
  /** 'vn2000', 'utm48', 'degrees' or 'dms'. */
  form: string;
  /** Central meridian of VN-2000 metres, degrees; null for other forms. */
  centralMeridianDeg: number | null;
  /** The table's point names, along the ring. */
  names: ReadonlyArray<string | null>;
  /** The table listed its points clockwise (the polygon turns them counter-clockwise); tables written back keep its order. */
  clockwise: boolean;
}

/** Steps (metres) the arrow keys can move a vertex by. */
export const NUDGE_STEPS_M = [0.1, 1, 10, 100] as const;

/** How many shapes back the history reaches. */
const HISTORY = 100;

export interface DrawState {
  mode: Signal<DrawMode>;
  shape: Signal<DrawnShape | null>;
  /** Points placed from the keyboard before they make a polygon (fewer than three). */
  draft: Signal<readonly Position[]>;
  past: Signal<readonly (DrawnShape | null)[]>;
  future: Signal<readonly (DrawnShape | null)[]>;
  /** Index of the selected vertex among the shape's unique vertices, or null. */
  selectedVertex: Signal<number | null>;
  stepM: Signal<number>;
  origin: Signal<DrawOrigin | null>;
  /** Set while the shape is exactly what a coordinate table gave (any edit clears it). */
  fromTable: Signal<TableProvenance | null>;
  /** Central meridian for tables read and written (VN-2000 / TM-3), degrees. */
  tableCm: Signal<number>;
  measure: ReadonlySignal<ShapeMeasure | null>;
}

/** Fresh state: nothing drawn, polygon mode, 1 m steps. */
export function createDrawState(): DrawState {
  const shape = signal<DrawnShape | null>(null);
  const origin = signal<DrawOrigin | null>(null);
  return {
    mode: signal<DrawMode>('polygon'),
    shape,
    draft: signal<readonly Position[]>([]),
    past: signal<readonly (DrawnShape | null)[]>([]),
    future: signal<readonly (DrawnShape | null)[]>([]),
    selectedVertex: signal<number | null>(null),
    stepM: signal(1),
    origin,
    fromTable: signal<TableProvenance | null>(null),
    tableCm: signal(SOC_TRANG_CENTRAL_MERIDIAN_DEG),
    measure: computed(() => (shape.value ? measureShape(shape.value, origin.value?.geometry ?? null) : null)),
  };
}

export function setDrawMode(state: DrawState, mode: DrawMode): void {
  state.mode.value = mode;
  state.draft.value = [];
}

/** Shows a shape while it is being dragged (no history entry: `commitShape` makes one when the gesture ends). */
export function previewShape(state: DrawState, shape: DrawnShape | null): void {
  state.shape.value = shape;
}

/** Makes `shape` the current one, with a history entry (undo goes back to what was before the gesture). */
export function commitShape(state: DrawState, shape: DrawnShape | null, before: DrawnShape | null = state.shape.value): void {
  state.fromTable.value = null;
  state.past.value = [...state.past.value, before].slice(-HISTORY);
  state.future.value = [];
  state.shape.value = shape;
  const n = shape ? uniqueVertices(shape).length : 0;
  if (state.selectedVertex.value !== null && state.selectedVertex.value >= n) state.selectedVertex.value = null;
}

export function undoDraw(state: DrawState): void {
  const past = state.past.value;
  if (!past.length) return;
  state.future.value = [state.shape.value, ...state.future.value];
  state.fromTable.value = null;
  state.shape.value = past[past.length - 1] ?? null;
  state.past.value = past.slice(0, -1);
  state.selectedVertex.value = null;
}

export function redoDraw(state: DrawState): void {
  const [next, ...rest] = state.future.value;
  if (next === undefined) return;
  state.past.value = [...state.past.value, state.shape.value];
  state.fromTable.value = null;
  state.shape.value = next;
  state.future.value = rest;
  state.selectedVertex.value = null;
}

/** Puts a polygon read from a coordinate table on the board (undoable), remembering where it came from. */
export function applyTable(state: DrawState, polygon: Polygon, provenance: TableProvenance): void {
  commitShape(state, { kind: 'polygon', geometry: polygon });
  state.fromTable.value = provenance;
  state.origin.value = null;
  state.mode.value = 'edit';
}

/** Removes the shape (undoable) and forgets its origin. */
export function clearDraw(state: DrawState): void {
  if (state.shape.value) commitShape(state, null);
  state.draft.value = [];
  state.origin.value = null;
  state.selectedVertex.value = null;
}

const polygonOf = (vertices: readonly Position[]): DrawnShape =>
  ({ kind: 'polygon', geometry: { type: 'Polygon', coordinates: [[...vertices, vertices[0] ?? [0, 0]]] } });

function withVertices(shape: DrawnShape, vertices: readonly Position[]): DrawnShape {
  return shape.kind === 'line' ? { kind: 'line', geometry: { type: 'LineString', coordinates: [...vertices] } } : polygonOf(vertices);
}

/**
 * Copies a feature's outline onto the board to edit it: its largest part's outer ring (holes and other parts are
 * left out, and `leftOut` says so); the comparison with the original then follows every edit.
 */
export function startFrom(state: DrawState, origin: DrawOrigin): { leftOut: boolean } {
  const parts = origin.geometry.type === 'Polygon' ? [origin.geometry.coordinates] : origin.geometry.coordinates;
  const largest = parts.reduce((a, b) => ((b[0]?.length ?? 0) > (a[0]?.length ?? 0) ? b : a), parts[0] ?? []);
  const ring = largest[0] ?? [];
  commitShape(state, polygonOf(ring.slice(0, -1)));
  state.origin.value = origin;
  state.mode.value = 'edit';
  return { leftOut: parts.length > 1 || largest.length > 1 };
}

/** Selects a vertex (index among the unique vertices), or none. */
export function selectVertex(state: DrawState, index: number | null): void {
  const n = state.shape.value ? uniqueVertices(state.shape.value).length : 0;
  state.selectedVertex.value = index !== null && index >= 0 && index < n ? index : null;
}

/** Moves the selected vertex by `east`, `north` metres in the VN-2000 / TM-3 grid (105°30′), one undo step per press. */
export function nudgeVertex(state: DrawState, east: number, north: number): void {
  const shape = state.shape.value;
  const i = state.selectedVertex.value;
  if (!shape || i === null) return;
  const vertices = uniqueVertices(shape);
  const p = vertices[i];
  if (!p) return;
  const grid = vn2000Projection();
  const [x, y] = grid.toVn2000(p);
  const moved = vertices.map((q, k) => (k === i ? grid.fromVn2000([x + east, y + north]) : q));
  commitShape(state, withVertices(shape, moved));
}

/** Deletes the selected vertex, keeping at least a triangle (or a two-point line). */
export function deleteVertex(state: DrawState): void {
  const shape = state.shape.value;
  const i = state.selectedVertex.value;
  if (!shape || i === null) return;
  const vertices = uniqueVertices(shape);
  if (vertices.length <= (shape.kind === 'polygon' ? 3 : 2)) return;
  commitShape(state, withVertices(shape, vertices.filter((_, k) => k !== i)));
  state.selectedVertex.value = Math.min(i, vertices.length - 2);
}

/** Inserts a vertex halfway along the edge after the selected one, and selects it. */
export function insertVertex(state: DrawState): void {
  const shape = state.shape.value;
  const i = state.selectedVertex.value;
  if (!shape || i === null) return;
  const vertices = uniqueVertices(shape);
  const a = vertices[i];
  const b = shape.kind === 'polygon' ? vertices[(i + 1) % vertices.length] : vertices[i + 1];
  if (!a || !b) return;
  const mid: Position = [((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2];
  commitShape(state, withVertices(shape, [...vertices.slice(0, i + 1), mid, ...vertices.slice(i + 1)]));
  state.selectedVertex.value = i + 1;
}

/**
 * Adds a point placed from the keyboard (at the map's centre): in polygon mode the first two wait as a draft and
 * the third makes the polygon, which each further point extends; in line mode every point extends the line.
 */
export function addPoint(state: DrawState, p: Position): void {
  const shape = state.shape.value;
  const kind = state.mode.value === 'line' ? 'line' : 'polygon';
  if (shape && shape.kind === kind && state.draft.value.length === 0) {
    commitShape(state, withVertices(shape, [...uniqueVertices(shape), p]));
    state.selectedVertex.value = uniqueVertices(state.shape.value ?? shape).length - 1;
    return;
  }
  const draft = [...state.draft.value, p];
  if (draft.length >= (kind === 'polygon' ? 3 : 2)) {
    state.draft.value = [];
    commitShape(state, kind === 'polygon' ? polygonOf(draft) : { kind: 'line', geometry: { type: 'LineString', coordinates: draft } });
    state.selectedVertex.value = draft.length - 1;
  } else {
    state.draft.value = draft;
  }
}
