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
import { GEOMETRY_QUALITIES, STAGES, type GeometryQuality, type Lang, type Stage } from '../domain/zone.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import type { ZoneTheme } from './theme.ts';

/** Layer ids, exported so the controller and tests name them once. */
export const ZONE_LAYER = {
  ezFill: 'ez-fill',
  ezLine: 'ez-line',
  fill: 'zone-fill',
  pattern: 'zone-pattern',
  line: 'zone-line',
  ring: 'zone-ring',
  selected: 'zone-selected',
  marker: 'zone-marker',
  markerCue: 'zone-marker-cue',
  label: 'zone-label',
  ezLabel: 'ez-label',
} as const;

/** The anchor-point source that goes with a polygon source. */
export function pointsSourceOf(sourceId: string): string {
  return `${sourceId}-points`;
}

/** Layers that respond to hover and click. */
export const INTERACTIVE_LAYERS: string[] = [ZONE_LAYER.fill, ZONE_LAYER.marker, ZONE_LAYER.ezFill];

/** Name of the pattern image registered for a stage. */
export function patternImageId(stage: Stage): string {
  return `stage-pattern-${stage}`;
}

/** Name of the mark drawn inside a stage's marker (its pattern's sign: hatch, dot, cross; none for solid). */
export function markerCueImageId(stage: Stage): string {
  return `stage-marker-cue-${stage}`;
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
const locationOnly: ExpressionSpecification = ['==', ['get', 'quality'], 'location-only'];
const footprint: ExpressionSpecification = ['all', notEz, ['!', locationOnly]];

/** `["match", ["get","quality"], "surveyed", v1, ...]` over every geometry quality. */
export function qualityMatch<T extends number | number[]>(values: Record<GeometryQuality, T>, fallback: T): ExpressionSpecification {
  const pairs: unknown[] = [];
  for (const q of GEOMETRY_QUALITIES) pairs.push(q, Array.isArray(values[q]) ? ['literal', values[q]] : values[q]);
  return ['match', ['get', 'quality'], ...pairs, Array.isArray(fallback) ? ['literal', fallback] : fallback] as unknown as ExpressionSpecification;
}

/** The `text-field` expression for a language. */
export function labelField(lang: Lang): DataDrivenPropertyValueSpecification<string> {
  return ['get', `label_${lang}`];
}

/**
 * All zone layers, bottom to top: economic-zone backdrop with a blurred edge (it has no published
 * one), zone fills (strength by geometry quality; none for location-only), stage patterns, outlines
 * (width and dash by geometry quality), the dotted rings of location-only features, selection ring,
 * anchor markers, labels.
 */
export function zoneLayers(sourceId: string, theme: ZoneTheme, lang: Lang): LayerSpecification[] {
  const points = pointsSourceOf(sourceId);
  const q = theme.quality;
  const dash = Object.fromEntries(GEOMETRY_QUALITIES.map((k) => [k, q[k].dash.length ? q[k].dash : [1, 0]])) as Record<GeometryQuality, number[]>;
  const width = Object.fromEntries(GEOMETRY_QUALITIES.map((k) => [k, q[k].width])) as Record<GeometryQuality, number>;
  const fillOpacity = Object.fromEntries(GEOMETRY_QUALITIES.map((k) => [k, q[k].fillOpacity])) as Record<GeometryQuality, number>;
  const lineWidth: ExpressionSpecification = ['*', qualityMatch(width, width.indicative), ['match', ['get', 'kind'], 'cluster', theme.clusterScale, 1]];
  const patterns = Object.fromEntries(STAGES.map((s) => [s, patternImageId(s)])) as Record<Stage, string>;
  return [
    {
      id: ZONE_LAYER.ezFill,
      type: 'fill',
      source: sourceId,
      filter: isEz,
      paint: {
        'fill-color': theme.economicZoneFill,
        'fill-opacity': ['case', selected, 0.2, hovered, 0.14, 0.08],
      },
    },
    {
      // A wide, blurred edge: the zone is a schematic band, and a crisp line would claim a boundary.
      id: ZONE_LAYER.ezLine,
      type: 'line',
      source: sourceId,
      filter: isEz,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.economicZoneLine,
        'line-width': ['case', selected, 14, 10],
        'line-blur': 9,
        'line-opacity': ['case', selected, 0.5, 0.3],
      },
    },
    {
      id: ZONE_LAYER.fill,
      type: 'fill',
      source: sourceId,
      filter: footprint,
      paint: {
        'fill-color': stageMatch(theme.stage, theme.stage.planned),
        'fill-opacity': ['case', selected, ['min', 0.9, ['+', qualityMatch(fillOpacity, 0.36), 0.25]], hovered, ['min', 0.8, ['+', qualityMatch(fillOpacity, 0.36), 0.15]], qualityMatch(fillOpacity, 0.36)],
      },
    },
    {
      id: ZONE_LAYER.pattern,
      type: 'fill',
      source: sourceId,
      filter: ['all', footprint, ['!=', ['get', 'stage'], 'operating']],
      paint: {
        'fill-pattern': stageMatch(patterns, patternImageId('planned')),
        'fill-opacity': ['match', ['get', 'quality'], 'indicative', 0.7, 1],
      },
    },
    {
      id: ZONE_LAYER.line,
      type: 'line',
      source: sourceId,
      filter: footprint,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': stageMatch(theme.stageStroke, theme.stageStroke.planned),
        'line-width': lineWidth,
        'line-dasharray': qualityMatch(dash, [1, 0]),
      },
    },
    {
      // Round caps turn the zero-length dashes into dots: the circle of where the feature may be.
      id: ZONE_LAYER.ring,
      type: 'line',
      source: sourceId,
      filter: ['all', notEz, locationOnly],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': stageMatch(theme.stageStroke, theme.stageStroke.planned),
        'line-width': lineWidth,
        'line-dasharray': ['literal', dash['location-only']],
        'line-opacity': 0.9,
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
      paint: {
        'circle-color': stageMatch(theme.stage, theme.stage.planned),
        // Past zoom 11.5 only location-only markers keep a size, so a faded marker cannot be clicked.
        'circle-radius': ['interpolate', ['linear'], ['zoom'],
          7, ['match', ['get', 'kind'], 'cluster', 3.5, 4.5],
          11, ['match', ['get', 'kind'], 'cluster', 5, 6],
          11.6, ['case', locationOnly, ['match', ['get', 'kind'], 'cluster', 5, 6], 0]],
        'circle-stroke-color': ['case', selected, theme.selection, stageMatch(theme.stageStroke, theme.stageStroke.planned)],
        'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.5],
        // Markers keep small features findable at province zoom, then fade as the shapes grow. A
        // location-only feature has no shape: its marker stays.
        'circle-opacity': ['interpolate', ['linear'], ['zoom'],
          9.5, ['case', locationOnly, 1, ['match', ['get', 'kind'], 'cluster', 1, 0.9]],
          10.5, ['case', locationOnly, 1, ['match', ['get', 'kind'], 'cluster', 1, 0]],
          11.5, ['case', locationOnly, 1, 0]],
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'],
          9.5, 1,
          10.5, ['case', locationOnly, 1, ['match', ['get', 'kind'], 'cluster', 1, 0]],
          11.5, ['case', locationOnly, 1, 0]],
      },
    },
    {
      // The stage's pattern as a white sign inside its marker (hatch, dot, cross; nothing for solid), so stages
      // differ without colour at province zoom too, as the polygons' patterns do closer in.
      id: ZONE_LAYER.markerCue,
      type: 'symbol',
      source: points,
      filter: notEz,
      layout: {
        'icon-image': stageMatch(Object.fromEntries(STAGES.map((st) => [st, markerCueImageId(st)])) as Record<Stage, string>, ''),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 7, ['match', ['get', 'kind'], 'cluster', 0.6, 0.75], 11, ['match', ['get', 'kind'], 'cluster', 0.85, 1]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-opacity': ['interpolate', ['linear'], ['zoom'],
          9.5, 1,
          10.5, ['case', locationOnly, 1, ['match', ['get', 'kind'], 'cluster', 1, 0]],
          11.5, ['case', locationOnly, 1, 0]],
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
