/**
 * The always-loaded part of the boundary workbench: the map-tools button, the "edit this boundary" button
 * of the zone and import panels, and a host that loads the workbench (panel, state, terra-draw) on first use.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../domain/zone.ts';
import { requestDraw, type DrawRequest } from '../../state/draw_request.ts';
import type { DrawOrigin } from '../../state/draw_state.ts';
import type { AppContext } from '../app/context.ts';
import { tDrawEntry } from './strings_entry.ts';
import type { DrawPanelProps } from './Panel.tsx';

/** The "Draw / measure" button of the map tools. */
export function DrawButton({ lang, req }: { lang: Lang; req: DrawRequest }) {
  return (
    <button
      type="button"
      class="fit-btn draw-open-btn"
      data-testid="draw-open"
      aria-pressed={req.open.value}
      title={tDrawEntry(lang, 'drawOpenLabel')}
      onClick={() => requestDraw(req)}
    >
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
        <path d="M3 12.5 6 4l4 3.5 3-4.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" stroke-linecap="round" />
      </svg>
      {tDrawEntry(lang, 'drawOpen')}
    </button>
  );
}

/** "Edit this boundary": copies a zone's or an imported feature's outline onto the board. */
export function EditBoundaryButton({ lang, req, origin }: { lang: Lang; req: DrawRequest; origin: () => DrawOrigin }) {
  return (
    <button type="button" class="imp-btn imp-btn-quiet" data-testid="draw-start-from" title={tDrawEntry(lang, 'editBoundaryHint')} onClick={() => requestDraw(req, origin())}>
      {tDrawEntry(lang, 'editBoundary')}
    </button>
  );
}

/** Loads the workbench the first time it opens, then renders it while open. */
export function DrawPanelHost({ ctx }: { ctx: AppContext }) {
  const open = ctx.draw.open.value;
  const [Panel, setPanel] = useState<ComponentType<DrawPanelProps> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!open || Panel) return;
    import('./Panel.tsx').then(
      (m) => setPanel(() => m.DrawPanel),
      (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)),
    );
  }, [open]);
  if (!open) return null;
  if (failed) return <p class="draw-panel draw-load-failed" role="alert">{tDrawEntry(ctx.state.lang.value, 'drawLoadFailed', { reason: failed })}</p>;
  return Panel ? <Panel ctx={ctx} /> : null;
}
