/**
 * Canvas drawing for exported map pictures: the legend card, the scale bar and the north arrow.
 * Coordinates are CSS pixels (the caller scales the context); colours come from the theme.
 */
import { GEOMETRY_QUALITIES, STAGES, type GeometryQuality, type Stage } from '../domain/zone.ts';
import { makePattern } from './patterns.ts';
import { THEME, type Theme } from './theme.ts';

/**
 * What the legend card says: a heading, a label per stage, the economic zone's label, and a label
 * per geometry quality shown on the map (how its outline is drawn).
 */
export interface LegendCard {
  title: string;
  stages: Record<Stage, string>;
  economicZone: string;
  qualities: Partial<Record<GeometryQuality, string>>;
}

const FONT = '"Noto Sans", sans-serif';
const ROW_H = 22;
const SWATCH = 16;

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** A swatch drawn as the map draws the stage: translucent colour, pattern, solid outline. */
function drawSwatch(ctx: CanvasRenderingContext2D, stage: Stage, x: number, y: number, theme: Theme): void {
  const z = theme.zones;
  const cue = z.stageCue[stage];
  ctx.save();
  ctx.globalAlpha = 0.75;
  ctx.fillStyle = z.stage[stage];
  roundRect(ctx, x, y, SWATCH, SWATCH, 2);
  ctx.fill();
  ctx.globalAlpha = 1;
  if (cue.pattern !== 'solid') {
    const img = makePattern(cue.pattern, z.stageStroke[stage], 6, 0.9);
    const tile = document.createElement('canvas');
    tile.width = img.width;
    tile.height = img.height;
    tile.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
    const pattern = ctx.createPattern(tile, 'repeat');
    if (pattern) {
      ctx.fillStyle = pattern;
      ctx.fill();
    }
  }
  ctx.strokeStyle = z.stageStroke[stage];
  ctx.lineWidth = 2;
  ctx.stroke();
  ctx.restore();
}

/** The economic zone as the map draws it: a faint fill with a blurred edge (it has no published one). */
function drawEzSwatch(ctx: CanvasRenderingContext2D, x: number, y: number, theme: Theme): void {
  ctx.save();
  ctx.globalAlpha = 0.25;
  ctx.fillStyle = theme.zones.economicZoneFill;
  roundRect(ctx, x, y, SWATCH, SWATCH, 2);
  ctx.fill();
  ctx.globalAlpha = 0.45;
  ctx.filter = 'blur(1.5px)';
  ctx.strokeStyle = theme.zones.economicZoneLine;
  ctx.lineWidth = 3;
  ctx.stroke();
  ctx.restore();
}

/** A geometry-quality sample in neutral grey: the outline's width and dash, or a dotted circle. */
function drawQualitySwatch(ctx: CanvasRenderingContext2D, quality: GeometryQuality, x: number, y: number, theme: Theme): void {
  const cue = theme.zones.quality[quality];
  ctx.save();
  ctx.strokeStyle = theme.zones.labelText;
  ctx.fillStyle = theme.zones.labelText;
  ctx.lineWidth = cue.width;
  ctx.lineCap = quality === 'location-only' ? 'round' : 'butt';
  ctx.setLineDash(cue.dash.map((d) => d * cue.width));
  if (quality === 'location-only') {
    ctx.beginPath();
    ctx.arc(x + SWATCH / 2, y + SWATCH / 2, SWATCH / 2 - 1.5, 0, Math.PI * 2);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.arc(x + SWATCH / 2, y + SWATCH / 2, 2, 0, Math.PI * 2);
    ctx.fill();
  } else {
    roundRect(ctx, x + 1, y + 2, SWATCH - 2, SWATCH - 4, 1.5);
    ctx.globalAlpha = cue.fillOpacity * 0.45;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  }
  ctx.restore();
}

/** The legend card with its bottom-left corner at (x, bottom). Returns the card's size. */
export function drawLegendCard(ctx: CanvasRenderingContext2D, card: LegendCard, x: number, bottom: number, theme: Theme = THEME): { w: number; h: number } {
  const qualities = GEOMETRY_QUALITIES.filter((q) => card.qualities[q] !== undefined);
  const labels = [...STAGES.map((s) => card.stages[s]), card.economicZone, ...qualities.map((q) => card.qualities[q] ?? '')];
  ctx.font = `400 13px ${FONT}`;
  const textW = Math.max(...labels.map((l) => ctx.measureText(l).width));
  ctx.font = `700 13px ${FONT}`;
  const w = Math.ceil(Math.max(textW + SWATCH + 30, ctx.measureText(card.title).width + 20));
  const h = 34 + labels.length * ROW_H;
  const y = bottom - h;
  ctx.save();
  ctx.globalAlpha = 0.94;
  ctx.fillStyle = theme.zones.labelHalo;
  roundRect(ctx, x, y, w, h, 8);
  ctx.fill();
  ctx.globalAlpha = 0.25;
  ctx.strokeStyle = theme.zones.labelText;
  ctx.lineWidth = 1;
  ctx.stroke();
  ctx.restore();
  ctx.fillStyle = theme.zones.labelText;
  ctx.textBaseline = 'middle';
  ctx.fillText(card.title, x + 10, y + 17);
  ctx.font = `400 13px ${FONT}`;
  STAGES.forEach((s, i) => {
    const ry = y + 30 + i * ROW_H;
    drawSwatch(ctx, s, x + 10, ry + 3, theme);
    ctx.fillStyle = theme.zones.labelText;
    ctx.fillText(card.stages[s], x + 16 + SWATCH, ry + 11);
  });
  const ey = y + 30 + STAGES.length * ROW_H;
  drawEzSwatch(ctx, x + 10, ey + 3, theme);
  ctx.fillStyle = theme.zones.labelText;
  ctx.fillText(card.economicZone, x + 16 + SWATCH, ey + 11);
  qualities.forEach((q, i) => {
    const qy = ey + (i + 1) * ROW_H;
    drawQualitySwatch(ctx, q, x + 10, qy + 3, theme);
    ctx.fillStyle = theme.zones.labelText;
    ctx.fillText(card.qualities[q] ?? '', x + 16 + SWATCH, qy + 11);
  });
  return { w, h };
}

/** A black-and-white scale bar `px` long with its label, right-aligned at (right, bottom). */
export function drawScaleBar(ctx: CanvasRenderingContext2D, px: number, label: string, right: number, bottom: number, theme: Theme = THEME): void {
  const x = right - px;
  ctx.save();
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = theme.zones.labelHalo;
  ctx.fillRect(x - 6, bottom - 26, px + 12, 26);
  ctx.globalAlpha = 1;
  ctx.fillStyle = theme.zones.labelText;
  ctx.fillRect(x, bottom - 8, px / 2, 4);
  ctx.strokeStyle = theme.zones.labelText;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, bottom - 8.5, px - 1, 4);
  ctx.font = `700 11px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(label, right, bottom - 12);
  ctx.restore();
}

/** A north arrow centred at (cx, cy), turned against the map's bearing, with `letter` above it. */
export function drawNorthArrow(ctx: CanvasRenderingContext2D, letter: string, bearing: number, cx: number, cy: number, theme: Theme = THEME): void {
  ctx.save();
  ctx.globalAlpha = 0.85;
  ctx.fillStyle = theme.zones.labelHalo;
  ctx.beginPath();
  ctx.arc(cx, cy, 18, 0, Math.PI * 2);
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.translate(cx, cy);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = theme.zones.labelText;
  ctx.beginPath();
  ctx.moveTo(0, -8);
  ctx.lineTo(6, 10);
  ctx.lineTo(0, 5);
  ctx.lineTo(-6, 10);
  ctx.closePath();
  ctx.fill();
  ctx.font = `700 9px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  ctx.fillText(letter, 0, -8);
  ctx.restore();
}
