/**
 * State of "check your own file": the panel, the file being checked, progress, the last result
 * and the selected imported feature. Signals and plain actions, like `app_state.ts`. The import
 * itself runs through an `ImportRunner` the UI passes in (the lazily loaded worker client), so
 * this module holds no import code and tests can run it with a plain function.
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

/** Messages of one severity. */
export interface MessageGroup {
  severity: MessageSeverity;
  messages: readonly ImportMessage[];
}

export interface ImportState {
  panelOpen: Signal<boolean>;
  /** The file last chosen (kept to re-run it with a fix); null before any. */
  file: Signal<(Blob & { name?: string }) | null>;
  /** Options of the last run. */
  options: Signal<ImportRunOptions>;
  /** Non-null while an import runs. */
  progress: Signal<ImportProgress | null>;
  result: Signal<ImportResult | null>;
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
  const progress = signal<ImportProgress | null>(null);
  const result = signal<ImportResult | null>(null);
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
  return { panelOpen, file, options, progress, result, loadError, selectedId, features, selected, messageGroups, offers };
}

/** The running import's canceller, per state (not a signal: nothing renders it). */
const running = new WeakMap<ImportState, AbortController>();

export function openImportPanel(state: ImportState): void {
  state.panelOpen.value = true;
}

export function closeImportPanel(state: ImportState): void {
  state.panelOpen.value = false;
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

/** Removes the imported features and messages (the panel stays open). */
export function clearImport(state: ImportState): void {
  cancelImport(state);
  state.file.value = null;
  state.options.value = {};
  state.result.value = null;
  state.loadError.value = null;
  state.selectedId.value = null;
}

/**
 * Imports `file` with `options` through `run`, replacing any running import. Progress, the result
 * and load failures land in the state; a cancelled run changes nothing. Marks `import-start` and
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
  state.file.value = file;
  state.options.value = options;
  state.loadError.value = null;
  state.progress.value = { fraction: 0, stage: null };
  performance.mark('import-start');
  try {
    const result = await run(file, { ...options, signal: ctrl.signal }, (fraction, stage) => {
      if (!ctrl.signal.aborted) state.progress.value = { fraction, stage };
    });
    if (ctrl.signal.aborted) return;
    state.selectedId.value = null;
    state.result.value = result;
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
