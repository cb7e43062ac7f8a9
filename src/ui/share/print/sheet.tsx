/**
 * Pieces the printouts share: mounting a sheet for the browser's print, the link with its QR code, the
 * scale bar and north arrow, dates. Loaded with the print code, only when the user prints.
 */
import { render, type VNode } from 'preact';
import type { Lang, Stage } from '../../../domain/zone.ts';
import { scaleBar } from '../../../map/map_image.ts';
import { THEME } from '../../../map/theme.ts';
import { STAGE_LABEL } from '../../zones/strings.ts';
import { tShare } from '../strings.ts';
import { QrImage } from '../Qr.tsx';

import { SHEET_ON_CLASS } from '../sheet_class.ts';

const ROOT_ID = 'print-root';

function unmountSheet(): void {
  const root = document.getElementById(ROOT_ID);
  if (root) render(null, root);
  document.documentElement.classList.remove(SHEET_ON_CLASS);
}

/**
 * Mounts a sheet outside the app, waits for its images and fonts, marks it `data-ready`, then opens the
 * browser's print dialog. The sheet is removed after printing (`afterprint`) or when the next one mounts.
 */
export async function printSheet(sheet: VNode): Promise<void> {
  unmountSheet();
  let root = document.getElementById(ROOT_ID);
  if (!root) {
    root = document.createElement('div');
    root.id = ROOT_ID;
    document.body.append(root);
  }
  // Laid out (off-screen) before it renders, so the sheet can measure what fits on the page.
  document.documentElement.classList.add(SHEET_ON_CLASS);
  render(sheet, root);
  await Promise.all([...root.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
  root.firstElementChild?.setAttribute('data-ready', 'true');
  const done = () => {
    window.removeEventListener('afterprint', done);
    unmountSheet();
  };
  window.addEventListener('afterprint', done);
  window.print();
}

export { dataDate, today } from '../../app/dates.ts';

/** The link as text (so it can be typed) and its QR code (so it can be scanned). */
export function LinkBlock({ link, lang }: { link: string; lang: Lang }) {
  return (
    <div class="print-link">
      <QrImage text={link} alt={tShare(lang, 'shareQrAlt')} tooLong={tShare(lang, 'shareQrFailed')} size={96} class="print-qr" />
      <div>
        <p class="print-link-title">{tShare(lang, 'printLinkTitle')}</p>
        <p class="print-url">{link}</p>
      </div>
    </div>
  );
}

/**
 * A scale bar for a picture shown at its CSS size, with the representative fraction (1 : n) of the printed
 * page (96 CSS px per inch).
 */
export function ScaleBar({ metresPerPixel, lang }: { metresPerPixel: number; lang: Lang }) {
  const bar = scaleBar(metresPerPixel, 110);
  const fraction = metresPerPixel / (0.0254 / 96);
  const rounded = Number(fraction.toPrecision(2));
  const n = rounded.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <div class="print-scale" data-testid="print-scale">
      <svg width={bar.px + 2} height="10" aria-hidden="true">
        <rect x="1" y="2" width={bar.px / 2} height="5" class="bar-dark" />
        <rect x="1" y="2" width={bar.px} height="5" class="bar-frame" />
      </svg>
      <span>{bar.label} · {tShare(lang, 'printScale')} ≈ 1 : {n}</span>
    </div>
  );
}

/** A north arrow turned against the map's bearing. */
export function NorthArrow({ bearing, lang }: { bearing: number; lang: Lang }) {
  return (
    <svg class="print-north" width="34" height="44" viewBox="-17 -24 34 44" aria-label={tShare(lang, 'printNorth')} role="img">
      <g transform={`rotate(${-bearing})`}>
        <path d="M0,-10 L8,12 L0,6 L-8,12 Z" class="north-arrow" />
        <text x="0" y="-13" text-anchor="middle" class="north-letter">{tShare(lang, 'printNorth')}</text>
      </g>
    </svg>
  );
}

const SWATCH_PATTERN: Record<string, (stroke: string) => string> = {
  solid: () => '',
  hatch: (c) => `<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="${c}" stroke-width="1.2"/>`,
  cross: (c) => `<path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2" stroke="${c}" stroke-width="1"/>`,
  dots: (c) => `<circle cx="3" cy="3" r="1.1" fill="${c}"/>`,
};

/**
 * A stage swatch as a self-contained SVG image, drawn like `StageSwatch`. The sheet cannot use that
 * component: its pattern ids would resolve to the app's own swatches, which are hidden while printing.
 */
export function swatchDataUrl(stage: Stage): string {
  const z = THEME.zones;
  const cue = z.stageCue[stage];
  const stroke = z.stageStroke[stage];
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18">'
    + `<defs><pattern id="p" width="6" height="6" patternUnits="userSpaceOnUse">${SWATCH_PATTERN[cue.pattern]?.(stroke) ?? ''}</pattern></defs>`
    + `<rect x="1" y="1" width="16" height="16" rx="2" fill="${z.stage[stage]}" fill-opacity="0.75"/>`
    + (cue.pattern === 'solid' ? '' : '<rect x="1" y="1" width="16" height="16" rx="2" fill="url(#p)"/>')
    + `<rect x="1" y="1" width="16" height="16" rx="2" fill="none" stroke="${stroke}" stroke-width="2"/></svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A stage swatch and its name, for sheets. */
export function PrintStage({ stage, lang, size = 12 }: { stage: Stage; lang: Lang; size?: number }) {
  return (
    <span class="print-stage">
      <img src={swatchDataUrl(stage)} width={size} height={size} alt="" />
      <span>{STAGE_LABEL[lang][stage]}</span>
    </span>
  );
}
