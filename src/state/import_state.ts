/**
 * State of "check your own file": the panel, the file on the map and its result, the file being read, the
 * selected imported feature — and nothing lost: a file that is refused leaves the import that was there, and an
 * import that another replaced (or that was removed) can be brought back. Signals and plain actions, like
 * `app_state.ts`. The import itself runs through an `ImportRunner` the UI passes in (the lazily loaded worker
 * client), so this module holds no import code and tests can run it with a plain function.
 */
import { computed, signal, type ReadonlySignal, type Signal } from '@preact/signals';
import type { ImportMessage, MessageSeverity } from '../import/messages.ts';
import type { ImportedFeature, ImportOffer, ImportResult, ImportStage, SourceCrs } from '../import/types.ts';

/** The fixes the user can ask for when re-running an import. */
export interface ImportRunOptions {
  swapLatLon?: boolean;
  sourceCrs?: SourceCrs | null;
}

/** Runs one import; rejects with an `AbortError` when `signal` aborts. */
export type ImportRunner = (
  file: Blob & { name?: string },
  opts: ImportRunOptions & { signal: AbortSignal },
  onProgress: (fraction: number, stage: ImportStage) => void,
) => Promise<ImportResult>;

/** Progress of the running import: `stage` null while the import code itself is loading. */
export interface ImportProgress {
  fraction: number;
  stage: ImportStage | null;
}

/** A file, the fixes it was read with, and what came of it. */
export interface ImportRun {
  file: Blob & { name?: string };
  options: ImportRunOptions;
  result: ImportResult;
}

/** How the map shows the imported features at its current zoom: all of them, `dots` of them as dots (too small to see). */
export interface ImportedView {
  total: number;
  dots: number;
}

/** The last change to what the map shows, for the note that offers to undo it. */
export type ImportChange = 'replaced' | 'restored' | 'cleared';

/** Messages of one severity. */
export interface MessageGroup {
  severity: MessageSeverity;
  messages: readonly ImportMessage[];
}

export interface ImportState {
  panelOpen: Signal<boolean>;
  /** The file whose result is shown (kept to re-run it with a fix); null when none. */
  file: Signal<(Blob & { name?: string }) | null>;
  /** Options of the shown result's run. */
  options: Signal<ImportRunOptions>;
  /** The file being read, or the last one that could not be (kept to try again); null otherwise. */
  pending: Signal<{ file: Blob & { name?: string }; options: ImportRunOptions } | null>;
  /** Non-null while an import runs. */
  progress: Signal<ImportProgress | null>;
  result: Signal<ImportResult | null>;
  /** A file that was refused while an earlier import stayed: its name and its (failed) result. */
  failed: Signal<{ fileName: string; result: ImportResult } | null>;
  /** The import that the shown one replaced, or that was removed: what `undoImport` brings back. */
  previous: Signal<ImportRun | null>;
  /** What last changed the shown import, while it can be undone. */
  change: Signal<ImportChange | null>;
  /** How the map shows the imported features now (set by the map); null before it has drawn them. */
  mapView: Signal<ImportedView | null>;
  /** The import code could not be loaded (offline, stale deploy); the reason, for the user. */
  loadError: Signal<string | null>;
  selectedId: Signal<string | null>;

  features: ReadonlySignal<readonly ImportedFeature[]>;
  selected: ReadonlySignal<ImportedFeature | null>;
  /** Messages grouped error → warning → info (empty groups left out), in pipeline order within a group. */
  messageGroups: ReadonlySignal<readonly MessageGroup[]>;
  offers: ReadonlySignal<readonly ImportOffer[]>;
}

const SEVERITIES: readonly MessageSeverity[] = ['error', 'warning', 'info'];
const NO_FEATURES: readonly ImportedFeature[] = [];

/** Fresh state: panel closed, nothing imported. */
export function createImportState(): ImportState {
  const panelOpen = signal(false);
  const file = signal<(Blob & { name?: string }) | null>(null);
  const options = signal<ImportRunOptions>({});
  const pending = signal<{ file: Blob & { name?: string }; options: ImportRunOptions } | null>(null);
  const progress = signal<ImportProgress | null>(null);
  const result = signal<ImportResult | null>(null);
  const failed = signal<{ fileName: string; result: ImportResult } | null>(null);
  const previous = signal<ImportRun | null>(null);
  const change = signal<ImportChange | null>(null);
  const mapView = signal<ImportedView | null>(null);
  const loadError = signal<string | null>(null);
  const selectedId = signal<string | null>(null);
  const features = computed(() => result.value?.features ?? NO_FEATURES);
  const selected = computed(() => features.value.find((f) => f.id === selectedId.value) ?? null);
  const messageGroups = computed(() => {
    const messages = result.value?.messages ?? [];
    return SEVERITIES.map((severity) => ({ severity, messages: messages.filter((m) => m.severity === severity) }))
      .filter((g) => g.messages.length > 0);
  });
  const offers = computed(() => result.value?.offers ?? []);
  return {
    panelOpen, file, options, pending, progress, result, failed, previous, change, mapView, loadError, selectedId, features, selected, messageGroups, offers,
  };
}

/** The running import's canceller, per state (not a signal: nothing renders it). */
const running = new WeakMap<ImportState, AbortController>();

export function openImportPanel(state: ImportState): void {
  state.panelOpen.value = true;
}

export function closeImportPanel(state: ImportState): void {
  state.panelOpen.value = false;
}

/** Records how the map shows the imported features (the map calls it after every zoom). */
export function setImportedView(state: ImportState, view: ImportedView | null): void {
  state.mapView.value = view;
}

/** Selects an imported feature by id (unknown ids clear it); selecting opens the panel. */
export function selectImported(state: ImportState, id: string | null): void {
  state.selectedId.value = id && state.features.value.some((f) => f.id === id) ? id : null;
  if (state.selectedId.value) state.panelOpen.value = true;
}

/** Stops a running import, if any; the previous result stays. */
export function cancelImport(state: ImportState): void {
  running.get(state)?.abort();
  running.delete(state);
  state.progress.value = null;
}

/** The shown import as a run, or null when nothing worth keeping is shown. */
function shownRun(state: ImportState): ImportRun | null {
  const [file, result] = [state.file.value, state.result.value];
  return file && result && (result.features.length > 0 || result.offers.length > 0) ? { file, options: state.options.value, result } : null;
}

function show(state: ImportState, run: ImportRun | null): void {
  state.file.value = run?.file ?? null;
  state.options.value = run?.options ?? {};
  state.result.value = run?.result ?? null;
  state.selectedId.value = null;
}

/** Removes the imported features and messages (the panel stays open); `undoImport` brings them back. */
export function clearImport(state: ImportState): void {
  cancelImport(state);
  const was = shownRun(state);
  show(state, null);
  state.pending.value = null;
  state.loadError.value = null;
  state.failed.value = null;
  state.previous.value = was;
  state.change.value = was ? 'cleared' : null;
}

/** Brings back the import that was replaced or removed; the one shown until then can in turn be brought back. */
export function undoImport(state: ImportState): void {
  const back = state.previous.value;
  if (!back) return;
  cancelImport(state);
  const now = shownRun(state);
  show(state, back);
  state.failed.value = null;
  state.previous.value = now;
  state.change.value = 'restored';
}

/**
 * Imports `file` with `options` through `run`, replacing any running import. Progress and load failures land in
 * the state; a cancelled run changes nothing. A result with features (or a fix to offer) is shown, and the import
 * it replaces — unless it is the same file read with another fix — can be brought back with `undoImport`. A file
 * that gives nothing is shown as `failed` while the import already shown stays. Marks `import-start` and
 * `import-done` on the performance timeline (for tests and benchmarks).
 */
export async function runImport(
  state: ImportState,
  file: Blob & { name?: string },
  options: ImportRunOptions,
  run: ImportRunner,
): Promise<void> {
  cancelImport(state);
  const ctrl = new AbortController();
  running.set(state, ctrl);
  state.panelOpen.value = true;
  state.pending.value = { file, options };
  state.loadError.value = null;
  state.progress.value = { fraction: 0, stage: null };
  performance.mark('import-start');
  try {
    const result = await run(file, { ...options, signal: ctrl.signal }, (fraction, stage) => {
      if (!ctrl.signal.aborted) state.progress.value = { fraction, stage };
    });
    if (ctrl.signal.aborted) return;
    state.pending.value = null;
    const was = shownRun(state);
    const gaveNothing = result.features.length === 0 && result.offers.length === 0;
    if (gaveNothing && was) {
      state.failed.value = { fileName: file.name ?? '', result };
      return;
    }
    state.failed.value = null;
    show(state, { file, options, result });
    if (was && was.file !== file) {
      state.previous.value = was;
      state.change.value = 'replaced';
    } else {
      state.change.value = null;
    }
  } catch (err) {
    if (ctrl.signal.aborted) return;
    state.loadError.value = err instanceof Error ? err.message : String(err);
  } finally {
    if (running.get(state) === ctrl) {
      running.delete(state);
      state.progress.value = null;
      performance.mark('import-done');
    }
  }
}
