/**
 * The share dialog: the link to the current view (copy, with a fallback), its QR code, the embed snippet,
 * and the PNG download and print. Loaded only when the user opens it (it brings the QR code generator).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { composeMapPng } from '../../map/map_image.ts';
import { ONLINE_LAYERS } from '../../map/online_layers.ts';
import type { ZoneMapController } from '../../map/zone_map.ts';
import type { AppState } from '../../state/app_state.ts';
import type { UrlSync } from '../../state/url_sync.ts';
import { t } from '../app/i18n.ts';
import { tZones, KIND_LABEL, QUALITY_LEGEND, STAGE_LABEL } from '../zones/strings.ts';
import { tShare } from './strings.ts';
import { tShareEntry } from './strings_entry.ts';
import { CopyButton } from './Copy.tsx';
import { ShareEmbed } from './Embed.tsx';
import { dataDate } from './print/sheet.tsx';
import { QrImage } from './Qr.tsx';
import { tx } from '../app/text.ts';
import { downloadFile } from '../app/download.ts';

interface Props {
  state: AppState;
  sync: UrlSync;
  controller: ZoneMapController | null;
  onClose: () => void;
  /** Opens the map printout. */
  onPrint: () => void;
}

/** Draws the visible map with legend, scale bar, north arrow and credits, and downloads it as a PNG. */
export async function downloadMapPng(state: AppState, controller: ZoneMapController): Promise<void> {
  const lang = state.lang.peek();
  const online = ONLINE_LAYERS.find((l) => l.id === state.baseLayer.peek());
  const pic = await controller.capture();
  const blob = await composeMapPng(pic, {
    legend: {
      title: tZones(lang, 'legendTitle'),
      stages: STAGE_LABEL[lang],
      economicZone: KIND_LABEL[lang]['economic-zone'],
      qualities: Object.fromEntries(state.visibleQualities.peek().map((q) => [q, QUALITY_LEGEND[lang][q]])),
    },
    attribution: [t(lang, 'appTitle'), tShare(lang, 'printDataDate', { date: dataDate(state.zones.peek(), lang) }), tShare(lang, 'pngAttribution'), online?.attribution]
      .filter(Boolean).join(' · '),
    north: tShare(lang, 'printNorth'),
  });
  downloadFile(blob, `ban-do-kcn-soc-trang-${new Date().toISOString().slice(0, 10)}.png`, 'image/png');
}

/** A modal dialog (native `<dialog>`: focus stays inside, Escape closes). */
export function ShareDialog({ state, sync, controller, onClose, onPrint }: Props) {
  const lang = state.lang.value;
  const ref = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The link is made once, when the dialog opens: the map cannot move behind a modal dialog.
  const [base] = useState(() => sync.linkState(controller?.camera() ?? null));
  const link = sync.linkFor({ ...base, lang });
  const selected = state.selected.value;

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);

  const png = async () => {
    if (!controller) return;
    setBusy(true);
    setError(null);
    try {
      await downloadMapPng(state, controller);
    } catch (err) {
      setError(tShareEntry(lang, 'failed', { reason: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} class="share-dialog" aria-labelledby="share-title" data-testid="share-dialog" onClose={onClose}>
      <div class="share-head">
        <h2 id="share-title">{tShare(lang, 'shareTitle')}</h2>
        <button type="button" class="icon-btn" aria-label={tShare(lang, 'shareClose')} title={tShare(lang, 'shareClose')} onClick={() => ref.current?.close()}>
          ×
        </button>
      </div>
      <section class="share-section" aria-labelledby="share-link-label">
        <label id="share-link-label" class="share-label" for="share-link">{tShare(lang, 'shareLinkLabel')}</label>
        <div class="share-row">
          <input id="share-link" class="share-field" type="text" readOnly value={link} data-testid="share-link" spellcheck={false}
            onFocus={(e) => e.currentTarget.select()} />
          <CopyButton text={link} fieldId="share-link" label={tShare(lang, 'shareCopy')} lang={lang} testId="share-copy" />
        </div>
        <p class="share-hint">{tShare(lang, 'shareCarries')}</p>
        <p class="share-note" role="note" data-testid="share-import-note">{tShare(lang, 'shareImportNote')}</p>
      </section>
      <div class="share-grid">
        <section class="share-section share-qr" aria-labelledby="share-qr-title">
          <h3 id="share-qr-title">{tShare(lang, 'shareQrTitle')}</h3>
          <QrImage text={link} alt={tShare(lang, 'shareQrAlt')} tooLong={tShare(lang, 'shareQrFailed')} size={168} />
          <p class="share-hint">{tShare(lang, 'shareQrHint')}</p>
        </section>
        <ShareEmbed lang={lang} base={base} selectedName={selected ? tx(selected.properties.name, lang) : null} linkFor={sync.linkFor} />
      </div>
      <section class="share-section share-image" aria-labelledby="share-image-title">
        <h3 id="share-image-title">{tShare(lang, 'imageTitle')}</h3>
        <div class="share-row">
          <button type="button" class="share-btn" disabled={!controller || busy} onClick={() => void png()} data-testid="share-png">
            {busy ? tShareEntry(lang, 'working') : tShare(lang, 'downloadPng')}
          </button>
          <button type="button" class="share-btn secondary" disabled={!controller} onClick={() => { ref.current?.close(); onPrint(); }}>
            {tShareEntry(lang, 'printOpen')}
          </button>
        </div>
        {/* A failure is announced (an alert); the hint is plain text. */}
        {error ? <p class="share-hint share-error" role="alert">{error}</p> : <p class="share-hint">{tShare(lang, 'downloadPngHint')}</p>}
      </section>
    </dialog>
  );
}
