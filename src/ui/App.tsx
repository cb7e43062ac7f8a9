import { useEffect, useRef, useState } from 'preact/hooks';
import type { FeatureCollection, Geometry } from 'geojson';
import zonesUrl from '../../geodata/zones.geojson?url';
import provinceUrl from '../../geodata/province.geojson?url';
import planUrl from '../../geodata/plan.json?url';
import type { Plan } from '../domain/plan.ts';
import type { ZoneMapController } from '../map/zone_map.ts';
import { addNotice, loadAreas, selectZone, setLang, setView, type AppState } from '../state/app_state.ts';
import { AreaTable } from './AreaTable.tsx';
import { loadOutline, loadPlan, loadZones } from '../state/load_data.ts';
import { createUrlSync } from '../state/url_sync.ts';
import { createImportState } from '../state/import_state.ts';
import { DropOverlay, ImportButton, ImportPanelHost, importActions, useFileDrop } from './ImportEntry.tsx';
import { t } from './i18n.ts';
import { LayerSwitcher } from './LayerSwitcher.tsx';
import { Legend } from './Legend.tsx';
import { MapView } from './MapView.tsx';
import { Notices } from './Notices.tsx';
import { FactSheetButton, OpenFullMapLink, ShareControls } from './ShareControls.tsx';
import { Summary } from './Summary.tsx';
import { ZoneList } from './ZoneList.tsx';
import { ZonePanel } from './ZonePanel.tsx';

/** Keeps a flown-to feature clear of the details panel, which covers the map's right side on desktop. */
function cameraPadding(): { top: number; right: number; bottom: number; left: number } {
  const desktop = !window.matchMedia('(max-width: 760px)').matches;
  return desktop ? { top: 120, right: 530, bottom: 120, left: 120 } : { top: 60, right: 60, bottom: 60, left: 60 };
}

/** The whole app: header, sidebar (legend, list), map and the details panel. */
export function App({ state }: { state: AppState }) {
  // First, before anything reads the state: the link's view (filters, language, …) is applied at once.
  const [sync] = useState(() => createUrlSync(state));
  const lang = state.lang.value;
  const ctrl = useRef<ZoneMapController | null>(null);
  const share = { state, sync, getController: () => ctrl.current };
  const origin = useRef<HTMLElement | null>(null);
  const [province, setProvince] = useState<FeatureCollection<Geometry> | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [imp] = useState(createImportState);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [importer] = useState(() => importActions(imp, () => ctrl.current, () => fileInput.current));
  const drop = useFileDrop((file) => void importer.openFile(file));

  useEffect(() => {
    void loadZones(zonesUrl).then((r) => {
      if (r.failure) addNotice(state, 'noticeLoadFailed', { reason: r.failure });
      const errors = r.problems.filter((p) => p.severity === 'error');
      if (errors.length) addNotice(state, 'noticeDataProblem', { n: errors.length });
      state.zones.value = r.zones;
      loadAreas(state).catch((err: unknown) => addNotice(state, 'noticeAreaFailed', { reason: String(err) }));
    });
    void loadOutline(provinceUrl).then(setProvince);
    void loadPlan(planUrl).then((r) => {
      if (r.failure) addNotice(state, 'noticePlanFailed', { reason: r.failure });
      setPlan(r.plan);
    });
  }, []);

  useEffect(() => sync.start(), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const choose = (id: string, from: HTMLElement) => {
    origin.current = from;
    selectZone(state, id);
    ctrl.current?.flyTo(id, { padding: cameraPadding() });
  };
  const mapSelect = (id: string | null) => {
    origin.current = ctrl.current?.map.getCanvas() ?? null;
    selectZone(state, id);
  };
  const close = () => {
    selectZone(state, null);
    const back = origin.current;
    origin.current = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  };

  return (
    <div class={`app ${state.selected.value ? 'has-panel' : ''} ${sync.embed ? 'embed' : ''}`}>
      <a class="skip-link" href="#zone-search">{t(lang, 'skipToList')}</a>
      <header class="app-head">
        <div class="title">
          <h1>{t(lang, 'appTitle')}</h1>
          <p class="subtitle">{t(lang, 'appSubtitle')}</p>
        </div>
        <div class="head-actions">
          {!sync.embed && <button
            type="button"
            class="head-btn"
            data-testid="table-toggle"
            aria-pressed={state.view.value === 'table'}
            onClick={() => setView(state, state.view.value === 'table' ? 'map' : 'table')}
          >
            {t(lang, state.view.value === 'table' ? 'tableBack' : 'tableOpen')}
          </button>}
          {sync.embed ? <OpenFullMapLink {...share} /> : <ShareControls {...share} />}
          <button
            type="button"
            class="lang-toggle"
            data-testid="lang-toggle"
            lang={lang === 'vi' ? 'en' : 'vi'}
            aria-label={t(lang, 'langToggleLabel')}
            onClick={() => setLang(state, lang === 'vi' ? 'en' : 'vi')}
          >
            {t(lang, 'langToggle')}
          </button>
        </div>
      </header>
      <main class="app-main">
        <div class="map-wrap" {...(sync.embed ? {} : drop.handlers)}>
          <MapView state={state} importState={imp} province={province} onController={(c) => { ctrl.current = c; c?.setCooperativeGestures(sync.embed); }} onMapSelect={mapSelect} />
          <div class="map-tools">
            <button type="button" class="fit-btn" onClick={() => ctrl.current?.fitProvince()}>
              {t(lang, 'fitProvince')}
            </button>
            <LayerSwitcher state={state} />
            {!sync.embed && <ImportButton lang={lang} actions={importer} inputRef={fileInput} />}
          </div>
          <DropOverlay lang={lang} visible={drop.dragging} />
          <ImportPanelHost state={state} imp={imp} actions={importer} />
        </div>
        {sync.embed && <div class="embed-legend"><Legend state={state} startOpen={false} /></div>}
        {!sync.embed && <div class="sidebar">
          <Legend state={state} />
          <Summary state={state} plan={plan} />
          <ZoneList state={state} onChoose={choose} />
        </div>}
        <ZonePanel state={state} onClose={close} actions={sync.embed ? null : <FactSheetButton {...share} />} />
        {state.view.value === 'table' && (
          <AreaTable
            state={state}
            onShowOnMap={(id) => {
              setView(state, 'map');
              selectZone(state, id);
              // The map is hidden behind the table until this render; fly once it is visible.
              requestAnimationFrame(() => ctrl.current?.flyTo(id, { padding: cameraPadding() }));
            }}
          />
        )}
      </main>
      <Notices state={state} />
    </div>
  );
}
