import { useEffect, useRef, useState } from 'preact/hooks';
import { selectZone, setLang, setView, setYear, showOnly } from '../../state/app_state.ts';
import { MAX_COMPARE, type View } from '../../state/view.ts';
import { CompareStatus, SelectedCompareToggle, toggleCompareAnnounced } from './CompareToggle.tsx';
import { ChartsHost, CompareHost, EmbedListHost } from './ViewHost.tsx';
import type { ChartFilter } from '../../domain/summary_charts.ts';
import { TimelineHost } from '../zones/TimelineHost.tsx';
import { AreaTableHost } from '../zones/AreaTableHost.tsx';
import { DropOverlay, ImportButton, ImportPanelHost, importActions, useFileDrop } from '../import/entry.tsx';
import { DrawButton, DrawPanelHost, EditBoundaryButton } from '../draw/entry.tsx';
import { hasFootprint } from '../../domain/area_use.ts';
import { tx } from './text.ts';
import type { ZoneMapController } from '../../map/zone_map.ts';
import type { AppContext } from './context.ts';
import { t } from './i18n.ts';
import { applyUpdate, updateReady } from './offline.ts';
import { cameraPadding, NARROW_QUERY, PANEL_OVER_LIST_QUERY, useMedia } from './layout.ts';
import { tZones } from '../zones/strings.ts';
import { LayerSwitcher } from './LayerSwitcher.tsx';
import { Legend } from '../zones/Legend.tsx';
import { MapView } from './MapView.tsx';
import { Notices } from './Notices.tsx';
import { FactSheetButton, OpenFullMapLink, ShareControls } from '../share/entry.tsx';
import { Summary } from '../zones/Summary.tsx';
import { ZoneList } from '../zones/ZoneList.tsx';
import { ZonePanelHost } from '../zones/ZonePanelHost.tsx';

/** The whole app's layout: header, sidebar (legend, summary, list), map, details panel, area table. */
export function App({ ctx }: { ctx: AppContext }) {
  const { state, sync, imp, map, draw } = ctx;
  const lang = state.lang.value;
  const share = { state, sync, map };
  const origin = useRef<HTMLElement | null>(null);
  const tableToggle = useRef<HTMLButtonElement | null>(null);
  const table = state.view.value === 'table';
  const view = state.view.value;
  /** A view laid over the map and the sidebar (the area table, the comparison, the charts). */
  const covered = view !== 'map';
  const panelOverList = useMedia(PANEL_OVER_LIST_QUERY);
  const narrow = useMedia(NARROW_QUERY);
  // Closing the table (Escape, "back to the map") returns focus to its button, unless something took it (the
  // details panel of a zone chosen from the table focuses its own heading).
  const wasTable = useRef(table);
  useEffect(() => {
    if (wasTable.current && !table && (document.activeElement === document.body || document.activeElement === null)) {
      tableToggle.current?.focus({ preventScroll: true });
    }
    wasTable.current = table;
  }, [table]);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const [importer] = useState(() => importActions(imp, () => map.peek(), () => fileInput.current, draw));
  const drop = useFileDrop((file) => void importer.openFile(file));

  useEffect(() => sync.start(), []);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'appTitle');
  }, [lang]);

  const choose = (id: string, from: HTMLElement) => {
    origin.current = from;
    selectZone(state, id);
    map.peek()?.flyTo(id, { padding: cameraPadding() });
  };
  const mapSelect = (id: string | null, add: boolean) => {
    // Ctrl/⌘+click adds the feature to the comparison (or takes it out) and leaves the selection as it is.
    const zone = add && id ? state.zones.peek().find((z) => z.properties.id === id) : undefined;
    if (zone) return toggleCompareAnnounced(state, zone);
    origin.current = map.peek()?.focusTarget() ?? null;
    selectZone(state, id);
  };
  // The buttons that open the comparison and the charts get focus back when their view closes.
  const viewButtons = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});
  const toggleView = (v: View) => setView(state, state.view.peek() === v ? 'map' : v);
  const closeView = () => {
    const v = state.view.peek();
    setView(state, 'map');
    requestAnimationFrame(() => viewButtons.current[v]?.focus({ preventScroll: true }));
  };
  const showOnMap = (id: string) => {
    setView(state, 'map');
    selectZone(state, id);
    // The map is hidden behind the view until this render; fly once it is visible.
    requestAnimationFrame(() => map.peek()?.flyTo(id, { padding: cameraPadding() }));
  };
  const chartFilter = (f: ChartFilter) => showOnly(state, f);
  const compareCount = state.compare.value.length;
  const langToggle = (
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
  );
  const close = () => {
    const id = state.selectedId.peek();
    selectZone(state, null);
    const back = origin.current;
    origin.current = null;
    // Back to what opened the panel; if that is gone (a row of the closed table), to the zone's list entry.
    const target = back?.isConnected ? back : id ? document.querySelector<HTMLElement>(`button.zone-item[data-zone-id="${CSS.escape(id)}"]`) : null;
    target?.focus({ preventScroll: true });
  };

  return (
    <div class={`app ${state.selected.value ? 'has-panel' : ''} ${sync.embed ? 'embed' : ''} view-${view}`}>
      <a class="skip-link" href="#zone-search">{t(lang, 'skipToList')}</a>
      <header class="app-head">
        <div class="title">
          <h1>{t(lang, 'appTitle')}</h1>
          <p class="subtitle">{t(lang, 'appSubtitle')}</p>
        </div>
        {/* On a phone the language switch sits beside the title, the view buttons on one row below (DOM order = what is seen). */}
        {narrow && langToggle}
        <div class="head-actions">
          {!sync.embed && <button
            type="button"
            class={`head-btn ${table ? 'active' : ''}`}
            ref={tableToggle}
            data-testid="table-toggle"
            aria-controls={table ? 'area-table' : undefined}
            onClick={() => setView(state, state.view.value === 'table' ? 'map' : 'table')}
          >
            {tZones(lang, state.view.value === 'table' ? 'tableBack' : narrow ? 'tableOpenShort' : 'tableOpen')}
          </button>}
          {(!sync.embed || compareCount > 0) && <button
            type="button"
            class={`head-btn ${view === 'compare' ? 'active' : ''}`}
            ref={(el) => { viewButtons.current.compare = el; }}
            data-testid="compare-open"
            onClick={() => toggleView('compare')}
          >
            {view === 'compare' ? t(lang, 'viewBack') : <>{t(lang, 'compareOpen')}{compareCount > 0 && <span class="head-count"> {narrow ? `${compareCount}/${MAX_COMPARE}` : t(lang, 'compareCount', { n: compareCount, max: MAX_COMPARE })}</span>}</>}
          </button>}
          {!sync.embed && <button
            type="button"
            class={`head-btn ${view === 'charts' ? 'active' : ''}`}
            ref={(el) => { viewButtons.current.charts = el; }}
            data-testid="charts-open"
            onClick={() => toggleView('charts')}
          >
            {t(lang, view === 'charts' ? 'viewBack' : 'chartsOpen')}
          </button>}
          {sync.embed ? <OpenFullMapLink {...share} /> : <ShareControls {...share} />}
          {!narrow && langToggle}
        </div>
      </header>
      <main class="app-main">
        <div class="map-wrap" inert={covered} {...(sync.embed ? {} : drop.handlers)}>
          <MapView state={state} importState={imp} onController={(c) => setController(ctx, c)} onMapSelect={mapSelect} />
          <div class="map-tools">
            <button type="button" class="fit-btn" onClick={() => map.peek()?.fitProvince()}>
              {t(lang, 'fitProvince')}
            </button>
            <LayerSwitcher state={state} />
            {sync.embed && <EmbedListHost state={state} onChoose={choose} />}
            {!sync.embed && <ImportButton lang={lang} actions={importer} inputRef={fileInput} />}
            {!sync.embed && <DrawButton lang={lang} req={draw} />}
          </div>
          {state.year.value !== null && (
            // The map shows the past: say so on the map itself (on a phone the timeline is far down the page).
            <p class="year-badge" data-testid="year-badge">
              <strong>{t(lang, 'yearBadge', { year: state.year.value })}</strong>
              <button type="button" class="year-badge-btn" onClick={() => setYear(state, null)}>{t(lang, 'yearBadgeToday')}</button>
            </p>
          )}
          <DropOverlay lang={lang} visible={drop.dragging} />
          <ImportPanelHost state={state} imp={imp} actions={importer} />
          {!sync.embed && <DrawPanelHost ctx={ctx} />}
        </div>
        {sync.embed && <div class="embed-legend"><Legend state={state} startOpen={false} /></div>}
        {/* Covered parts take no focus: the table covers everything, the details panel the list where it takes its place. */}
        {!sync.embed && <div class="sidebar" inert={covered || (panelOverList && state.selected.value !== null)}>
          {/* On a phone the search and list come first (DOM order, so focus order matches what is seen). */}
          {narrow && <ZoneList state={state} onChoose={choose} />}
          <Legend state={state} />
          <TimelineHost state={state} />
          <Summary state={state} />
          {!narrow && <ZoneList state={state} onChoose={choose} />}
        </div>}
        <ZonePanelHost state={state} onClose={close} actions={sync.embed ? null : <div class="panel-actions"><SelectedCompareToggle state={state} /><FactSheetButton {...share} /><EditZoneButton ctx={ctx} /></div>} />
        {state.view.value === 'table' && (
          <AreaTableHost
            state={state}
            onShowOnMap={showOnMap}
          />
        )}
        {view === 'compare' && <CompareHost state={state} onClose={closeView} onShowOnMap={showOnMap} />}
        {view === 'charts' && !sync.embed && <ChartsHost state={state} onClose={closeView} onFilter={chartFilter} />}
      </main>
      <CompareStatus />
      <Notices state={state} />
      {updateReady.value && (
        <div class="update-banner" role="status" data-testid="update-ready">
          {t(lang, 'updateReady')}{' '}
          <button type="button" class="update-btn" onClick={applyUpdate}>{t(lang, 'updateReload')}</button>
        </div>
      )}
    </div>
  );
}

/** Puts the map controller in its slot; an embedded map takes cooperative gestures (the host page keeps scrolling). */
function setController(ctx: AppContext, c: ZoneMapController | null): void {
  c?.setCooperativeGestures(ctx.sync.embed);
  ctx.map.value = c;
}

/** "Edit this boundary" for the selected zone (not for a location-only feature: it has no boundary to edit). */
function EditZoneButton({ ctx }: { ctx: AppContext }) {
  const zone = ctx.state.selected.value;
  if (!zone || !hasFootprint(zone.properties)) return null;
  const lang = ctx.state.lang.value;
  return (
    <EditBoundaryButton
      lang={lang}
      req={ctx.draw}
      origin={() => ({ kind: 'zone', id: zone.properties.id, name: tx(zone.properties.name, lang), geometry: zone.geometry })}
    />
  );
}
