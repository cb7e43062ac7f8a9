/**
 * Moving focus into a view that has just opened, the way the audit asked for: when the user opened it (focus is
 * on the button or link that did), focus goes to the view's heading so reading starts there. A view the page opens
 * with (a link with `v=`) takes no focus: the reader starts at the top of the page, with no focus ring drawn.
 */
export function focusOpenedView(el: HTMLElement | null | undefined): void {
  const active = document.activeElement;
  if (!el || active === null || active === document.body || active === document.documentElement) return;
  el.focus({ preventScroll: true });
}
