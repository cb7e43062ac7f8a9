/**
 * App state as signals. `createAppState()` returns fresh state (one per app, one per test);
 * derived values are `computed`, never stored twice. Actions are plain functions below.
 */
import { batch, computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ChartFilter } from '../domain/summary_charts.ts';
import { GEOMETRY_QUALITIES, KINDS, STAGES, type GeometryQuality, type Kind, type Lang, type Stage, type ZoneFeature } from '../domain/zone.ts';
import { matchesQuery, searchTextOf } from '../domain/search.ts';
import { comparesToOfficial, hasFootprint, stageTotals, type StageTotals } from '../domain/area_use.ts';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Plan } from '../domain/plan.ts';
import { MAX_COMPARE, MAX_QUERY_LENGTH, type BaseLayer, type View } from './view.ts';
import { zonesAsOf } from '../domain/timeline.ts';

/** Every problem the app can tell the user about; the UI has a text for each (checked by its types). */
export const NOTICE_KEYS = [
  'noticeLoadFailed', 'noticeDataProblem', 'noticeAreaFailed', 'noticePlanFailed', 'noticeMapProblem',
  'noticeMapProblemUnknown', 'noticeOnlineFailed', 'noticeNoWebgl', 'noticeDetailsFailed', 'noticeCompareUnknown',
  'noticeCompareOverLimit', 'noticeCompareFull',
] as const;
export type NoticeKey = (typeof NOTICE_KEYS)[number];

/**
 * A message for the user, kept as a message key and values so it is shown in whatever language
 * the UI is in when it is read.
 */
export interface Notice {
  key: NoticeKey;
  vars: Readonly<Record<string, string | number>>;
}

/** A feature's areas in m², three ways, and the VN-2000 figure against the official one. */
export interface FeatureAreas {
  turfM2: number;
  ellipsoidalM2: number;
  vn2000M2: number;
  /**
   * VN-2000 (rounded to 0.01 ha) minus official; null unless the difference means something (a
   * described or surveyed boundary not drawn to the official size, with an official figure).
   */
  vsOfficial: { diffHa: number; diffPct: number } | null;
}

export type { StageTotals } from '../domain/area_use.ts';

/**
 * Whether `zones` carry their long-form texts: `pending` while they come from the core file (`zone_core.ts`),
 * `loaded` once the whole file is in, `failed` when it could not be read (the core data stays).
 */
export type DetailsStatus = 'pending' | 'loaded' | 'failed';

export interface AppState {
  zones: Signal<readonly ZoneFeature[]>;
  /** Nothing may show a detail property of `zones` unless this is `loaded`. */
  details: Signal<DetailsStatus>;
  /** Set by whatever needs the details now (a panel, a fact sheet, an export); the loader fetches them. */
  detailsWanted: Signal<boolean>;
  /** Outline of the former province, drawn under the zones; null until loaded (or if it cannot be). */
  province: Signal<FeatureCollection<Geometry> | null>;
  /** The provincial plan's figures; null until loaded (or if `plan.json` cannot be read). */
  plan: Signal<Plan | null>;
  lang: Signal<Lang>;
  selectedId: Signal<string | null>;
  hiddenStages: Signal<ReadonlySet<Stage>>;
  hiddenKinds: Signal<ReadonlySet<Kind>>;
  query: Signal<string>;
  /** Base map: the embedded offline basemap, or an optional online layer over it. */
  baseLayer: Signal<BaseLayer>;
  /** Main view: the map, or the area table. */
  view: Signal<View>;
  /**
   * Areas by feature id, three ways. Filled once the area module (proj4, GeographicLib) has
   * loaded after first paint; null until then.
   */
  areas: Signal<ReadonlyMap<string, FeatureAreas> | null>;
  /** Problems to show the user (bad data, missing tiles); newest last. */
  notices: Signal<readonly Notice[]>;
  /** Ids of the features in the comparison, in the order added (at most `MAX_COMPARE`). */
  compare: Signal<readonly string[]>;
  /** The timeline's year: the map, legend and list show the features as of then; null for today. */
  year: Signal<number | null>;

  /** The headline computed area in hectares: VN-2000 / TM-3 (empty until `areas` is loaded; never for location-only features). */
  computedHa: ReadonlySignal<ReadonlyMap<string, number>>;
  visibleStages: ReadonlySignal<ReadonlySet<Stage>>;
  visibleKinds: ReadonlySignal<ReadonlySet<Kind>>;
  /**
   * The features as of `year` (`zonesAsOf`): those recorded by then, each in the stage it had then; `zones` when no
   * year is set. Empty while a year is set and the histories (in the whole file) have not loaded.
   */
  datedZones: ReadonlySignal<readonly ZoneFeature[]>;
  /** The compared features that exist in the data, in order. */
  compared: ReadonlySignal<readonly ZoneFeature[]>;
  /** Features passing the stage and kind filters (what the map shows). */
  visibleZones: ReadonlySignal<readonly ZoneFeature[]>;
  /** Visible features that also match the search (what the list shows). */
  listedZones: ReadonlySignal<readonly ZoneFeature[]>;
  selected: ReadonlySignal<ZoneFeature | null>;
  totalsByStage: ReadonlySignal<Record<Stage, StageTotals>>;
  /** Geometry qualities of the visible zones and clusters, best first (for legends of pictures and prints). */
  visibleQualities: ReadonlySignal<readonly GeometryQuality[]>;
}

/** Fresh state with everything visible, Vietnamese, nothing selected. */
export function createAppState(init: { zones?: readonly ZoneFeature[]; lang?: Lang } = {}): AppState {
  const zones = signal<readonly ZoneFeature[]>(init.zones ?? []);
  // Zones given here are whole features (tests, pictures); the app's loader starts from the core file.
  const details = signal<DetailsStatus>(init.zones ? 'loaded' : 'pending');
  const detailsWanted = signal(false);
  const province = signal<FeatureCollection<Geometry> | null>(null);
  const plan = signal<Plan | null>(null);
  const lang = signal<Lang>(init.lang ?? 'vi');
  const selectedId = signal<string | null>(null);
  const hiddenStages = signal<ReadonlySet<Stage>>(new Set());
  const hiddenKinds = signal<ReadonlySet<Kind>>(new Set());
  const query = signal('');
  const baseLayer = signal<BaseLayer>('embedded');
  const view = signal<View>('map');
  const notices = signal<readonly Notice[]>([]);
  const compare = signal<readonly string[]>([]);
  const year = signal<number | null>(null);

  const areas = signal<ReadonlyMap<string, FeatureAreas> | null>(null);
  const computedHa = computed(() => new Map([...(areas.value ?? new Map<string, FeatureAreas>())].map(([id, a]) => [id, a.vn2000M2 / 10_000])));
  const searchText = computed(() => new Map(zones.value.map((z) => [z.properties.id, searchTextOf(z)])));
  const visibleStages = computed(() => new Set(STAGES.filter((s) => !hiddenStages.value.has(s))));
  const visibleKinds = computed(() => new Set(KINDS.filter((k) => !hiddenKinds.value.has(k))));
  const datedZones = computed(() => {
    if (year.value === null) return zones.value;
    return details.value === 'loaded' ? zonesAsOf(zones.value, year.value) : [];
  });
  const compared = computed(() => compare.value.map((id) => zones.value.find((z) => z.properties.id === id)).filter((z): z is ZoneFeature => z !== undefined));
  const visibleZones = computed(() =>
    datedZones.value.filter((z) => visibleStages.value.has(z.properties.stage) && visibleKinds.value.has(z.properties.kind)),
  );
  const listedZones = computed(() =>
    visibleZones.value.filter((z) => matchesQuery(searchText.value.get(z.properties.id) ?? '', query.value)),
  );
  const selected = computed(() => zones.value.find((z) => z.properties.id === selectedId.value) ?? null);
  const totalsByStage = computed(() =>
    stageTotals(datedZones.value.filter((z) => visibleKinds.value.has(z.properties.kind)), computedHa.value));

  const visibleQualities = computed(() => GEOMETRY_QUALITIES.filter((q) =>
    visibleZones.value.some((z) => z.properties.kind !== 'economic-zone' && z.properties.geometry_quality === q)));

  return {
    zones, details, detailsWanted, province, plan, lang, selectedId, hiddenStages, hiddenKinds, query, baseLayer, view, areas, notices,
    compare, year, datedZones, compared, computedHa, visibleStages, visibleKinds, visibleZones, listedZones, selected, totalsByStage, visibleQualities,
  };
}

function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

/**
 * Computes the three areas of every feature that has a footprint, with the lazily loaded area module,
 * so proj4 and GeographicLib stay out of the first page load. A location-only feature gets no entry:
 * its disc is not a footprint. Resolves when `state.areas` is set.
 */
export async function loadAreas(state: AppState): Promise<void> {
  const { areasOf, compareToOfficial } = await import('../domain/area.ts');
  const zones = state.zones.peek().filter((z) => hasFootprint(z.properties));
  state.areas.value = new Map(
    zones.map((z) => {
      const a = areasOf(z.geometry);
      const vsOfficial = comparesToOfficial(z.properties) ? compareToOfficial(a.vn2000M2, z.properties.official_area_ha) : null;
      return [z.properties.id, { ...a, vsOfficial }];
    }),
  );
}

/** Shows or hides one stage on the map and in the list. */
export function toggleStage(state: AppState, stage: Stage): void {
  state.hiddenStages.value = toggled(state.hiddenStages.value, stage);
  deselectIfHidden(state);
}

/** Shows or hides one kind on the map and in the list. */
export function toggleKind(state: AppState, kind: Kind): void {
  state.hiddenKinds.value = toggled(state.hiddenKinds.value, kind);
  deselectIfHidden(state);
}

function deselectIfHidden(state: AppState): void {
  const sel = state.selected.value;
  if (sel && !state.visibleZones.value.some((z) => z.properties.id === sel.properties.id)) state.selectedId.value = null;
}

/** Selects a feature by id; unknown ids clear the selection. */
export function selectZone(state: AppState, id: string | null): void {
  state.selectedId.value = id && state.zones.value.some((z) => z.properties.id === id) ? id : null;
}

export function setLang(state: AppState, lang: Lang): void {
  state.lang.value = lang;
}

/** Sets the search text, cut to `MAX_QUERY_LENGTH` code points, the same limit a link carries. */
export function setQuery(state: AppState, query: string): void {
  state.query.value = [...query].slice(0, MAX_QUERY_LENGTH).join('');
}

export function setView(state: AppState, view: View): void {
  state.view.value = view;
}

export function setBaseLayer(state: AppState, layer: BaseLayer): void {
  state.baseLayer.value = layer;
}

/** Adds a user-facing notice; identical consecutive notices are kept once, and at most five. */
export function addNotice(state: AppState, key: NoticeKey, vars: Record<string, string | number> = {}): void {
  const list = state.notices.value;
  const last = list[list.length - 1];
  if (last && last.key === key && JSON.stringify(last.vars) === JSON.stringify(vars)) return;
  state.notices.value = [...list.slice(-4), { key, vars }];
}

/** Removes one notice (the one shown; others may have come and gone since). */
export function dismissNotice(state: AppState, notice: Notice): void {
  state.notices.value = state.notices.value.filter((n) => n !== notice);
}

/**
 * Adds a feature to the comparison, or takes it out if it is in. A full comparison takes nothing more and says so
 * (`noticeCompareFull`). Returns whether the feature is in the comparison afterwards.
 */
export function toggleCompare(state: AppState, id: string): boolean {
  const now = state.compare.value;
  if (now.includes(id)) {
    state.compare.value = now.filter((x) => x !== id);
    return false;
  }
  if (now.length >= MAX_COMPARE) {
    addNotice(state, 'noticeCompareFull', { max: MAX_COMPARE });
    return false;
  }
  state.compare.value = [...now, id];
  return true;
}

/** Empties the comparison. */
export function clearCompare(state: AppState): void {
  state.compare.value = [];
}

/** Sets the timeline's year (null: today); asks for the histories, which live in the whole data file. */
export function setYear(state: AppState, year: number | null): void {
  if (year !== null) state.detailsWanted.value = true;
  state.year.value = year;
}

/**
 * Narrows the map and the list to what a chart's bar counts (only these stages, these kinds, this search; or the map
 * as of a year) and goes back to the map. A selected feature the narrowing hides is deselected, as a legend toggle does.
 */
export function showOnly(state: AppState, f: ChartFilter): void {
  batch(() => {
    if (f.stages) state.hiddenStages.value = new Set(STAGES.filter((s) => !f.stages!.includes(s)));
    if (f.kinds) state.hiddenKinds.value = new Set(KINDS.filter((k) => !f.kinds!.includes(k)));
    if (f.query !== undefined) setQuery(state, f.query);
    if (f.year !== undefined) setYear(state, f.year);
    state.view.value = 'map';
    deselectIfHidden(state);
  });
}
