/**
 * The import panel (loaded on first use): choose or drop a file, follow the progress, read every
 * message, apply a suggested fix, browse the imported features, and download data. Everything
 * that comes from the file is rendered as text.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../domain/zone.ts';
import { MAX_IMPORT_BYTES } from '../../import/limits.ts';
import { renderMessage } from './render_message.ts';
import type { ImportResult } from '../../import/types.ts';
import type { AppState } from '../../state/app_state.ts';
import { cancelImport, clearImport, closeImportPanel, type ImportProgress, type ImportState } from '../../state/import_state.ts';
import { tImport } from './strings.ts';
import { ImportDownloads } from './Downloads.tsx';
import type { ImportActions } from './entry.tsx';
import { ChangeNote, FailedNote } from './Changes.tsx';
import { ImportFeatures } from './Features.tsx';
import { ImportMessages } from './Messages.tsx';
import { ImportOffers } from './Offers.tsx';

export interface ImportPanelProps {
  state: AppState;
  imp: ImportState;
  actions: ImportActions;
}

/**
 * A byte count as "850 kB" / "12,4 MB": decimal units, as file managers show them and as `limits.ts` sets the
 * limit. Rounded up, so a file over the 50 MB limit never reads "50 MB".
 */
function formatBytes(bytes: number, lang: Lang): string {
  const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'MB'] : [Math.max(bytes, 1) / 1e3, 'kB'];
  const digits = value < 10 ? 1 : 0;
  const up = Math.ceil(value * 10 ** digits - 1e-9) / 10 ** digits;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(up)}\u00a0${unit}`;
}

function Chooser({ lang, actions }: { lang: Lang; actions: ImportActions }) {
  return (
    <div class="imp-chooser">
      <p class="imp-intro">{tImport(lang, 'intro')}</p>
      <div class="imp-drop">
        <span>{tImport(lang, 'dropOr')}</span>
        <button type="button" class="imp-btn imp-btn-primary" data-testid="import-choose" onClick={actions.pick}>
          {tImport(lang, 'chooseFile')}
        </button>
      </div>
      <Limits lang={lang} />
    </div>
  );
}

function Limits({ lang }: { lang: Lang }) {
  return (
    <p class="imp-limits" data-testid="import-limits">
      {tImport(lang, 'formats')} · <strong>{tImport(lang, 'sizeLimit', { mb: MAX_IMPORT_BYTES / 1e6 })}</strong>
      <br />
      <span class="muted">{tImport(lang, 'privacy')}</span>
    </p>
  );
}

function FileLine({ imp, lang, actions, result }: { imp: ImportState; lang: Lang; actions: ImportActions; result: ImportResult | null }) {
  const file = imp.file.value;
  if (!file) return null;
  return (
    <div class="imp-file" data-testid="import-file">
      <div class="imp-file-name">
        <strong>{file.name || '—'}</strong>
        <span class="muted">
          {formatBytes(file.size, lang)} ({tImport(lang, 'sizeLimit', { mb: MAX_IMPORT_BYTES / 1e6 })})
          {result && ` · ${tImport(lang, `fmt_${result.detected.format}`)} · ${tImport(lang, `crs_${result.detected.crs}`)}`}
        </span>
      </div>
      <div class="imp-file-actions">
        <button type="button" class="imp-btn" onClick={actions.pick}>{tImport(lang, 'otherFile')}</button>
        <button type="button" class="imp-btn imp-btn-quiet" data-testid="import-clear" onClick={() => clearImport(imp)}>
          {tImport(lang, 'clear')}
        </button>
      </div>
    </div>
  );
}

function Progress({ progress, lang, fileName, onCancel }: { progress: ImportProgress; lang: Lang; fileName: string | null; onCancel: () => void }) {
  const pct = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  return (
    <div class="imp-progress" data-testid="import-progress">
      {fileName && <p class="imp-reading">{tImport(lang, 'readingFile', { name: fileName })}</p>}
      {/* Not a live region itself: the panel's one status line announces the stage, not every percent. */}
      <div class="imp-progress-head">
        <span data-testid="import-stage">{tImport(lang, `stage_${progress.stage ?? 'loading'}`)}</span>
        <span class="imp-pct" aria-hidden="true">{pct}%</span>
      </div>
      <div class="imp-bar" role="progressbar" aria-label={tImport(lang, 'progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
        <span style={{ width: `${pct}%` }} />
      </div>
      <button type="button" class="imp-btn imp-btn-quiet" onClick={onCancel}>{tImport(lang, 'cancel')}</button>
    </div>
  );
}

/** The summary message's text, for the status line. */
function summaryText(result: ImportResult, lang: Lang): string {
  const summary = result.messages.find((m) => m.code === 'summary');
  return summary ? renderMessage(summary, lang) : '';
}

/** The pipeline's summary message, as the result's headline. */
function ResultHead({ result, lang }: { result: ImportResult; lang: Lang }) {
  const summary = result.messages.find((m) => m.code === 'summary');
  const ok = result.stats.kept > 0 && result.stats.skipped === 0;
  return summary ? <p class={`imp-summary ${ok ? 'imp-summary-ok' : ''}`} data-code="summary">{renderMessage(summary, lang)}</p> : null;
}

/** The panel: a card over the map on wide screens, a bottom sheet on phones. */
export function ImportPanel({ state, imp, actions }: ImportPanelProps) {
  const lang = state.lang.value;
  const progress = imp.progress.value;
  const result = imp.result.value;
  const loadError = imp.loadError.value;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  // Closing gives focus back to the "Open file" button, not to the page.
  const close = () => {
    // The button is outside the panel and stays: focus it now, before the panel (and the focus in it) goes.
    document.querySelector<HTMLElement>('.import-open-btn')?.focus({ preventScroll: true });
    closeImportPanel(imp);
  };
  return (
    <aside
      class="import-panel"
      aria-labelledby="import-title"
      data-testid="import-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !(e.target instanceof HTMLSelectElement)) close();
      }}
    >
      <header class="imp-head">
        <h2 id="import-title" tabIndex={-1} ref={heading}>{tImport(lang, 'title')}</h2>
        <button type="button" class="icon-btn" aria-label={tImport(lang, 'close')} data-testid="import-close" onClick={close}>
          ×
        </button>
      </header>
      <div class="imp-body">
        {/* One live region, there from the panel's start, so the first message is not missed: the stage while the
            file is read, then the result's summary. */}
        <p class="visually-hidden" role="status" data-testid="import-announce">
          {progress ? tImport(lang, `stage_${progress.stage ?? 'loading'}`) : result ? summaryText(result, lang) : ''}
        </p>
        {imp.file.value ? <FileLine imp={imp} lang={lang} actions={actions} result={progress ? null : result} /> : <Chooser lang={lang} actions={actions} />}
        {progress && <Progress progress={progress} lang={lang} fileName={imp.pending.value?.file.name ?? null} onCancel={() => cancelImport(imp)} />}
        {loadError && !progress && (
          <div class="imp-error" role="alert">
            <p>{tImport(lang, 'runnerFailed', { reason: loadError })}</p>
            <button type="button" class="imp-btn" onClick={() => void actions.openFile(imp.pending.value?.file ?? null, imp.pending.value?.options ?? imp.options.value)}>
              {tImport(lang, 'retry')}
            </button>
          </div>
        )}
        {!progress && <FailedNote imp={imp} lang={lang} />}
        {!progress && <ChangeNote imp={imp} lang={lang} onUndone={() => requestAnimationFrame(() => imp.features.value.length && actions.fit(null))} />}
        {result && !progress && (
          <div class="imp-result" data-testid="import-result">
            <ResultHead result={result} lang={lang} />
            <ImportOffers imp={imp} result={result} lang={lang} actions={actions} />
            <ImportMessages imp={imp} lang={lang} />
            <ImportFeatures state={state} imp={imp} actions={actions} />
          </div>
        )}
        <ImportDownloads state={state} />
      </div>
    </aside>
  );
}
