/**
 * Speaks "how the page works for everyone" to the browser tests: what has focus, what can take it, what overflows,
 * the names controls read out, contrast of the focus ring, and axe-core's verdict on the current state.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = (): string => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One axe-core violation: rule, impact and the first few targets. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page as it is; returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools, which the page's CSP does not govern (a script tag would be refused, rightly).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => String(n.target.join(' '))) }));
  });
}

/** Horizontal overflow of the page (scroll width beyond the viewport), CSS px. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether an element is entirely inside the viewport horizontally. */
export async function fullyOnScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return !!r && r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth;
  }, selector);
}

/** Describes the focused element: its test id, id, or tag and text. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.dataset['testid'] ?? (el.id || `${el.tagName.toLowerCase()}:${(el.textContent ?? '').trim().slice(0, 40)}`);
  });
}

/** Whether the element (or an ancestor) is inert. */
export async function isInert(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => !!document.querySelector(sel)?.closest('[inert]'), selector);
}

/** Computed colours of the focus ring of the focused element: outline colour and the halo in its box shadow. */
export async function focusRingColours(page: Page): Promise<{ outline: string; halo: string; outlineStyle: string }> {
  return page.evaluate(() => {
    const cs = getComputedStyle(document.activeElement as Element);
    return { outline: cs.outlineColor, halo: cs.boxShadow, outlineStyle: cs.outlineStyle };
  });
}

/** WCAG contrast ratio of two `rgb(…)` colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string): number => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Accessible names MapLibre's controls and canvas carry. */
export async function mapControlNames(page: Page): Promise<{ zoomIn: string | null; zoomOut: string | null; canvas: string | null; attribution: string | null }> {
  return page.evaluate(() => ({
    zoomIn: document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label') ?? null,
    zoomOut: document.querySelector('.maplibregl-ctrl-zoom-out')?.getAttribute('aria-label') ?? null,
    canvas: document.querySelector('.maplibregl-canvas')?.getAttribute('aria-label') ?? null,
    attribution: document.querySelector('.maplibregl-ctrl-attrib-button')?.getAttribute('aria-label') ?? null,
  }));
}

/** The text of the embed's cooperative-gesture hint. */
export async function gestureHint(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.maplibregl-cooperative-gesture-screen')?.textContent ?? '');
}

/** Horizontal extent of an element (left, right), CSS px; null when absent. */
export async function horizontalBox(page: Page, selector: string): Promise<{ left: number; right: number } | null> {
  return page.evaluate((sel) => {
    const r = document.querySelector(sel)?.getBoundingClientRect();
    return r ? { left: r.left, right: r.right } : null;
  }, selector);
}

/** Height (CSS px) of the panel's reading area that is on screen, after scrolling the page as a reader would. */
export async function panelReadingHeight(page: Page): Promise<number> {
  return page.evaluate(() => {
    const body = document.querySelector('.panel-body');
    if (!body) return 0;
    body.scrollIntoView({ block: 'start' });
    const r = body.getBoundingClientRect();
    return Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
  });
}

/** What a screen reader reads for the legend's stage rows (their text, hidden words included), spaces collapsed. */
export async function legendRowNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="legend"] .legend-row').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Whether the element comes before the other in document order. */
export async function comesBefore(page: Page, first: string, second: string): Promise<boolean> {
  return page.evaluate(([a, b]) => {
    const x = document.querySelector(a!);
    const y = document.querySelector(b!);
    return !!x && !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }, [first, second]);
}

/** Opens the app in embed mode (`e=1`, optionally with more keys) and waits for the map's first idle. */
export async function openEmbed(page: Page, base: string, hash = '#e=1'): Promise<void> {
  await page.goto(base + hash);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, undefined, { timeout: 45_000 });
}
