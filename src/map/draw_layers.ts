/**
 * Styles of the boundary workbench: terra-draw's per-mode styling (colours from the theme; vertex handles large
 * enough to take a finger on a phone) and the layers of the board's own marks — numbered vertices, the selected
 * vertex, the points of an unfinished keyboard shape, and a red ring where edges cross.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { DrawTheme } from './theme.ts';

export type { DrawTheme };

/** Source of the board's marks. */
export const MARKS_SOURCE = 'board-marks';

/** Vertex handle radius (CSS pixels): about 9 mm across on a phone with the outline. */
const HANDLE_PX = 7;

type Hex = `#${string}`;

/** terra-draw styling for the polygon, line and select modes. */
export function drawModeStyles(t: DrawTheme) {
  const c = (v: string): Hex => v as Hex;
  const points = {
    coordinatePointColor: c(t.vertex), coordinatePointWidth: HANDLE_PX, coordinatePointOutlineColor: c(t.vertexStroke), coordinatePointOutlineWidth: 2,
    closingPointColor: c(t.vertex), closingPointWidth: HANDLE_PX, closingPointOutlineColor: c(t.vertexStroke), closingPointOutlineWidth: 2,
    snappingPointColor: c(t.selected), snappingPointWidth: HANDLE_PX, snappingPointOutlineColor: c(t.vertex), snappingPointOutlineWidth: 2,
  };
  return {
    polygon: { fillColor: c(t.fill), fillOpacity: 0.2, outlineColor: c(t.line), outlineWidth: 3, ...points },
    line: { lineStringColor: c(t.line), lineStringWidth: 3, ...points },
    select: {
      selectedPolygonColor: c(t.fill), selectedPolygonFillOpacity: 0.25, selectedPolygonOutlineColor: c(t.line), selectedPolygonOutlineWidth: 3,
      selectedLineStringColor: c(t.line), selectedLineStringWidth: 3,
      selectionPointColor: c(t.vertex), selectionPointWidth: HANDLE_PX, selectionPointOutlineColor: c(t.vertexStroke), selectionPointOutlineWidth: 2,
      midPointColor: c(t.vertexStroke), midPointWidth: 4, midPointOutlineColor: c(t.vertex), midPointOutlineWidth: 1.5,
    },
  };
}

/** The marks' layers, bottom to top. */
export function boardMarkLayers(t: DrawTheme, font: string): LayerSpecification[] {
  const role = (r: string) => ['==', ['get', 'role'], r] as ['==', ['get', string], string];
  return [
    { id: 'board-draft-line', type: 'line', source: MARKS_SOURCE, filter: role('draft-line'), paint: { 'line-color': t.line, 'line-width': 2, 'line-dasharray': [2, 2] } },
    {
      id: 'board-draft', type: 'circle', source: MARKS_SOURCE, filter: role('draft'),
      paint: { 'circle-radius': HANDLE_PX, 'circle-color': t.vertexStroke, 'circle-stroke-color': t.vertex, 'circle-stroke-width': 2 },
    },
    {
      id: 'board-selected', type: 'circle', source: MARKS_SOURCE, filter: ['all', role('vertex'), ['==', ['get', 'selected'], true]],
      paint: { 'circle-radius': HANDLE_PX + 5, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': t.selected, 'circle-stroke-width': 3 },
    },
    {
      id: 'board-crossing', type: 'circle', source: MARKS_SOURCE, filter: role('crossing'),
      paint: { 'circle-radius': 9, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': t.crossing, 'circle-stroke-width': 3 },
    },
    {
      id: 'board-vertex-label', type: 'symbol', source: MARKS_SOURCE, filter: ['any', role('vertex'), role('draft')],
      layout: { 'text-field': ['get', 'n'], 'text-font': [font], 'text-size': 12, 'text-offset': [0, -1.4], 'text-allow-overlap': true },
      paint: { 'text-color': t.label, 'text-halo-color': t.halo, 'text-halo-width': 1.5 },
    },
  ];
}
