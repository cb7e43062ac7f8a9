/**
 * Keeps the app state and the URL hash in step. MapLibre's `hash: "map"` option owns the `map=` key (it
 * replaces it, throttled, whenever the camera stops); this module owns every other key:
 * - choosing a feature or changing filters, language, base layer or view adds a history entry (`pushState`),
 *   so Back and Forward step through them; in embed mode it replaces instead, so the host page's history
 *   is left alone;
 * - search typing and the timeline's year replace the entry, throttled;
 * - Back/Forward (`popstate`) and a hand-edited hash (`hashchange`) put the app into the state of the URL.
 * The URL is always read with `decodeUrlState()` (tolerant) and written with `encodeUrlState()` (canonical),
 * never copied through.
 */
import { batch, effect } from '@preact/signals';
import { KINDS, STAGES } from '../domain/zone.ts';
import { addNotice, selectZone, setYear, type AppState } from './app_state.ts';
import { MAX_COMPARE } from './view.ts';
import { decodeUrlState, droppedCompareIds, encodeUrlState, normaliseQuery, type Camera, type UrlState } from './url_state.ts';

/** The part of `window` the sync uses; tests pass a small stand-in. */
export interface UrlHost {
  readonly location: { readonly href: string };
  readonly history: {
    readonly state: unknown;
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

export interface UrlSyncOptions {
  /** Defaults to `window`. */
  host?: UrlHost;
  /** Least time between two URL updates while the search text changes, ms. */
  queryThrottleMs?: number;
}

/** The binding between one app state and the page URL. */
export interface UrlSync {
  /** What the page was opened with, decoded (the selected id is checked once the data has loaded). */
  readonly initial: UrlState;
  /** Embed mode (`e=1`), fixed for the life of the page. */
  readonly embed: boolean;
  /** Starts following state changes and history navigation; returns the function that stops it. */
  start(): () => void;
  /**
   * The state a link made now should carry, with the camera given (null: the app fits the province).
   * Embed is off: callers set it for embed snippets.
   */
  linkState(camera: Camera | null): UrlState;
  /** The URL of the app for a state: this page without query string or hash, plus `encodeUrlState(state)`. */
  linkFor(state: UrlState): string;
  /** The camera the address carries now (what the map last wrote, or what the page was opened with). */
  addressCamera(): Camera | null;
}

type Mode = 'push' | 'replace';

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The app state as a link carries it (no camera, no embed). */
function snapshot(state: AppState): UrlState {
  return {
    camera: null,
    selected: state.selectedId.value,
    hiddenStages: STAGES.filter((s) => state.hiddenStages.value.has(s)),
    hiddenKinds: KINDS.filter((k) => state.hiddenKinds.value.has(k)),
    query: normaliseQuery(state.query.value),
    lang: state.lang.value,
    layer: state.baseLayer.value,
    view: state.view.value,
    embed: false,
    compare: [...state.compare.value],
    year: state.year.value,
  };
}

/**
 * Whether two states differ in a key that earns a history entry (everything but camera, search and the timeline's
 * year, which a slider moves one year at a time).
 */
function differsInStep(a: UrlState, b: UrlState): boolean {
  return a.selected !== b.selected || a.lang !== b.lang || a.layer !== b.layer || a.view !== b.view
    || !sameList(a.hiddenStages, b.hiddenStages) || !sameList(a.hiddenKinds, b.hiddenKinds) || !sameList(a.compare, b.compare);
}

/**
 * Puts a decoded state into the app, touching only signals whose value changes. The selection is set only
 * when `withSelection` (the feature data must be loaded to check the id).
 */
function applyToApp(state: AppState, s: UrlState, withSelection: boolean): void {
  const now = snapshot(state);
  batch(() => {
    if (now.lang !== s.lang) state.lang.value = s.lang;
    if (!sameList(now.hiddenStages, s.hiddenStages)) state.hiddenStages.value = new Set(s.hiddenStages);
    if (!sameList(now.hiddenKinds, s.hiddenKinds)) state.hiddenKinds.value = new Set(s.hiddenKinds);
    // The box keeps what the user typed when it reads the same as the link (e.g. a trailing space).
    if (now.query !== s.query) state.query.value = s.query;
    if (now.layer !== s.layer) state.baseLayer.value = s.layer;
    if (now.view !== s.view) state.view.value = s.view;
    if (now.year !== s.year) setYear(state, s.year);
    if (!sameList(now.compare, s.compare)) state.compare.value = s.compare;
    if (withSelection && now.selected !== s.selected) selectZone(state, s.selected);
  });
}

/**
 * Creates the binding and applies the page's URL to `state` at once (before the first render and before the
 * map reads `map=`): the hash is rewritten in canonical form, so whatever a link carried (junk, tracking
 * keys, out-of-range numbers) is gone from the address bar and MapLibre reads a clamped camera.
 */
export function createUrlSync(state: AppState, opts: UrlSyncOptions = {}): UrlSync {
  const host: UrlHost = opts.host ?? window;
  const throttleMs = opts.queryThrottleMs ?? 400;
  const embed = decodeUrlState(host.location.href).embed;
  /** An embed shows the map (and a comparison the link carries): a link's table or charts view is ignored there. */
  const read = (knownIds?: ReadonlySet<string>): UrlState => {
    const s = decodeUrlState(host.location.href, knownIds ? { knownIds } : {});
    return embed && s.view !== 'compare' ? { ...s, view: 'map' } : s;
  };
  const initial = read();

  const base = () => host.location.href.replace(/[?#].*$/s, '');
  const linkFor = (s: UrlState) => base() + encodeUrlState(s);
  const knownIds = () => new Set(state.zones.peek().map((z) => z.properties.id));
  /** The camera MapLibre last wrote (kept as it is when our keys change). */
  const currentCamera = () => decodeUrlState(host.location.href).camera;

  /** The state last written to (or read from) the URL, camera aside. */
  let written = snapshot(state);
  /** The selected id from the link, held until the feature data has loaded. */
  let pendingId: string | null | undefined = initial.selected;
  /** The address whose comparison waits for the feature data to be checked. */
  let pendingCompare: string | undefined = host.location.href;
  let applying = false;
  let scheduled: Mode | null = null;
  let queryTimer: ReturnType<typeof setTimeout> | null = null;

  const write = (mode: Mode) => {
    const now = snapshot(state);
    if (pendingId !== undefined) now.selected = pendingId;
    const target = encodeUrlState({ ...now, camera: currentCamera(), embed });
    written = now;
    const href = host.location.href;
    const at = href.indexOf('#');
    if ((at < 0 ? '' : href.slice(at)) === target) return;
    const url = (at < 0 ? href : href.slice(0, at)) + target;
    if (mode === 'push' && !embed) host.history.pushState(null, '', url);
    else host.history.replaceState(host.history.state, '', url);
  };

  const flush = () => {
    const mode = scheduled;
    scheduled = null;
    if (!mode) return;
    if (queryTimer !== null) clearTimeout(queryTimer);
    queryTimer = null;
    write(mode);
  };

  /** Several signals change in one action (a stage hidden deselects its feature): one entry for all. */
  const schedule = (mode: Mode) => {
    if (scheduled === null) queueMicrotask(flush);
    if (scheduled !== 'push') scheduled = mode;
  };

  const onChange = () => {
    const now = snapshot(state);
    if (applying) schedule('replace');
    else if (differsInStep(now, written)) schedule('push');
    else if ((now.query !== written.query || now.year !== written.year) && queryTimer === null && scheduled === null) {
      // Typing or moving the year: at most one replaceState per `throttleMs`, the last change always written.
      queryTimer = setTimeout(() => {
        queryTimer = null;
        write('replace');
      }, throttleMs);
    }
  };

  /** Applies a state read from the URL; the state changes it causes rewrite the URL, never add entries. */
  const fromLink = (fn: () => void) => {
    applying = true;
    try {
      fn();
    } finally {
      applying = false;
    }
    // Also rewrites a hand-edited or non-canonical hash in canonical form.
    schedule('replace');
  };

  /** Tells the user which of a link's compared ids were left out (unknown, or past the limit). */
  const noticeDropped = (href: string) => {
    const { unknown, overLimit } = droppedCompareIds(href, knownIds());
    if (unknown.length) addNotice(state, 'noticeCompareUnknown', { ids: unknown.join(', '), count: unknown.length });
    if (overLimit.length) addNotice(state, 'noticeCompareOverLimit', { ids: overLimit.join(', '), count: overLimit.length, max: MAX_COMPARE });
  };

  const fromUrl = () => {
    const ready = state.zones.peek().length > 0;
    const s = read(ready ? knownIds() : undefined);
    if (!ready) {
      pendingId = s.selected;
      pendingCompare = host.location.href;
    } else noticeDropped(host.location.href);
    fromLink(() => applyToApp(state, s, ready));
  };

  /**
   * Once the feature data is in, the link's selected id is checked and applied, and its comparison is read again
   * with the known ids (unknown ids leave the URL, with a notice).
   */
  const resolvePending = () => {
    if (pendingCompare !== undefined) {
      const href = pendingCompare;
      const asked = decodeUrlState(href).compare;
      pendingCompare = undefined;
      // Only if the user has not changed the comparison meanwhile.
      if (sameList(state.compare.peek(), asked)) {
        const compare = decodeUrlState(href, { knownIds: knownIds() }).compare;
        fromLink(() => {
          if (!sameList(compare, asked)) state.compare.value = compare;
        });
        noticeDropped(href);
      }
    }
    if (pendingId === undefined) return;
    const id = pendingId;
    pendingId = undefined;
    fromLink(() => selectZone(state, id));
  };

  // Before the first render: the app opens on the link's state and the address bar shows it canonically.
  applyToApp(state, initial, false);
  written = snapshot(state);
  const canonical = encodeUrlState({ ...written, selected: initial.selected, camera: initial.camera, embed });
  const href = host.location.href;
  host.history.replaceState(host.history.state, '', href.replace(/#.*$/s, '') + canonical);

  return {
    initial,
    embed,
    linkState: (camera) => ({ ...snapshot(state), camera }),
    linkFor,
    addressCamera: currentCamera,
    start() {
      let firstZones = true;
      const stops = [
        effect(() => {
          const zones = state.zones.value;
          const loaded = !firstZones || zones.length > 0;
          firstZones = false;
          // Outside the effect, so the selection's own effects run while `applying` holds.
          if (loaded) queueMicrotask(resolvePending);
        }),
        effect(() => {
          snapshot(state);
          onChange();
        }),
      ];
      host.addEventListener('popstate', fromUrl);
      host.addEventListener('hashchange', fromUrl);
      return () => {
        for (const stop of stops) stop();
        host.removeEventListener('popstate', fromUrl);
        host.removeEventListener('hashchange', fromUrl);
        if (queryTimer !== null) clearTimeout(queryTimer);
        queryTimer = null;
      };
    },
  };
}
