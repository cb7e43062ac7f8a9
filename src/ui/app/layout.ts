/**
 * Layout facts the code needs, read from one place: the phone breakpoint (the same number as the
 * `@media (max-width: 760px)` rules in the CSS) and the details panel's width (the CSS `--panel-w`).
 */
import { useEffect, useState } from 'preact/hooks';

/** Phones and narrow windows: the layout stacks, panels become sheets. Matches the CSS media queries. */
export const NARROW_QUERY = '(max-width: 760px)';

/** Up to this width the details panel takes the list's place (phone sheet, or the sidebar column) and covers it. */
export const PANEL_OVER_LIST_QUERY = '(max-width: 1100px)';

/** True when the narrow (phone) layout is in force. */
export function isNarrow(): boolean {
  return window.matchMedia(NARROW_QUERY).matches;
}

/** Whether a media query matches, following window resizes (and zoom). */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const on = () => setMatches(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, [query]);
  return matches;
}

/** The details panel's width in CSS pixels, as the stylesheet sets it (`--panel-w`). */
export function panelWidthPx(): number {
  const v = parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--panel-w'));
  return Number.isFinite(v) ? v : 0;
}

/** Camera padding that keeps a flown-to feature clear of the details panel (right side on desktop). */
export function cameraPadding(): { top: number; right: number; bottom: number; left: number } {
  if (window.matchMedia(PANEL_OVER_LIST_QUERY).matches) return { top: 60, right: 60, bottom: 60, left: 60 };
  return { top: 120, right: panelWidthPx() + 120, bottom: 120, left: 120 };
}
