/**
 * One drawing board per app (kept while the workbench is closed, so a shape survives closing it), and the
 * binding between the board's state and the map's drawing tool while the workbench is open.
 */
import { effect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { ZoneMapController } from '../../map/zone_map.ts';
import type { DrawRequest } from '../../state/draw_request.ts';
import {
  commitShape, createDrawState, previewShape, selectVertex, setDrawMode, startFrom, type DrawState,
} from '../../state/draw_state.ts';

const boards = new WeakMap<DrawRequest, DrawState>();

/** The board of an app, made on first use; a pending "start from" request is applied (and cleared). */
export function boardFor(req: DrawRequest): { state: DrawState; leftOut: boolean } {
  let state = boards.get(req);
  if (!state) {
    state = createDrawState();
    boards.set(req, state);
  }
  const origin = req.origin.peek();
  let leftOut = false;
  if (origin) {
    leftOut = startFrom(state, origin).leftOut;
    req.origin.value = null;
  }
  return { state, leftOut };
}

/** Camera padding that keeps a fitted shape clear of the workbench (a left card, or a bottom sheet on phones). */
function fitPadding(): { top: number; right: number; bottom: number; left: number } {
  const pad = { top: 60, right: 60, bottom: 40, left: 60 };
  const map = document.querySelector('.map-wrap')?.getBoundingClientRect();
  const panel = document.querySelector('.draw-panel')?.getBoundingClientRect();
  if (!map || !panel) return pad;
  if (panel.width >= map.width - 2) pad.bottom = Math.max(pad.bottom, map.bottom - panel.top + 24);
  else pad.left = Math.max(pad.left, panel.right - map.left + 24);
  return pad;
}

/** How the map side of the board is doing. */
export type MapBinding =
  | { status: 'loading' }
  | { status: 'ready'; centre: () => [number, number]; fit: () => void }
  | { status: 'failed'; reason: string }
  | { status: 'no-map' };

/** Puts the drawing tool on the map while the workbench is open, and keeps it showing the board's state. */
export function useMapBinding(state: DrawState, map: ZoneMapController | null): MapBinding {
  const [binding, setBinding] = useState<MapBinding>(map ? { status: 'loading' } : { status: 'no-map' });
  useEffect(() => {
    if (!map) {
      setBinding({ status: 'no-map' });
      return;
    }
    let closed = false;
    let close: (() => void) | null = null;
    let stops: Array<() => void> = [];
    setBinding({ status: 'loading' });
    map.openDrawTool({
      onPreview: (shape) => previewShape(state, shape),
      onCommit: (shape, before) => commitShape(state, shape, before),
      onSelectVertex: (i) => selectVertex(state, i),
      onFinished: () => setDrawMode(state, 'edit'),
    }).then((h) => {
      if (closed) return h.close();
      close = h.close;
      stops = [
        effect(() => h.tool.setMode(state.mode.value)),
        effect(() => h.tool.show(state.shape.value, {
          selected: state.selectedVertex.value, draft: state.draft.value, crossing: state.measure.value?.crossing ?? null,
          names: state.fromTable.value?.names,
        })),
      ];
      setBinding({
        status: 'ready',
        centre: () => h.tool.centre() as [number, number],
        fit: () => {
          const shape = state.shape.peek();
          if (shape) h.tool.fit(shape, fitPadding());
        },
      });
    }, (err: unknown) => setBinding({ status: 'failed', reason: err instanceof Error ? err.message : String(err) }));
    return () => {
      closed = true;
      for (const stop of stops) stop();
      close?.();
    };
  }, [map, state]);
  return binding;
}
