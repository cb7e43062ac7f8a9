/**
 * The always-loaded entry points of sharing: the Share and Print buttons in the header (and Ctrl/⌘+P),
 * the fact-sheet button of the details panel, and the "open full map" link of embed mode. The dialog, the
 * QR code generator and the print layouts are imported only when one of these is used.
 */
import { effect, type ReadonlySignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { ZoneMapController } from '../../map/zone_map.ts';
import { SHEET_ON_CLASS } from './sheet_class.ts';
import { whenDetails } from '../../state/load_data.ts';
import type { AppState } from '../../state/app_state.ts';
import type { Camera } from '../../state/view.ts';
import type { UrlSync } from '../../state/url_sync.ts';
import { tShareEntry } from './strings_entry.ts';
import type { PrintContext } from './print/MapSheet.tsx';
import './share.css';
import './print/print.css';

interface Props {
  state: AppState;
  sync: UrlSync;
  /** The map controller, or null while (or if) there is no map. */
  map: ReadonlySignal<ZoneMapController | null>;
}

type DialogProps = { state: AppState; sync: UrlSync; controller: ZoneMapController | null; onClose: () => void; onPrint: () => void };

function printContext({ state, sync, map }: Props): PrintContext {
  const controller = map.peek();
  if (!controller) throw new Error('no map');
  const linkFor = (camera: Camera | null, selected?: string | null) =>
    sync.linkFor({ ...sync.linkState(camera), ...(selected === undefined ? {} : { selected }) });
  return { state, controller, linkFor };
}

/** Runs a print job, reporting a failure in the UI language. */
function usePrintJob(state: AppState): [boolean, string | null, (job: () => Promise<void>) => void] {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    job()
      .catch((err: unknown) => setError(tShareEntry(state.lang.peek(), 'failed', { reason: err instanceof Error ? err.message : String(err) })))
      .finally(() => setBusy(false));
  };
  return [busy, error, run];
}

const printMap = (props: Props) => import('./print/MapSheet.tsx').then((m) => m.printMap(printContext(props)));

/** While a map exists, lays a copy of it over the page when the browser's own print runs (a WebGL canvas prints blank). */
function usePrintSnapshot(map: Props['map']): void {
  useEffect(() => effect(() => map.value?.printSnapshots(() => document.documentElement.classList.contains(SHEET_ON_CLASS))), []);
}

/** Share and Print buttons for the header. Ctrl/⌘+P prints the same layout as the Print button. */
export function ShareControls(props: Props) {
  const { state } = props;
  const lang = state.lang.value;
  const [Dialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  const [busy, error, run] = usePrintJob(state);
  const print = () => run(() => printMap(props));
  usePrintSnapshot(props.map);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        run(() => printMap(props));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const [loadError, setLoadError] = useState<string | null>(null);
  const openShare = () => {
    setLoadError(null);
    import('./Dialog.tsx')
      .then((m) => setDialog(() => m.ShareDialog))
      .catch((err: unknown) => setLoadError(tShareEntry(state.lang.peek(), 'failed', { reason: err instanceof Error ? err.message : String(err) })));
  };

  return (
    <>
      <button type="button" class="head-btn" data-testid="share-open" aria-haspopup="dialog" title={tShareEntry(lang, 'shareOpenLabel')} onClick={openShare}>
        {tShareEntry(lang, 'shareOpen')}
      </button>
      <button type="button" class="head-btn" data-testid="print-open" title={tShareEntry(lang, 'printOpenLabel')} disabled={busy} onClick={print}>
        {busy ? tShareEntry(lang, 'working') : tShareEntry(lang, 'printOpen')}
      </button>
      {(error ?? loadError) && <span class="share-toast" role="alert">{error ?? loadError}</span>}
      {Dialog && (
        <Dialog
          state={state}
          sync={props.sync}
          controller={props.map.peek()}
          onClose={() => setDialog(null)}
          onPrint={print}
        />
      )}
    </>
  );
}

/** "Tờ thông tin / Fact sheet" for the details panel: prints the selected feature on one A4 page. */
export function FactSheetButton(props: Props) {
  const { state } = props;
  const lang = state.lang.value;
  const [busy, error, run] = usePrintJob(state);
  const zone = state.selected.value;
  if (!zone) return null;
  // The sheet prints the long-form texts: it waits for the whole data file, then prints the zone as it is then.
  const go = () => run(async () => {
    await whenDetails(state);
    const { printFactSheet } = await import('./print/FactSheet.tsx');
    const whole = state.selected.peek();
    if (whole) await printFactSheet(printContext(props), whole);
  });
  return (
    <div class="fact-sheet-action">
      <button type="button" class="share-btn secondary" data-testid="fact-sheet-open" title={tShareEntry(lang, 'factSheetLabel')} disabled={busy} onClick={go}>
        {busy ? tShareEntry(lang, 'working') : tShareEntry(lang, 'factSheet')}
      </button>
      {error && <span class="share-status manual" role="alert">{error}</span>}
    </div>
  );
}

/**
 * Embed mode's way out: the full app at the same view, in a new tab. The address is made from the state
 * (`encodeUrlState` without the embed flag) when the link is used, never copied from the location.
 */
export function OpenFullMapLink({ state, sync, map }: Props) {
  const lang = state.lang.value;
  // Read as `.value` so the link is made again when the (lazily loaded) map arrives; until then the
  // camera is the one the address carries.
  const controller = map.value;
  const href = () => sync.linkFor(sync.linkState(controller?.camera() ?? sync.addressCamera()));
  const refresh = (e: { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = href();
  };
  return (
    <a
      class="head-btn open-full"
      href={href()}
      target="_blank"
      rel="noopener"
      data-testid="open-full-map"
      aria-label={tShareEntry(lang, 'openFullMapLabel')}
      onPointerDown={refresh}
      onFocus={refresh}
      onClick={refresh}
      onMouseEnter={refresh}
    >
      {tShareEntry(lang, 'openFullMap')} ↗
    </a>
  );
}
