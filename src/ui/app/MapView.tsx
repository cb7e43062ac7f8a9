import { effect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { ONLINE_LAYERS } from '../../map/online_layers.ts';
import type { ZoneMapController } from '../../map/zone_map.ts';
import { addNotice, setBaseLayer, type AppState } from '../../state/app_state.ts';
import { selectImported, setImportedView, type ImportState } from '../../state/import_state.ts';
import { t } from './i18n.ts';

/** The embedded basemap archive, shipped in public/ (absolute, whatever page path serves the app). */
export const BASEMAP_URL = new URL('basemap/soc-trang.pmtiles', document.baseURI).href;

let mapCode: Promise<typeof import('../../map/zone_map.ts')> | null = null;

/** Imports the map code (MapLibre and the controller, preloaded by `index.html`), once. */
function loadMapCode(): Promise<typeof import('../../map/zone_map.ts')> {
  mapCode ??= import('../../map/zone_map.ts');
  return mapCode;
}

interface Props {
  state: AppState;
  /** Features from the user's own file, drawn above the zones. */
  importState?: ImportState;
  /** Receives the controller once the map exists (null if it could not be created). */
  onController: (c: ZoneMapController | null) => void;
  /** A zone clicked on the map (null: empty map); `add` when Ctrl or ⌘ was held (add it to the comparison). */
  onMapSelect: (id: string | null, add: boolean) => void;
}

/**
 * Hosts the map and keeps it in step with the app state. Never calls layer APIs itself. The map code (MapLibre,
 * preloaded by `index.html`) is imported after the first render, so the list, legend and search work while it
 * starts.
 */
export function MapView({ state, importState, onController, onMapSelect }: Props) {
  const el = useRef<HTMLDivElement>(null);
  const onSelect = useRef(onMapSelect);
  onSelect.current = onMapSelect;

  useEffect(() => {
    let cleanup: (() => void) | null = null;
    let gone = false;
    loadMapCode().then(
      ({ ZoneMapController }) => {
        if (!gone) cleanup = start(ZoneMapController);
      },
      (err: unknown) => {
        addNotice(state, 'noticeMapProblem', { msg: err instanceof Error ? err.message : String(err) });
        onController(null);
      },
    );
    return () => {
      gone = true;
      cleanup?.();
    };
  }, []);

  /** Creates the controller and binds it to the state; returns its teardown (null when the map cannot be made). */
  function start(Controller: typeof ZoneMapController): (() => void) | null {
    if (!el.current) return null;
    let c: ZoneMapController;
    try {
      c = new Controller({
        container: el.current,
        lang: state.lang.peek(),
        attribution: { vi: [t('vi', 'mapAttribution')], en: [t('en', 'mapAttribution')] },
        basemapUrl: BASEMAP_URL,
        onSelect: (id, add) => onSelect.current(id, add),
        onImportedClick: (id) => importState && selectImported(importState, id),
        onImportedView: (view) => importState && setImportedView(importState, view),
        onProblem: (msg) => (msg === null ? addNotice(state, 'noticeMapProblemUnknown') : addNotice(state, 'noticeMapProblem', { msg })),
        onBaseLayerFailed: (id) => {
          setBaseLayer(state, 'embedded');
          addNotice(state, 'noticeOnlineFailed', { layer: ONLINE_LAYERS.find((l) => l.id === id)?.name ?? id });
        },
      });
    } catch {
      addNotice(state, 'noticeNoWebgl');
      onController(null);
      return null;
    }
    onController(c);
    const stops = [
      effect(() => c.setZones(state.datedZones.value)),
      effect(() => c.select(state.selectedId.value)),
      // A search narrows the map as it narrows the list (the selected feature stays drawn).
      effect(() => c.setFilter(state.visibleStages.value, state.visibleKinds.value, state.query.value.trim()
        ? [...state.listedZones.value.map((z) => z.properties.id), ...(state.selectedId.value ? [state.selectedId.value] : [])]
        : null)),
      effect(() => c.setLanguage(state.lang.value)),
      effect(() => c.setBaseLayer(state.baseLayer.value)),
      effect(() => {
        const outline = state.province.value;
        if (outline) c.setProvince(outline);
      }),
      ...(importState ? [effect(() => c.setImported(importState.features.value)), effect(() => c.selectImported(importState.selectedId.value))] : []),
    ];
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      for (const stop of stops) stop();
      c.destroy();
    };
  }

  return (
    <div
      class="map"
      ref={el}
      data-testid="map"
      role="region"
      aria-label={t(state.lang.value, 'mapLabel')}
    />
  );
}
