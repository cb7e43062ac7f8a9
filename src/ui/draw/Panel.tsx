/**
 * The boundary workbench (loaded on first use): pick a tool (draw an area, measure a distance, edit), follow the
 * figures as the shape changes, undo and redo, edit vertices from the keyboard, and — in the sections below —
 * bring a boundary in from a coordinate table, export it, or propose it as a zone's boundary.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../domain/zone.ts';
import { dismissDraw } from '../../state/draw_request.ts';
import {
  addPoint, clearDraw, deleteVertex, insertVertex, nudgeVertex, redoDraw, selectVertex, setDrawMode, undoDraw, type DrawMode, type DrawState,
} from '../../state/draw_state.ts';
import { uniqueVertices } from '../../domain/shape_measure.ts';
import type { AppContext } from '../app/context.ts';
import { Readout } from './Readout.tsx';
import { boardFor, useMapBinding, type MapBinding } from './session.ts';
import { tDraw } from './strings.ts';
import { Vertices } from './Vertices.tsx';
import { Propose } from './Propose.tsx';
import { TableInput } from './TableInput.tsx';
import { Exports } from './Exports.tsx';
import './draw.css';

export interface DrawPanelProps {
  ctx: AppContext;
}

const MODES: ReadonlyArray<{ mode: DrawMode; key: 'modePolygon' | 'modeLine' | 'modeEdit' }> = [
  { mode: 'polygon', key: 'modePolygon' }, { mode: 'line', key: 'modeLine' }, { mode: 'edit', key: 'modeEdit' },
];
const HINT = { polygon: 'hintPolygon', line: 'hintLine', edit: 'hintEdit' } as const;
/** Map pan per arrow press (CSS pixels; three times that with Shift). */
const PAN_PX = 80;

/** The keyboard: arrows pan the map (draw) or move the selected vertex (edit); see `hintKeys`. */
function keyHandler(state: DrawState, binding: MapBinding, pan: (dx: number, dy: number) => void, close: () => void) {
  return (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    const key = e.key;
    const ctrl = e.ctrlKey || e.metaKey;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    let handled = true;
    if (ctrl && key.toLowerCase() === 'z') (e.shiftKey ? redoDraw : undoDraw)(state);
    else if (ctrl && key.toLowerCase() === 'y') redoDraw(state);
    else if (key === 'Escape') close();
    else if (state.mode.value !== 'edit' && arrows[key]) {
      const [x, y] = arrows[key]!;
      const px = PAN_PX * (e.shiftKey ? 3 : 1);
      pan(x * px, -y * px);
    } else if (state.mode.value !== 'edit' && key === 'Enter' && target.tagName !== 'BUTTON' && binding.status === 'ready') {
      addPoint(state, binding.centre());
    } else if (state.mode.value === 'edit' && arrows[key] && state.selectedVertex.value !== null) {
      const [x, y] = arrows[key]!;
      nudgeVertex(state, x * state.stepM.value, y * state.stepM.value);
    } else if (state.mode.value === 'edit' && (key === '[' || key === ']') && state.shape.value) {
      const n = uniqueVertices(state.shape.value).length;
      const i = state.selectedVertex.value ?? (key === ']' ? -1 : 0);
      selectVertex(state, (i + (key === ']' ? 1 : -1) + n) % n);
    } else if (state.mode.value === 'edit' && (key === 'Delete' || key === 'Backspace')) deleteVertex(state);
    else if (state.mode.value === 'edit' && key.toLowerCase() === 'i' && !ctrl) insertVertex(state);
    else handled = false;
    if (handled) e.preventDefault();
  };
}

function ModeButtons({ state, lang }: { state: DrawState; lang: Lang }) {
  return (
    <div class="draw-modes" role="group" aria-label={tDraw(lang, 'modesLabel')}>
      {MODES.map(({ mode, key }) => (
        <button key={mode} type="button" class="imp-btn" aria-pressed={state.mode.value === mode} data-testid={`draw-mode-${mode}`} onClick={() => setDrawMode(state, mode)}>
          {tDraw(lang, key)}
        </button>
      ))}
    </div>
  );
}

export function DrawPanel({ ctx }: DrawPanelProps) {
  const lang = ctx.state.lang.value;
  const { state, leftOut } = boardFor(ctx.draw);
  const binding = useMapBinding(state, ctx.map.value);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const close = () => dismissDraw(ctx.draw);
  const mode = state.mode.value;
  const draft = state.draft.value;
  const origin = state.origin.value;
  return (
    <aside
      class="import-panel draw-panel"
      aria-labelledby="draw-title"
      data-testid="draw-panel"
      // The map shows a "+" at its centre, where a point placed from the keyboard goes (draw.css).
      data-crosshair={mode !== 'edit' && binding.status === 'ready'}
      tabIndex={-1}
      onKeyDown={keyHandler(state, binding, (dx, dy) => ctx.map.peek()?.panBy(dx, dy), close)}
    >
      <header class="imp-head">
        <h2 id="draw-title" tabIndex={-1} ref={heading}>{tDraw(lang, 'title')}</h2>
        <button type="button" class="icon-btn" aria-label={tDraw(lang, 'close')} data-testid="draw-close" onClick={close}>×</button>
      </header>
      <div class="imp-body">
        <ModeButtons state={state} lang={lang} />
        <p class="imp-hint">{tDraw(lang, HINT[mode])}</p>
        {binding.status === 'loading' && <p class="muted" role="status">{tDraw(lang, 'mapLoading')}</p>}
        {binding.status === 'failed' && <p class="imp-invalid" role="alert">{tDraw(lang, 'mapFailed', { reason: binding.reason })}</p>}
        {binding.status === 'no-map' && <p class="imp-warn">{tDraw(lang, 'noMap')}</p>}
        {mode !== 'edit' && binding.status === 'ready' && (
          <button type="button" class="imp-btn imp-btn-primary" data-testid="draw-add-centre" onClick={() => addPoint(state, binding.centre())}>
            {tDraw(lang, 'addCentre')}
          </button>
        )}
        {draft.length > 0 && <p class="imp-hint" data-testid="draw-draft">{tDraw(lang, 'draftPoints', { n: draft.length, need: mode === 'line' ? 2 : 3 })}</p>}
        {origin && <p class="imp-hint" data-testid="draw-origin">{tDraw(lang, 'startedFrom', { name: origin.name })}{leftOut ? ` ${tDraw(lang, 'leftOut')}` : ''}</p>}
        <div class="draw-history">
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-undo" disabled={!state.past.value.length} onClick={() => undoDraw(state)}>{tDraw(lang, 'undo')}</button>
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-redo" disabled={!state.future.value.length} onClick={() => redoDraw(state)}>{tDraw(lang, 'redo')}</button>
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-clear" disabled={!state.shape.value} onClick={() => clearDraw(state)}>{tDraw(lang, 'clear')}</button>
        </div>
        <Readout state={state} lang={lang} />
        {mode === 'edit' && <Vertices state={state} lang={lang} />}
        <TableInput state={state} lang={lang} onDrawn={() => binding.status === 'ready' && binding.fit()} />
        <Exports state={state} lang={lang} />
        <Propose state={state} zones={ctx.state.zones.value} lang={lang} />
        <p class="imp-hint draw-keys">{tDraw(lang, 'hintKeys')}</p>
      </div>
    </aside>
  );
}
