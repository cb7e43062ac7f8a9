/**
 * The boundary workbench on the map, built on terra-draw and its MapLibre adapter: draw a polygon or a line by
 * clicks, edit a shape (drag vertices, insert at edge midpoints, delete, move it), snap to the vertices of the
 * zones and imported features. The shape itself lives in the app's draw state: this tool reports gestures
 * (`onPreview` while dragging, `onCommit` when a gesture ends) and shows whatever the state holds (`show`),
 * plus its own marks — numbered vertices, the selected one, the points of an unfinished keyboard shape and the
 * point where edges cross. Loaded on first use (`ZoneMapController.drawTool()`), never in the first-load JS.
 */
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point, Polygon, Position } from 'geojson';
import { TerraDraw, TerraDrawLineStringMode, TerraDrawPolygonMode, TerraDrawSelectMode, type GeoJSONStoreFeatures } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import type { DrawnShape } from '../domain/shape_measure.ts';
import { uniqueVertices } from '../domain/shape_measure.ts';
import { ringsBbox } from '../domain/geometry.ts';
import type { DrawMode } from '../state/draw_state.ts';
import { boardMarkLayers, drawModeStyles, type DrawTheme, MARKS_SOURCE } from './draw_layers.ts';
import { metresPerPixel } from './scale.ts';

/** What the tool tells the app. */
export interface DrawToolHandlers {
  /** The shape while a gesture is under way (no history). */
  onPreview: (shape: DrawnShape | null) => void;
  /** The shape when a gesture ends (one history entry; `before` is the shape when it began). */
  onCommit: (shape: DrawnShape | null, before: DrawnShape | null) => void;
  /** A vertex clicked in edit mode (index among the shape's unique vertices), or none. */
  onSelectVertex: (index: number | null) => void;
  /** A new polygon or line was finished by clicks. */
  onFinished: () => void;
}

/** What the marks layer shows besides the shape. */
export interface BoardMarks {
  selected: number | null;
  /** Names of the shape's vertices (a coordinate table's point names), else they are numbered. */
  names?: ReadonlyArray<string | null>;
  draft: readonly Position[];
  crossing: [number, number] | null;
}

/** terra-draw refuses coordinates with more decimals than this (9 is its default: under a millimetre). */
const PRECISION = 9;

/** The shape's geometry with coordinates rounded to `PRECISION` decimals, as terra-draw accepts them. */
function toPrecision(shape: DrawnShape): Polygon | LineString {
  const r = (p: Position): Position => [Number((p[0] ?? 0).toFixed(PRECISION)), Number((p[1] ?? 0).toFixed(PRECISION))];
  return shape.kind === 'polygon'
    ? { type: 'Polygon', coordinates: shape.geometry.coordinates.map((ring) => ring.map(r)) }
    : { type: 'LineString', coordinates: shape.geometry.coordinates.map(r) };
}

/** How close (CSS pixels) a click or a snap must be to a vertex: a fingertip's reach on a touch screen. */
const NEAR_PX = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches ? 22 : 12;

const shapeOf = (f: GeoJSONStoreFeatures | undefined): DrawnShape | null => {
  if (!f) return null;
  if (f.geometry.type === 'Polygon') return { kind: 'polygon', geometry: f.geometry as Polygon };
  if (f.geometry.type === 'LineString') return { kind: 'line', geometry: f.geometry as LineString };
  return null;
};

export class DrawTool {
  private readonly draw: TerraDraw;
  /** Id of the one shape on the board in terra-draw's store. */
  private id: string | number | null = null;
  /** The state's shape when the current gesture began (null when none is under way). */
  private gestureFrom: { shape: DrawnShape | null } | null = null;
  /** The shape last shown or reported, to tell our own updates from the user's. */
  private current: DrawnShape | null = null;
  private mode: DrawMode = 'polygon';
  private readonly onClick = (e: MapMouseEvent): void => this.clickVertex(e);

  constructor(
    private readonly map: MapLibreMap,
    theme: DrawTheme,
    private readonly handlers: DrawToolHandlers,
    private readonly snapTargets: () => readonly Position[],
    private readonly font: string,
  ) {
    const snapping = { toCoordinate: true, toCustom: (event: { lng: number; lat: number }) => this.snap(event.lng, event.lat) };
    const styles = drawModeStyles(theme);
    this.draw = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'board' }),
      modes: [
        new TerraDrawPolygonMode({ snapping, styles: styles.polygon, pointerDistance: NEAR_PX }),
        new TerraDrawLineStringMode({ snapping, styles: styles.line, pointerDistance: NEAR_PX }),
        new TerraDrawSelectMode({
          pointerDistance: NEAR_PX,
          styles: styles.select,
          // Keys belong to the panel (arrows nudge, Delete removes a vertex), not to terra-draw.
          keyEvents: null,
          flags: Object.fromEntries(['polygon', 'linestring'].map((m) => [m, {
            feature: { draggable: true, selfIntersectable: true, coordinates: { draggable: true, midpoints: true, deletable: true, snappable: snapping } },
          }])),
        }),
      ],
    });
    this.draw.start();
    this.draw.on('change', (ids, type, context) => {
      // Changes made through the API are ours (`show`); only the user's gestures are reported.
      if (context && 'origin' in context && context.origin === 'api') return;
      if (type === 'delete' || this.mode !== 'edit' || this.id === null || !ids.includes(this.id)) return;
      this.gestureFrom ??= { shape: this.current };
      this.current = shapeOf(this.draw.getSnapshotFeature(this.id));
      this.handlers.onPreview(this.current);
    });
    this.draw.on('finish', (id, context) => this.finish(id, context.action));
    map.addSource(MARKS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const layer of boardMarkLayers(theme, font)) map.addLayer(layer);
    map.on('click', this.onClick);
  }

  /** Sets what a click does. */
  setMode(mode: DrawMode): void {
    this.mode = mode;
    this.draw.setMode(mode === 'edit' ? 'select' : mode === 'line' ? 'linestring' : 'polygon');
    if (mode === 'edit' && this.id !== null && this.draw.hasFeature(this.id)) this.draw.selectFeature(this.id);
  }

  /** Shows the state's shape and marks (a no-op for a shape the tool itself just reported). */
  show(shape: DrawnShape | null, marks: BoardMarks): void {
    if (JSON.stringify(shape) !== JSON.stringify(this.current)) {
      this.current = shape;
      if (this.id !== null && this.draw.hasFeature(this.id)) this.draw.removeFeatures([this.id]);
      this.id = null;
      if (shape) {
        const id = this.draw.getFeatureId();
        const feature = { id, type: 'Feature' as const, geometry: toPrecision(shape), properties: { mode: shape.kind === 'polygon' ? 'polygon' : 'linestring' } };
        const [valid] = this.draw.addFeatures([feature as GeoJSONStoreFeatures]);
        if (valid?.valid) this.id = id;
        if (this.mode === 'edit' && this.id !== null) this.draw.selectFeature(this.id);
      }
    }
    this.map.getSource<GeoJSONSource>(MARKS_SOURCE)?.setData(this.marksData(shape, marks));
  }

  /** Moves the camera to a shape (padding in CSS pixels, clear of the panel). */
  fit(shape: DrawnShape, padding: number | { top: number; right: number; bottom: number; left: number } = 60): void {
    const ring = shape.kind === 'polygon' ? shape.geometry.coordinates[0] ?? [] : shape.geometry.coordinates;
    const [w, s, e, n] = ringsBbox([ring]);
    this.map.fitBounds([[w, s], [e, n]], { padding, maxZoom: 17, duration: 400 });
  }

  /** The map's centre, where a point placed from the keyboard goes. */
  centre(): Position {
    const c = this.map.getCenter();
    return [c.lng, c.lat];
  }

  /** Takes the tool off the map. */
  destroy(): void {
    this.map.off('click', this.onClick);
    this.draw.stop();
    for (const layer of boardMarkLayers({} as DrawTheme, this.font)) if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    if (this.map.getSource(MARKS_SOURCE)) this.map.removeSource(MARKS_SOURCE);
  }

  private finish(id: string | number, action: string): void {
    const shape = shapeOf(this.draw.getSnapshotFeature(id));
    if (action === 'draw') {
      // A new shape replaces the one on the board.
      const before = this.current;
      if (this.id !== null && this.id !== id && this.draw.hasFeature(this.id)) this.draw.removeFeatures([this.id]);
      this.id = id;
      this.current = shape;
      this.handlers.onCommit(shape, before);
      this.handlers.onFinished();
      return;
    }
    if (id !== this.id) return;
    const before = this.gestureFrom?.shape ?? this.current;
    this.gestureFrom = null;
    this.current = shape;
    this.handlers.onCommit(shape, before);
  }

  /** The vertex of the zones or imported features nearest to a pointer position, within `NEAR_PX`. */
  private snap(lng: number, lat: number): Position | undefined {
    const tolDeg = (NEAR_PX * metresPerPixel(lat, this.map.getZoom())) / 111_000;
    const at = this.map.project([lng, lat]);
    let best: Position | undefined;
    let bestPx = NEAR_PX;
    for (const p of this.snapTargets()) {
      const [x = NaN, y = NaN] = p;
      if (Math.abs(x - lng) > tolDeg * 1.2 || Math.abs(y - lat) > tolDeg * 1.2) continue;
      const q = this.map.project([x, y]);
      const d = Math.hypot(q.x - at.x, q.y - at.y);
      if (d < bestPx) {
        bestPx = d;
        best = [x, y];
      }
    }
    return best;
  }

  /** In edit mode, selects the shape's vertex under a click (or none). */
  private clickVertex(e: MapMouseEvent): void {
    if (this.mode !== 'edit' || !this.current) return;
    let best: number | null = null;
    let bestPx = NEAR_PX;
    uniqueVertices(this.current).forEach((p, i) => {
      const q = this.map.project([p[0] ?? NaN, p[1] ?? NaN]);
      const d = Math.hypot(q.x - e.point.x, q.y - e.point.y);
      if (d < bestPx) {
        bestPx = d;
        best = i;
      }
    });
    this.handlers.onSelectVertex(best);
  }

  private marksData(shape: DrawnShape | null, marks: BoardMarks): FeatureCollection<Point | LineString> {
    const features: FeatureCollection<Point | LineString>['features'] = [];
    (shape ? uniqueVertices(shape) : []).forEach((p, i) => features.push({
      type: 'Feature', properties: { role: 'vertex', n: marks.names?.[i] ?? String(i + 1), selected: i === marks.selected }, geometry: { type: 'Point', coordinates: p },
    }));
    marks.draft.forEach((p, i) => features.push({ type: 'Feature', properties: { role: 'draft', n: String(i + 1) }, geometry: { type: 'Point', coordinates: p } }));
    if (marks.draft.length > 1) features.push({ type: 'Feature', properties: { role: 'draft-line' }, geometry: { type: 'LineString', coordinates: [...marks.draft] } });
    if (marks.crossing) features.push({ type: 'Feature', properties: { role: 'crossing' }, geometry: { type: 'Point', coordinates: marks.crossing } });
    return { type: 'FeatureCollection', features };
  }
}
