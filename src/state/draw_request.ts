/**
 * The always-loaded handle on the boundary workbench: whether it is open, and the feature to start from. The
 * workbench itself (its state, figures and map tool) loads on first use and reads this request.
 */
import { signal, type Signal } from '@preact/signals';
import type { DrawOrigin } from './draw_state.ts';

export interface DrawRequest {
  open: Signal<boolean>;
  /** A feature to copy onto the board when the workbench next reads the request, or null. */
  origin: Signal<DrawOrigin | null>;
}

export function createDrawRequest(): DrawRequest {
  return { open: signal(false), origin: signal<DrawOrigin | null>(null) };
}

/** Opens the workbench, optionally starting from a feature's outline. */
export function requestDraw(req: DrawRequest, origin: DrawOrigin | null = null): void {
  if (origin) req.origin.value = origin;
  req.open.value = true;
}

/** Closes the workbench (its shape stays for the next time it opens). */
export function dismissDraw(req: DrawRequest): void {
  req.open.value = false;
}
