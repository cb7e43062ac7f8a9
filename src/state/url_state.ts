/**
 * The shareable view as a URL hash: two pure functions. `decodeUrlState()` is tolerant (clamps, ignores
 * what it does not know, never throws); `encodeUrlState()` omits defaults and rounds the camera the way
 * MapLibre's `hash: "map"` option does (maplibre-gl-js `src/ui/hash.ts`), so MapLibre can own `map=` and
 * our keys sit beside it. Every key is described in the README, section "Links".
 */
import { KINDS, LANGS, STAGES, type Kind, type Lang, type Stage } from '../domain/zone.ts';
import { timelineYear } from '../domain/timeline.ts';
import {
  BASE_LAYERS, VIEWS, MAX_COMPARE, LINK_LAT_RANGE, LINK_LON_RANGE, LINK_PITCH_RANGE, LINK_ZOOM_RANGE, MAX_QUERY_LENGTH,
  type BaseLayer, type Camera, type View,
} from './view.ts';

export type { BaseLayer, Camera, View } from './view.ts';

/** Everything a link carries. The imported file is deliberately not part of it. */
export interface UrlState {
  /** null → the app fits the province. */
  camera: Camera | null;
  /** Selected feature id (a slug matching `ID_PATTERN`), or null. */
  selected: string | null;
  /** Sorted in `STAGES` order, unique. */
  hiddenStages: Stage[];
  /** Sorted in `KINDS` order, unique. */
  hiddenKinds: Kind[];
  /** Search text as normalised by `normaliseQuery()`. */
  query: string;
  lang: Lang;
  layer: BaseLayer;
  view: View;
  /** Embed mode (minimal chrome, cooperative gestures). */
  embed: boolean;
  /** Features in the comparison, in the order they were added: valid ids, unique, at most `MAX_COMPARE`. */
  compare: string[];
  /** The timeline's year (the map as of then), or null for today. */
  year: number | null;
}

/** The state of a link with no keys; `encodeUrlState()` of it is `''`. */
export const DEFAULT_URL_STATE: Readonly<UrlState> = Object.freeze({
  camera: null, selected: null, hiddenStages: [], hiddenKinds: [], query: '',
  lang: 'vi', layer: 'embedded', view: 'map', embed: false, compare: [], year: null,
});

/** Allowed camera ranges, [min, max]; values outside are clamped (see `view.ts`). Degrees, except zoom. */
export const ZOOM_RANGE = LINK_ZOOM_RANGE;
export const LAT_RANGE = LINK_LAT_RANGE;
export const LON_RANGE = LINK_LON_RANGE;
export const PITCH_RANGE = LINK_PITCH_RANGE;
/** Hashes are cut to this many characters before parsing (the pair cut in two is dropped). */
export const MAX_HASH_LENGTH = 2000;
export { MAX_COMPARE, MAX_QUERY_LENGTH };
/** What a feature id must look like; anything else is dropped. */
export const ID_PATTERN = /^[a-z0-9-]{1,64}$/;

/** Ids for a comparison: valid, unique, in order, at most `MAX_COMPARE`. */
export function compareList(ids: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of ids) {
    if (out.length >= MAX_COMPARE) break;
    if (typeof id === 'string' && ID_PATTERN.test(id) && !out.includes(id)) out.push(id);
  }
  return out;
}

const STAGE_CODES: Record<Stage, string> = { operating: 'o', built: 'b', planned: 'p', 'land-clearance': 'c' };
const KIND_CODES: Record<Kind, string> = { zone: 'z', cluster: 'c', 'economic-zone': 'e' };
const LAYER_CODES: Record<BaseLayer, string> = { embedded: 'embedded', osm: 'osm', satellite: 'sat' };
const LAYER_ALIASES: Record<string, BaseLayer> = { embedded: 'embedded', emb: 'embedded', osm: 'osm', sat: 'satellite', satellite: 'satellite' };
const VIEW_ALIASES: Record<string, View> = {
  m: 'map', map: 'map', t: 'table', table: 'table', c: 'compare', compare: 'compare', s: 'charts', charts: 'charts', summary: 'charts',
};
const VIEW_CODES: Record<View, string> = { map: 'm', table: 't', compare: 'c', charts: 's' };

/** Keys chat apps and ad networks append; a `?` before one of them inside the hash acts as `&`. */
const TRACKING_AFTER_QUESTION_MARK = /\?(?=(?:utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|zarsi|_ga|_gl|igshid|mc_cid|mc_eid|yclid|twclid|ttclid)=)/gi;
/** Control characters, bidirectional overrides and the BOM: never kept in search text. */
const INVISIBLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Written as spaces in search text: MapLibre's hash rewrite would break them, and search ignores punctuation. */
const URL_BREAKERS = /[&%+#=]/g;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Punctuation a chat app's link detector may glue to the end of a value. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/;

/** Clamps into [lo, hi]; `+ 0` turns -0 into 0, so a camera never prints as `-0`. */
const clamp = (x: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, x)) + 0;
const orderedUnique = <T>(all: readonly T[], items: Iterable<T>): T[] => {
  const set = new Set(items);
  return all.filter((x) => set.has(x));
};

/**
 * Search text as links carry it: lone surrogates repaired, NFC, control and bidi characters removed (tab and
 * line breaks become spaces), `& % + # =` become spaces, trimmed, at most `MAX_QUERY_LENGTH` code points.
 */
export function normaliseQuery(text: string): string {
  const clean = text
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(/[\t\n\v\f\r]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(URL_BREAKERS, ' ')
    .trim();
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * A camera made safe: null when zoom, lat or lon is not a finite number; ranges clamped; bearing wrapped into
 * [-180, 180]; a non-finite bearing or pitch becomes 0.
 */
export function sanitiseCamera(c: Camera | null): Camera | null {
  if (!c || ![c.zoom, c.lat, c.lon].every(Number.isFinite)) return null;
  const b = Number.isFinite(c.bearing) ? c.bearing : 0;
  return {
    zoom: clamp(c.zoom, ZOOM_RANGE), lat: clamp(c.lat, LAT_RANGE), lon: clamp(c.lon, LON_RANGE),
    // Wrapped into ±180°; `+ 0` again turns -0 into 0.
    bearing: (Math.abs(b) <= 180 ? b : (((b % 360) + 540) % 360) - 180) + 0,
    pitch: Number.isFinite(c.pitch) ? clamp(c.pitch, PITCH_RANGE) : 0,
  };
}

/** The state a link would carry: sorted filters, normalised query, valid id, safe camera, known enums. */
export function canonicalUrlState(s: UrlState): UrlState {
  const d = DEFAULT_URL_STATE;
  return {
    camera: sanitiseCamera(s.camera),
    selected: s.selected !== null && ID_PATTERN.test(s.selected) ? s.selected : null,
    hiddenStages: orderedUnique(STAGES, s.hiddenStages),
    hiddenKinds: orderedUnique(KINDS, s.hiddenKinds),
    query: normaliseQuery(s.query),
    lang: LANGS.includes(s.lang) ? s.lang : d.lang,
    layer: BASE_LAYERS.includes(s.layer) ? s.layer : d.layer,
    view: VIEWS.includes(s.view) ? s.view : d.view,
    embed: s.embed === true,
    compare: compareList(Array.isArray(s.compare) ? s.compare : []),
    year: timelineYear(s.year),
  };
}

/** Decimals MapLibre keeps for lat/lon at a (rounded) zoom: enough for half a pixel at 512 px per world. */
export function cameraPrecision(zoom: number): number {
  return Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
}

/** `zoom/lat/lon[/bearing[/pitch]]`, byte for byte what MapLibre's hash writes for the same camera. */
export function formatCamera(c: Camera): string {
  const zoom = Math.round(c.zoom * 100) / 100;
  const m = Math.pow(10, cameraPrecision(zoom));
  let out = `${zoom}/${Math.round(c.lat * m) / m}/${Math.round(c.lon * m) / m}`;
  if (c.bearing || c.pitch) out += `/${Math.round(c.bearing * 10) / 10}`;
  if (c.pitch) out += `/${Math.round(c.pitch)}`;
  return out;
}

/**
 * The hash for a state: `#map=…&key=value…` in a fixed key order, defaults omitted, `''` when everything
 * is default. Never throws; the state is canonicalised first (see `canonicalUrlState()`).
 */
export function encodeUrlState(state: UrlState): string {
  const s = canonicalUrlState(state);
  const d = DEFAULT_URL_STATE;
  const pairs: string[] = [];
  if (s.camera) pairs.push(`map=${formatCamera(s.camera)}`);
  if (s.selected) pairs.push(`z=${s.selected}`);
  if (s.hiddenStages.length) pairs.push(`hs=${s.hiddenStages.map((x) => STAGE_CODES[x]).join('')}`);
  if (s.hiddenKinds.length) pairs.push(`hk=${s.hiddenKinds.map((x) => KIND_CODES[x]).join('')}`);
  if (s.query) pairs.push(`q=${encodeURIComponent(s.query).replace(/%20/g, '+')}`);
  if (s.lang !== d.lang) pairs.push(`l=${s.lang}`);
  if (s.layer !== d.layer) pairs.push(`b=${LAYER_CODES[s.layer]}`);
  if (s.view !== d.view) pairs.push(`v=${VIEW_CODES[s.view]}`);
  if (s.compare.length) pairs.push(`c=${s.compare.join(',')}`);
  if (s.year !== null) pairs.push(`y=${s.year}`);
  if (s.embed) pairs.push('e=1');
  return pairs.length ? `#${pairs.join('&')}` : '';
}

/** The hash part of the input: after the first `#`; a URL or query string without `#` has none. */
function hashOf(input: string): string {
  const at = input.indexOf('#');
  if (at >= 0) return input.slice(at + 1);
  return /^[a-z][a-z0-9+.-]*:/i.test(input) || /^[/?]/.test(input) ? '' : input;
}

/** Percent-decodes one key or value (`+` is a space); null when the encoding is malformed. */
function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Raw pairs of the hash, first occurrence of each key only, plus the first part when it has no `=`. */
function splitHash(input: string): { params: Map<string, string>; bare: string | null } {
  let hash = hashOf(String(input ?? ''));
  if (hash.length > MAX_HASH_LENGTH) hash = hash.slice(0, Math.max(0, hash.lastIndexOf('&', MAX_HASH_LENGTH)));
  const parts = hash.replace(TRACKING_AFTER_QUESTION_MARK, '&').split(/[&#]/);
  const params = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const name = key === '' ? null : decodePart(key);
    if (name && !params.has(name)) params.set(name, eq < 0 ? '' : part.slice(eq + 1));
  }
  const first = parts[0] ?? '';
  return { params, bare: first.includes('=') ? null : first };
}

/** Parses `zoom/lat/lon[/bearing[/pitch]]` (extra parts ignored); null unless the first three are numbers. */
function parseCamera(raw: string): Camera | null {
  const nums = (decodePart(raw) ?? '').replace(TRAILING_PUNCTUATION, '').split('/').slice(0, 5)
    .map((p) => (DECIMAL.test(p.trim()) ? Number(p.trim()) : NaN));
  const [zoom = NaN, lat = NaN, lon = NaN, bearing = 0, pitch = 0] = nums;
  return sanitiseCamera({ zoom, lat, lon, bearing, pitch });
}

/** A decoded enum-like value: lower case, trailing punctuation dropped. */
function word(raw: string | undefined): string | null {
  const v = raw === undefined ? null : decodePart(raw);
  return v === null ? null : v.trim().toLowerCase().replace(TRAILING_PUNCTUATION, '');
}

function codesToList<T extends string>(all: readonly T[], codes: Record<T, string>, raw: string | undefined): T[] {
  const v = word(raw) ?? '';
  return all.filter((x) => v.includes(codes[x]));
}

/**
 * Version 1 links used long keys (`zone`, `stages` and `kinds` listing what is VISIBLE, `search`, `lang`,
 * `basemap`, `view`, `embed`) and MapLibre's unnamed camera hash. Fills the short keys a link lacks.
 */
function migrateV1(params: Map<string, string>): void {
  const visibleToHidden = <T extends string>(all: readonly T[], codes: Record<T, string>, raw: string) => {
    const named = new Set((decodePart(raw) ?? '').toLowerCase().split(',').map((x) => x.trim()));
    const visible = all.filter((x) => named.has(x));
    return visible.length ? all.filter((x) => !visible.includes(x)).map((x) => codes[x]).join('') : null;
  };
  const renames: [string, string][] = [['zone', 'z'], ['search', 'q'], ['lang', 'l'], ['basemap', 'b'], ['view', 'v'], ['embed', 'e']];
  for (const [long, short] of renames) {
    const raw = params.get(long);
    if (raw !== undefined && !params.has(short)) params.set(short, raw);
  }
  const stages = params.get('stages');
  const hs = stages === undefined ? null : visibleToHidden(STAGES, STAGE_CODES, stages);
  if (hs !== null && !params.has('hs')) params.set('hs', hs);
  const kinds = params.get('kinds');
  const hk = kinds === undefined ? null : visibleToHidden(KINDS, KIND_CODES, kinds);
  if (hk !== null && !params.has('hk')) params.set('hk', hk);
}

/**
 * Reads a hash (with or without `#`) or a full URL (only its hash is read; query-string parameters such
 * as `fbclid` are ignored). Never throws: unknown keys and values are ignored, malformed ones fall back to the
 * default, numbers are clamped. With `knownIds`, a selected id not in the set becomes null and compared ids not in it
 * are dropped (`compareIdsIn()` tells which were).
 */
export function decodeUrlState(hash: string, opts: { knownIds?: ReadonlySet<string> } = {}): UrlState {
  const { params, bare } = splitHash(hash);
  const s = params.get('s');
  if (s === undefined || s === '1') migrateV1(params);
  const mapRaw = params.get('map');
  const camera = mapRaw !== undefined ? parseCamera(mapRaw) : bare ? parseCamera(bare) : null;
  const id = word(params.get('z'));
  const rawQuery = params.get('q');
  const lang = word(params.get('l'))?.split(/[-_]/)[0];
  const layer = word(params.get('b'));
  const view = word(params.get('v'));
  const embed = word(params.get('e'));
  const compare = compareIdsIn(params.get('c')).filter((x) => !opts.knownIds || opts.knownIds.has(x));
  return canonicalUrlState({
    camera,
    selected: id && ID_PATTERN.test(id) && (!opts.knownIds || opts.knownIds.has(id)) ? id : null,
    hiddenStages: codesToList(STAGES, STAGE_CODES, params.get('hs')),
    hiddenKinds: codesToList(KINDS, KIND_CODES, params.get('hk')),
    query: (rawQuery === undefined ? null : decodePart(rawQuery)) ?? '',
    lang: LANGS.find((x) => x === lang) ?? DEFAULT_URL_STATE.lang,
    layer: (layer && LAYER_ALIASES[layer]) || DEFAULT_URL_STATE.layer,
    view: (view && VIEW_ALIASES[view]) || DEFAULT_URL_STATE.view,
    embed: embed === '1' || embed === 'true',
    compare,
    year: timelineYear(word(params.get('y'))),
  });
}

/** The well-formed ids a raw `c` value lists (lower-cased, unique, in order; not yet cut to `MAX_COMPARE`). */
function compareIdsIn(raw: string | undefined): string[] {
  const ids = (word(raw) ?? '').split(',').map((x) => x.trim()).filter((x) => ID_PATTERN.test(x));
  return [...new Set(ids)];
}

/**
 * What a link's comparison asked for and could not get: well-formed ids not among `knownIds`, and the known ids past
 * `MAX_COMPARE`. For the notices the app shows when it drops them.
 */
export function droppedCompareIds(hash: string, knownIds: ReadonlySet<string>): { unknown: string[]; overLimit: string[] } {
  const ids = compareIdsIn(splitHash(hash).params.get('c'));
  return { unknown: ids.filter((x) => !knownIds.has(x)), overLimit: ids.filter((x) => knownIds.has(x)).slice(MAX_COMPARE) };
}
