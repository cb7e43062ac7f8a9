/**
 * Layer builders for the zones, clusters and the economic zone. Pure: they return style JSON.
 * Two sources: polygons (`<id>`) and one anchor point per feature (`<id>-points`) for markers and
 * labels, so small clusters stay visible and clickable at province zoom.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import { STAGES, type Lang, type Stage } from '../domain/zone.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import type { ZoneTheme } from './theme.ts';

/** Layer ids, exported so the controller and tests name them once. */
export const ZONE_LAYER = {
  ezFill: 'ez-fill',
  ezLine: 'ez-line',
  fill: 'zone-fill',
  pattern: 'zone-pattern',
  line: 'zone-line',
  selected: 'zone-selected',
  marker: 'zone-marker',
  label: 'zone-label',
  ezLabel: 'ez-label',
} as const;

/** Layers that respond to hover and click. */
export const INTERACTIVE_LAYERS: string[] = [ZONE_LAYER.fill, ZONE_LAYER.marker, ZONE_LAYER.ezFill];

/** Name of the pattern image registered for a stage. */
export function patternImageId(stage: Stage): string {
  return `stage-pattern-${stage}`;
}

/** `["match", ["get","stage"], "operating", v1, ...]` over every stage. */
export function stageMatch<T extends string | number | number[]>(values: Record<Stage, T>, fallback: T): ExpressionSpecification {
  const pairs: unknown[] = [];
  for (const s of STAGES) pairs.push(s, Array.isArray(values[s]) ? ['literal', values[s]] : values[s]);
  return ['match', ['get', 'stage'], ...pairs, Array.isArray(fallback) ? ['literal', fallback] : fallback] as unknown as ExpressionSpecification;
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const notEz: ExpressionSpecification = ['!=', ['get', 'kind'], 'economic-zone'];
const isEz: ExpressionSpecification = ['==', ['get', 'kind'], 'economic-zone'];

/** The `text-field` expression for a language. */
export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return ['get', `label_${lang}`];
}

/**
 * All zone layers, bottom to top: economic-zone backdrop, zone fills, stage patterns, outlines,
 * selection ring, anchor markers, labels.
 */
export function zoneLayers(sourceId: string, theme: ZoneTheme, lang: Lang): LayerSpecification[] {
  const points = `${sourceId}-points`;
  const dash: Record<Stage, number[]> = {
    operating: theme.stageCue.operating.dash.length ? theme.stageCue.operating.dash : [1, 0],
    built: theme.stageCue.built.dash.length ? theme.stageCue.built.dash : [1, 0],
    planned: theme.stageCue.planned.dash.length ? theme.stageCue.planned.dash : [1, 0],
    'land-clearance': theme.stageCue['land-clearance'].dash.length ? theme.stageCue['land-clearance'].dash : [1, 0],
  };
  const patterns = Object.fromEntries(STAGES.map((s) => [s, patternImageId(s)])) as Record<Stage, string>;
  return [
    {
      id: ZONE_LAYER.ezFill,
      type: 'fill',
      source: sourceId,
      filter: isEz,
      paint: {
        'fill-color': theme.economicZoneFill,
        'fill-opacity': ['case', selected, 0.22, hovered, 0.16, 0.09],
      },
    },
    {
      id: ZONE_LAYER.ezLine,
      type: 'line',
      source: sourceId,
      filter: isEz,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.economicZoneLine,
        'line-width': ['case', selected, 3, 1.5],
        'line-dasharray': [5, 2.5],
        'line-opacity': 0.85,
      },
    },
    {
      id: ZONE_LAYER.fill,
      type: 'fill',
      source: sourceId,
      filter: notEz,
      paint: {
        'fill-color': stageMatch(theme.stage, theme.stage.planned),
        'fill-opacity': ['case', selected, 0.9, hovered, 0.8, 0.62],
      },
    },
    {
      id: ZONE_LAYER.pattern,
      type: 'fill',
      source: sourceId,
      filter: ['all', notEz, ['!=', ['get', 'stage'], 'operating']],
      paint: { 'fill-pattern': stageMatch(patterns, patternImageId('planned')) },
    },
    {
      id: ZONE_LAYER.line,
      type: 'line',
      source: sourceId,
      filter: notEz,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': stageMatch(theme.stageStroke, theme.stageStroke.planned),
        'line-width': ['match', ['get', 'kind'], 'cluster', theme.kindOutlineWidth.cluster, theme.kindOutlineWidth.zone],
        'line-dasharray': stageMatch(dash, [1, 0]),
      },
    },
    {
      id: ZONE_LAYER.selected,
      type: 'line',
      source: sourceId,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.selection,
        'line-width': ['case', selected, 3.5, hovered, 2, 0],
        'line-opacity': ['case', selected, 1, hovered, 0.6, 0],
        'line-gap-width': ['case', selected, 1, 0],
      },
    },
    {
      id: ZONE_LAYER.marker,
      type: 'circle',
      source: points,
      filter: notEz,
      maxzoom: 11.5,
      paint: {
        'circle-color': stageMatch(theme.stage, theme.stage.planned),
        'circle-radius': ['interpolate', ['linear'], ['zoom'],
          7, ['match', ['get', 'kind'], 'cluster', 3.5, 4.5],
          11, ['match', ['get', 'kind'], 'cluster', 5, 6]],
        'circle-stroke-color': ['case', selected, theme.selection, stageMatch(theme.stageStroke, theme.stageStroke.planned)],
        'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.5],
        // Markers keep small features findable at province zoom, then fade as the shapes grow.
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], 9.5, ['match', ['get', 'kind'], 'cluster', 1, 0.9], 10.5, ['match', ['get', 'kind'], 'cluster', 1, 0], 11.5, 0],
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], 9.5, 1, 10.5, ['match', ['get', 'kind'], 'cluster', 1, 0], 11.5, 0],
      },
    },
    {
      id: ZONE_LAYER.ezLabel,
      type: 'symbol',
      source: points,
      filter: isEz,
      minzoom: 7.5,
      layout: {
        'text-field': labelField(lang),
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 12, 14],
        'text-letter-spacing': 0.08,
        'text-max-width': 9,
        'text-transform': 'uppercase',
        'symbol-sort-key': 100,
      },
      paint: { 'text-color': theme.economicZoneLine, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2, 'text-opacity': 0.85 },
    },
    {
      id: ZONE_LAYER.label,
      type: 'symbol',
      source: points,
      filter: ['all', notEz, ['any', ['==', ['get', 'kind'], 'zone'], ['>=', ['zoom'], 9.5]]],
      layout: {
        'text-field': labelField(lang),
        'text-font': ['case', ['==', ['get', 'kind'], 'zone'], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, ['match', ['get', 'kind'], 'cluster', 10, 11.5], 13, ['match', ['get', 'kind'], 'cluster', 13, 15]],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'text-max-width': 10,
        'symbol-sort-key': ['get', 'rank'],
        'text-optional': true,
      },
      paint: {
        'text-color': theme.labelText,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
