/**
 * Pictures of the map for printouts and PNG downloads. Loaded only when the user asks for one.
 * - `captureMap()` reads the visible map: a synchronous `redraw()` followed by a canvas copy in the same task,
 *   so the WebGL drawing buffer is still intact and the live map needs no `preserveDrawingBuffer`.
 * - `renderMapOffscreen()` draws the same style into a hidden map of any size (a printout's map box, a fact
 *   sheet's feature), which does keep its drawing buffer, then throws that map away.
 * - `composeMapPng()` burns a legend, a scale bar, a north arrow and the attribution into a captured map.
 */
import { Map as MapLibreMap, type LngLatBoundsLike } from 'maplibre-gl';
import type { Camera } from '../state/view.ts';
import { drawLegendCard, drawNorthArrow, drawScaleBar, type LegendCard } from './map_image_draw.ts';
import { POINTS_SOURCE, ZONES_SOURCE } from './style.ts';
import { cameraOf, copyCanvas } from './canvas.ts';
import { THEME } from './theme.ts';
import { metresPerPixel } from './scale.ts';

/** A map picture and what a scale bar and north arrow need. */
export interface MapPicture {
  canvas: HTMLCanvasElement;
  /** Size in CSS pixels; the canvas holds `cssWidth × pixelRatio` device pixels. */
  cssWidth: number;
  cssHeight: number;
  pixelRatio: number;
  /** Ground metres per CSS pixel at the centre of the picture (Web Mercator). */
  metresPerPixel: number;
  /** Degrees clockwise from north of the picture's up direction. */
  bearing: number;
  /** The camera the picture was drawn with (for a link to the same view). */
  camera: Camera;
}

/** A scale bar at most `maxPx` long: a round distance (1, 2 or 5 × 10ⁿ m) and its length in CSS pixels. */
export function scaleBar(mPerPx: number, maxPx: number): { px: number; metres: number; label: string } {
  const max = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= max) ?? pow;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { px: metres / mPerPx, metres, label };
}

function pictureOf(map: MapLibreMap, canvas: HTMLCanvasElement): MapPicture {
  const el = map.getContainer();
  return {
    camera: cameraOf(map),
    canvas,
    cssWidth: el.clientWidth,
    cssHeight: el.clientHeight,
    pixelRatio: canvas.width / Math.max(1, el.clientWidth),
    metresPerPixel: metresPerPixel(map.getCenter().lat, map.getZoom()),
    bearing: map.getBearing(),
  };
}


/** Resolves once the map has drawn everything it is loading, or after `timeoutMs` with what it has. */
function whenIdle(map: MapLibreMap, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (map.loaded() && map.areTilesLoaded()) return resolve();
    const timer = setTimeout(resolve, timeoutMs);
    map.once('idle', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The visible map as it is now (after its tiles have loaded), at the screen's pixel ratio. */
export async function captureMap(map: MapLibreMap, timeoutMs = 10_000): Promise<MapPicture> {
  await whenIdle(map, timeoutMs);
  // Render now and copy in the same task: the buffer has not been handed to the compositor yet.
  map.redraw();
  return pictureOf(map, copyCanvas(map.getCanvas()));
}

export interface OffscreenOptions {
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel; 2 prints sharply. */
  pixelRatio?: number;
  /** What to fit: a bounding box (with `padding`) … */
  bounds?: LngLatBoundsLike;
  padding?: number;
  maxZoom?: number;
  /** … or a camera. */
  center?: [number, number];
  zoom?: number;
  /** Feature drawn as selected. */
  selectedId?: string | null;
  timeoutMs?: number;
}

/**
 * Draws the live map's current style (data, filters, language, base layer) into a hidden map and returns
 * its picture. The live map is not touched.
 */
export async function renderMapOffscreen(map: MapLibreMap, opts: OffscreenOptions): Promise<MapPicture> {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.style.cssText = `position:fixed;left:-10000px;top:0;width:${opts.width}px;height:${opts.height}px;pointer-events:none`;
  document.body.append(box);
  const off = new MapLibreMap({
    container: box,
    style: map.getStyle(),
    pixelRatio: opts.pixelRatio ?? 2,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    ...(opts.bounds ? { bounds: opts.bounds, fitBoundsOptions: { padding: opts.padding ?? 24, maxZoom: opts.maxZoom ?? 16 } } : {}),
    ...(opts.center ? { center: opts.center, zoom: opts.zoom ?? map.getZoom() } : {}),
  });
  // Fill patterns are images added at run time, so they are not part of the style: copy them over.
  off.on('styleimagemissing', (e: { id: string }) => {
    const img = map.getImage(e.id);
    if (img && !off.hasImage(e.id)) off.addImage(e.id, img.data, { pixelRatio: img.pixelRatio, sdf: img.sdf });
  });
  try {
    await new Promise<void>((resolve) => (off.loaded() ? resolve() : off.once('load', () => resolve())));
    if (opts.selectedId) {
      for (const source of [ZONES_SOURCE, POINTS_SOURCE]) {
        if (off.getSource(source)) off.setFeatureState({ source, id: opts.selectedId }, { selected: true });
      }
    }
    await whenIdle(off, opts.timeoutMs ?? 15_000);
    off.redraw();
    return pictureOf(off, copyCanvas(off.getCanvas()));
  } finally {
    off.remove();
    box.remove();
  }
}

export interface PngTexts {
  /** Legend heading and one label per stage; the economic zone's label. */
  legend: LegendCard;
  /** One line of credits, drawn along the bottom edge. */
  attribution: string;
  /** Letter on the north arrow ("N", "B" for Bắc). */
  north: string;
}

/**
 * The picture with a legend card (bottom left), a scale bar and north arrow (right) and the attribution
 * along the bottom, as a PNG blob. Fonts are the page's Noto Sans.
 */
export async function composeMapPng(pic: MapPicture, texts: PngTexts): Promise<Blob> {
  await Promise.all(['700 14px "Noto Sans"', '400 12px "Noto Sans"'].map((f) => document.fonts.load(f).catch(() => [])));
  const s = pic.pixelRatio;
  const out = document.createElement('canvas');
  out.width = pic.canvas.width;
  out.height = pic.canvas.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.drawImage(pic.canvas, 0, 0);
  ctx.scale(s, s);
  const w = pic.cssWidth;
  const h = pic.cssHeight;
  const stripH = 22;
  drawLegendCard(ctx, texts.legend, 12, h - stripH - 12);
  const bar = scaleBar(pic.metresPerPixel, 120);
  drawScaleBar(ctx, bar.px, bar.label, w - 12, h - stripH - 12);
  drawNorthArrow(ctx, texts.north, pic.bearing, w - 30, 30);
  ctx.globalAlpha = 0.88;
  ctx.fillStyle = THEME.zones.labelHalo;
  ctx.fillRect(0, h - stripH, w, stripH);
  ctx.globalAlpha = 1;
  ctx.fillStyle = THEME.zones.labelText;
  ctx.font = '400 11px "Noto Sans", sans-serif';
  ctx.textBaseline = 'middle';
  ctx.fillText(texts.attribution, 8, h - stripH / 2, w - 16);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
