import { makeImported } from '../../test/helpers.ts';
import { describe, expect, it } from 'vitest';
import type { ImportMessage } from '../import/messages.ts';
import type { ImportedFeature, ImportResult } from '../import/types.ts';
import {
  cancelImport, clearImport, closeImportPanel, createImportState, openImportPanel, runImport, selectImported, undoImport,
  type ImportRunner,
} from './import_state.ts';

function feature(n: number): ImportedFeature {
  return makeImported(n);
}

const msg = (code: ImportMessage['code'], severity: ImportMessage['severity']): ImportMessage =>
  ({ code, severity, feature: null, params: {}, action: 'none' });

function result(over: Partial<ImportResult> = {}): ImportResult {
  return {
    features: [feature(1), feature(2)],
    messages: [msg('summary', 'info'), msg('no-geometry', 'warning'), msg('self-intersection', 'error'), msg('z-dropped', 'info')],
    detected: { format: 'geojson', crs: 'wgs84' },
    offers: [],
    stats: { inputFeatures: 3, kept: 2, skipped: 1, repaired: 0 },
    ...over,
  };
}

const file = new Blob(['{}']);

/** A runner that reports progress once and resolves with `r`, or rejects with AbortError on abort. */
function runner(r: ImportResult, seen: Array<{ swapLatLon?: boolean }> = []): ImportRunner {
  return (_file, opts, onProgress) => new Promise((resolve, reject) => {
    seen.push({ swapLatLon: opts.swapLatLon });
    onProgress(0.5, 'parse');
    opts.signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
    setTimeout(() => resolve(r), 5);
  });
}

describe('import state', () => {
  it('starts closed and empty', () => {
    const s = createImportState();
    expect(s.panelOpen.value).toBe(false);
    expect(s.features.value).toEqual([]);
    expect(s.messageGroups.value).toEqual([]);
    expect(s.progress.value).toBeNull();
  });

  it('opens the panel, shows progress while running, then keeps the result', async () => {
    const s = createImportState();
    const done = runImport(s, file, {}, runner(result()));
    expect(s.panelOpen.value).toBe(true);
    expect(s.progress.value).toEqual({ fraction: 0.5, stage: 'parse' });
    await done;
    expect(s.progress.value).toBeNull();
    expect(s.features.value.map((f) => f.id)).toEqual(['import-1', 'import-2']);
    expect(s.file.value).toBe(file);
  });

  it('groups messages by severity: errors, warnings, then information', async () => {
    const s = createImportState();
    await runImport(s, file, {}, runner(result()));
    expect(s.messageGroups.value.map((g) => [g.severity, g.messages.map((m) => m.code)])).toEqual([
      ['error', ['self-intersection']], ['warning', ['no-geometry']], ['info', ['summary', 'z-dropped']],
    ]);
  });

  it('exposes the offers and re-runs with the chosen fix', async () => {
    const s = createImportState();
    const seen: Array<{ swapLatLon?: boolean }> = [];
    await runImport(s, file, {}, runner(result({ offers: ['swap-lat-lon'] }), seen));
    expect(s.offers.value).toEqual(['swap-lat-lon']);
    await runImport(s, file, { swapLatLon: true }, runner(result(), seen));
    expect(seen).toEqual([{ swapLatLon: undefined }, { swapLatLon: true }]);
    expect(s.options.value).toEqual({ swapLatLon: true });
    expect(s.offers.value).toEqual([]);
  });

  it('lets a new import replace a running one; the first result never lands', async () => {
    const s = createImportState();
    const first = runImport(s, file, {}, runner(result({ features: [feature(7)] })));
    const second = runImport(s, file, {}, runner(result()));
    await Promise.all([first, second]);
    expect(s.features.value.map((f) => f.id)).toEqual(['import-1', 'import-2']);
  });

  it('cancels without changing the previous result', async () => {
    const s = createImportState();
    await runImport(s, file, {}, runner(result()));
    const again = runImport(s, file, {}, runner(result({ features: [] })));
    cancelImport(s);
    await again;
    expect(s.progress.value).toBeNull();
    expect(s.features.value).toHaveLength(2);
  });

  it('reports a runner that fails to load', async () => {
    const s = createImportState();
    await runImport(s, file, {}, () => Promise.reject(new Error('chunk failed')));
    expect(s.loadError.value).toBe('chunk failed');
    expect(s.progress.value).toBeNull();
  });

  it('selects only imported ids, opening the panel; a new result clears the selection', async () => {
    const s = createImportState();
    await runImport(s, file, {}, runner(result()));
    closeImportPanel(s);
    selectImported(s, 'import-2');
    expect(s.selected.value?.id).toBe('import-2');
    expect(s.panelOpen.value).toBe(true);
    selectImported(s, 'an-nghiep');
    expect(s.selectedId.value).toBeNull();
    selectImported(s, 'import-1');
    await runImport(s, file, {}, runner(result()));
    expect(s.selectedId.value).toBeNull();
  });

  it('clears everything but the open panel', async () => {
    const s = createImportState();
    await runImport(s, file, { swapLatLon: true }, runner(result()));
    openImportPanel(s);
    clearImport(s);
    expect(s.result.value).toBeNull();
    expect(s.file.value).toBeNull();
    expect(s.options.value).toEqual({});
    expect(s.panelOpen.value).toBe(true);
  });
});

describe('nothing lost', () => {
  const named = (name: string) => Object.assign(new Blob(['{}']), { name });
  const refused = (): ImportResult => result({ features: [], messages: [msg('not-json', 'error')], stats: { inputFeatures: 0, kept: 0, skipped: 0, repaired: 0 } });

  it('keeps the shown import when the next file is refused, and says which file failed', async () => {
    const s = createImportState();
    const good = named('good.geojson');
    await runImport(s, good, {}, runner(result()));
    await runImport(s, named('bad.geojson'), {}, runner(refused()));
    expect(s.file.value).toBe(good);
    expect(s.features.value).toHaveLength(2);
    expect(s.failed.value?.fileName).toBe('bad.geojson');
    expect(s.failed.value?.result.messages.map((m) => m.code)).toEqual(['not-json']);
    expect(s.pending.value).toBeNull();
  });

  it('shows a refused file’s messages as the result when nothing was shown before', async () => {
    const s = createImportState();
    await runImport(s, named('bad.geojson'), {}, runner(refused()));
    expect(s.failed.value).toBeNull();
    expect(s.result.value?.messages.map((m) => m.code)).toEqual(['not-json']);
  });

  it('brings back the import another replaced, and can swap again', async () => {
    const s = createImportState();
    const [a, b] = [named('a.geojson'), named('b.geojson')];
    await runImport(s, a, {}, runner(result()));
    await runImport(s, b, { swapLatLon: true }, runner(result({ features: [feature(9)] })));
    expect(s.change.value).toBe('replaced');
    expect(s.previous.value?.file).toBe(a);
    undoImport(s);
    expect([s.file.value, s.change.value, s.features.value.length, s.options.value]).toEqual([a, 'restored', 2, {}]);
    expect(s.previous.value?.file).toBe(b);
    undoImport(s);
    expect([s.file.value, s.features.value.map((f) => f.id), s.options.value]).toEqual([b, ['import-9'], { swapLatLon: true }]);
  });

  it('does not offer to undo a fix applied to the same file', async () => {
    const s = createImportState();
    await runImport(s, file, {}, runner(result({ offers: ['swap-lat-lon'], features: [] })));
    await runImport(s, file, { swapLatLon: true }, runner(result()));
    expect(s.change.value).toBeNull();
    expect(s.previous.value).toBeNull();
  });

  it('can bring back a removed import', async () => {
    const s = createImportState();
    await runImport(s, file, {}, runner(result()));
    clearImport(s);
    expect([s.change.value, s.features.value.length]).toEqual(['cleared', 0]);
    undoImport(s);
    expect([s.file.value, s.features.value.length, s.change.value]).toEqual([file, 2, 'restored']);
  });

  it('keeps the file of a runner that failed to load, to try again, and leaves the shown import', async () => {
    const s = createImportState();
    await runImport(s, file, {}, runner(result()));
    const other = named('other.kml');
    await runImport(s, other, { swapLatLon: true }, () => Promise.reject(new Error('offline')));
    expect(s.pending.value).toEqual({ file: other, options: { swapLatLon: true } });
    expect(s.file.value).toBe(file);
    expect(s.features.value).toHaveLength(2);
  });
});
