/**
 * Every colour of the app's map lives here. Stage colours are the Okabe–Ito colour-blind-safe
 * palette; each stage also has a pattern so stages read in greyscale. How sure a shape is
 * (`geometry_quality`) is drawn by the outline alone — width, dash and fill strength — so that the
 * two never compete: stage is colour and pattern, certainty is the line.
 */
import type { GeometryQuality, Stage } from '../domain/zone.ts';
import type { BasemapTheme } from './basemap_layers.ts';

/** How a stage is drawn besides its colour: the fill pattern. */
export interface StageCue {
  /** Pattern drawn over the fill; `solid` means none. */
  pattern: 'solid' | 'hatch' | 'dots' | 'cross';
}

/** How a geometry quality is drawn: outline width and dash, and how strong the fill is. */
export interface QualityCue {
  /** Outline width in px for a zone (clusters draw at `clusterScale` of it). */
  width: number;
  /** Outline dash array in line widths; empty means a solid line; `[0, n]` with round caps means dots. */
  dash: number[];
  /** Fill opacity; 0 means no fill at all (a location-only disc is not a footprint). */
  fillOpacity: number;
}

export interface ZoneTheme {
  stage: Record<Stage, string>;
  /** Darker stroke per stage, for outlines and text halos on the fill. */
  stageStroke: Record<Stage, string>;
  stageCue: Record<Stage, StageCue>;
  quality: Record<GeometryQuality, QualityCue>;
  /** Outline width of a cluster relative to a zone's. */
  clusterScale: number;
  economicZoneFill: string;
  economicZoneLine: string;
  selection: string;
  hover: string;
  labelText: string;
  labelHalo: string;
}

export interface FallbackBaseTheme {
  background: string;
  water: string;
  land: string;
  provinceLine: string;
  provinceLabel: string;
}

/** Features imported from the user's own file: magenta and black, unlike any stage colour. */
export interface ImportedTheme {
  fill: string;
  line: string;
  dash: string;
  halo: string;
}

/** The boundary workbench: a deep violet shape unlike any stage or import colour, white vertices, red crossings. */
export interface DrawTheme {
  line: string;
  fill: string;
  vertex: string;
  vertexStroke: string;
  selected: string;
  crossing: string;
  halo: string;
  label: string;
}

export interface Theme {
  zones: ZoneTheme;
  /** Drawn while the embedded basemap is missing (or under it, as a safety net). */
  base: FallbackBaseTheme;
  basemap: BasemapTheme;
  imported: ImportedTheme;
  draw: DrawTheme;
}

/** The default light theme. */
export const THEME: Theme = {
  zones: {
    stage: {
      operating: '#009E73',
      built: '#0072B2',
      planned: '#E69F00',
      'land-clearance': '#CC79A7',
    },
    stageStroke: {
      operating: '#005C43',
      built: '#003F63',
      planned: '#8A5F00',
      'land-clearance': '#7E3F67',
    },
    stageCue: {
      operating: { pattern: 'solid' },
      built: { pattern: 'hatch' },
      planned: { pattern: 'dots' },
      'land-clearance': { pattern: 'cross' },
    },
    quality: {
      surveyed: { width: 2.75, dash: [], fillOpacity: 0.62 },
      described: { width: 1.25, dash: [], fillOpacity: 0.55 },
      indicative: { width: 1.75, dash: [2.5, 1.75], fillOpacity: 0.36 },
      'location-only': { width: 2.25, dash: [0, 2], fillOpacity: 0 },
    },
    clusterScale: 0.8,
    economicZoneFill: '#5B6C8F',
    economicZoneLine: '#44536F',
    selection: '#111827',
    hover: '#1F2937',
    labelText: '#1B2330',
    labelHalo: '#FFFFFF',
  },
  imported: { fill: '#F06BC0', line: '#D1007A', dash: '#111111', halo: '#FFFFFF' },
  draw: {
    line: '#4527A0', fill: '#7E57C2', vertex: '#FFFFFF', vertexStroke: '#4527A0', selected: '#111827', crossing: '#D50000',
    halo: '#FFFFFF', label: '#1B2330',
  },
  base: {
    background: '#D6E6EE',
    water: '#C9DEE8',
    land: '#F3F1EC',
    provinceLine: '#7A7F8A',
    provinceLabel: '#5E6470',
  },
  basemap: {
    background: '#D6E6EE',
    land: '#F4F2ED',
    water: '#C6DCE8',
    waterLine: '#9DBFD1',
    river: '#B5D2E2',
    boundary: '#8C8398',
    boundaryCasing: '#FFFFFF',
    road: '#FFFFFF',
    roadCasing: '#B9AFA0',
    roadText: '#6B625A',
    townText: '#3B4350',
    townHalo: '#FFFFFF',
    placeText: '#4F6B85',
    provinceText: '#8A8296',
  },
};
