/**
 * The shape's vertices as planners read them — VN-2000 / TM-3 (105°30′) X (northing) and Y (easting) in metres —
 * each a button that selects it; with a vertex selected, the step the arrow keys move it by, and buttons to
 * insert a vertex after it or delete it.
 */
import { vn2000Projection } from '../../domain/area.ts';
import { uniqueVertices } from '../../domain/shape_measure.ts';
import type { Lang } from '../../domain/zone.ts';
import { deleteVertex, insertVertex, NUDGE_STEPS_M, selectVertex, type DrawState } from '../../state/draw_state.ts';
import { tDraw } from './strings.ts';

/** Rows listed at most (a long outline is still edited on the map). */
const MAX_ROWS = 200;

const grid = (lang: Lang) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
const stepText = (m: number, lang: Lang): string => `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(m)}\u00a0m`;

export function Vertices({ state, lang }: { state: DrawState; lang: Lang }) {
  const shape = state.shape.value;
  if (!shape) return null;
  const selected = state.selectedVertex.value;
  const { toVn2000 } = vn2000Projection();
  const f = grid(lang);
  const vertices = uniqueVertices(shape);
  return (
    <section class="draw-vertices" aria-labelledby="draw-vertices-title">
      <h3 id="draw-vertices-title">{tDraw(lang, 'verticesTitle')}</h3>
      <ol class="draw-vertex-list" data-testid="draw-vertex-list">
        {vertices.slice(0, MAX_ROWS).map((p, i) => {
          const [east, north] = toVn2000(p);
          return (
            <li key={i}>
              <button
                type="button"
                class={`draw-vertex ${i === selected ? 'selected' : ''}`}
                aria-pressed={i === selected}
                data-index={i}
                onClick={() => selectVertex(state, i === selected ? null : i)}
              >
                {tDraw(lang, 'vertexRow', { n: i + 1, x: f.format(north), y: f.format(east) })}
              </button>
            </li>
          );
        })}
      </ol>
      {selected !== null && (
        <div class="draw-vertex-tools">
          <label>
            {tDraw(lang, 'step')}{' '}
            <select data-testid="draw-step" value={String(state.stepM.value)} onChange={(e) => (state.stepM.value = Number(e.currentTarget.value))}>
              {NUDGE_STEPS_M.map((m) => <option key={m} value={String(m)}>{stepText(m, lang)}</option>)}
            </select>
          </label>
          <span class="imp-hint">{tDraw(lang, 'nudgeHelp', { step: stepText(state.stepM.value, lang) })}</span>
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-insert-vertex" onClick={() => insertVertex(state)}>{tDraw(lang, 'insertVertex')}</button>
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-delete-vertex" onClick={() => deleteVertex(state)}>{tDraw(lang, 'deleteVertex')}</button>
        </div>
      )}
    </section>
  );
}
