/**
 * The always-loaded part of "check your own file": the map-tools button with its file input, the
 * drop overlay, and a host that loads the import panel on first use. The import code itself
 * (worker client, parsers, export, overlap) is only fetched when a file is opened.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../domain/zone.ts';
import type { ZoneMapController } from '../../map/zone_map.ts';
import type { AppState } from '../../state/app_state.ts';
import { openImportPanel, runImport, type ImportRunner, type ImportRunOptions, type ImportState } from '../../state/import_state.ts';
import { requestDraw, type DrawRequest } from '../../state/draw_request.ts';
import type { ImportedFeature } from '../../import/types.ts';
import { tImportEntry } from './strings_entry.ts';
import './import.css';
import type { ImportPanelProps } from './Panel.tsx';

/** File types the picker offers (the pipeline also sniffs the content). */
export const IMPORT_ACCEPT = '.geojson,.json,.kml,.kmz,.zip';

/** What the import UI can do, bound to one import state and the map controller. */
export interface ImportActions {
  /** Imports a file (re-running the last one when `file` is null) with the given fixes. */
  openFile: (file: (Blob & { name?: string }) | null, options?: ImportRunOptions) => Promise<void>;
  /** Moves the camera to one imported feature, or to all (`null`), clear of the panel. */
  fit: (id: string | null) => void;
  /** Opens the system file picker. */
  pick: () => void;
  /** Copies an imported feature onto the drawing board to edit it. */
  edit: (feature: ImportedFeature) => void;
}

/** Imports through the worker client, loaded on first use. */
const lazyRunner: ImportRunner = async (file, opts, onProgress) => {
  const client = await import('../../import/client.ts');
  return client.importFile(file, opts, onProgress);
};

/** Camera padding that keeps fitted features clear of the import panel (left card, or bottom sheet on phones). */
function fitPadding(): { top: number; right: number; bottom: number; left: number } {
  const pad = { top: 60, right: 60, bottom: 40, left: 60 };
  const map = document.querySelector('.map-wrap')?.getBoundingClientRect();
  const panel = document.querySelector('.import-panel')?.getBoundingClientRect();
  if (!map || !panel) return pad;
  if (panel.bottom >= map.bottom - 1 && panel.left <= map.left + 1 && panel.width >= map.width - 2) {
    pad.bottom = Math.max(pad.bottom, map.bottom - panel.top + 24);
  } else {
    pad.left = Math.max(pad.left, panel.right - map.left + 24);
  }
  return pad;
}

/** Binds the import actions to a state, the map controller (looked up at call time) and a file input. */
export function importActions(
  imp: ImportState,
  getCtrl: () => ZoneMapController | null,
  getInput: () => HTMLInputElement | null,
  draw: DrawRequest,
): ImportActions {
  const fit = (id: string | null) => getCtrl()?.fitImported(id, fitPadding());
  return {
    fit,
    edit: (f) => requestDraw(draw, { kind: 'imported', id: f.id, name: f.label, geometry: f.geometry }),
    pick: () => {
      openImportPanel(imp);
      getInput()?.click();
    },
    openFile: async (file, options = {}) => {
      const f = file ?? imp.file.value;
      if (!f) return;
      await runImport(imp, f, options, lazyRunner);
      // Next frame: the panel has rendered, so its size is known without forcing a layout.
      if (imp.file.value === f && imp.features.value.length) requestAnimationFrame(() => fit(null));
    },
  };
}

/** The "Open file" button of the map tools, with the hidden file input it drives. */
export function ImportButton({ lang, actions, inputRef }: {
  lang: Lang;
  actions: ImportActions;
  inputRef: { current: HTMLInputElement | null };
}) {
  return (
    <>
      <button type="button" class="fit-btn import-open-btn" data-testid="import-open" title={tImportEntry(lang, 'openFileLabel')} onClick={actions.pick}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path d="M2 4.5h4l1.5 1.5H14v6.5H2z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" /></svg>
        {tImportEntry(lang, 'openFile')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        class="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-file-input"
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          if (file) void actions.openFile(file);
          input.value = '';
        }}
      />
    </>
  );
}

/** Drag-and-drop of a file onto an element: the handlers to spread on it, and whether a file is over it. */
export function useFileDrop(onFile: (file: File) => void) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
  useEffect(() => {
    // A file dropped beside the drop target would make the browser leave the app to show it.
    const keep = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);
  const handlers = {
    onDragEnter: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) onFile(file);
    },
  };
  return { dragging, handlers };
}

/** Shown over the map while a file is dragged over it. */
export function DropOverlay({ lang, visible }: { lang: Lang; visible: boolean }) {
  if (!visible) return null;
  return (
    <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div class="drop-card">
        <strong>{tImportEntry(lang, 'dropTitle')}</strong>
        <span>{tImportEntry(lang, 'dropHint')}</span>
      </div>
    </div>
  );
}

/** Loads the import panel the first time it opens, then renders it while open. */
export function ImportPanelHost({ state, imp, actions }: { state: AppState; imp: ImportState; actions: ImportActions }) {
  const open = imp.panelOpen.value;
  const [Panel, setPanel] = useState<ComponentType<ImportPanelProps> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!open || Panel) return;
    import('./Panel.tsx').then(
      (m) => setPanel(() => m.ImportPanel),
      (err: unknown) => setFailed(err instanceof Error ? err.message : String(err)),
    );
  }, [open]);
  if (!open) return null;
  if (failed) return <p class="import-panel import-load-failed" role="alert">{tImportEntry(state.lang.value, 'panelLoadFailed', { reason: failed })}</p>;
  return Panel ? <Panel state={state} imp={imp} actions={actions} /> : null;
}
