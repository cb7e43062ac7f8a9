/**
 * The imported features: a paged list with the three areas of each (VN-2000 / TM-3 first where it applies),
 * the selected feature's details, and the download of the repaired features as RFC 7946 GeoJSON — with the
 * file's own ids and properties, exactly as they came in.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatHa } from '../../domain/format.ts';
import type { Lang } from '../../domain/zone.ts';
import type { ImportedFeature } from '../../import/types.ts';
import type { AppState } from '../../state/app_state.ts';
import { selectImported, type ImportState } from '../../state/import_state.ts';
import { tImport } from './strings.ts';
import { downloadFile } from '../app/download.ts';
import type { ImportActions } from './entry.tsx';
import { ImportFeatureDetail } from './FeatureDetail.tsx';

/** Rows rendered at a time; a 20 MB file has tens of thousands of features. */
const PAGE = 50;

const ha = (m2: number, lang: Lang): string => formatHa(m2 / 10_000, lang);

/** "Lô A.geojson" → "Lô A"; used to name the export after the file. */
function baseName(name: string | undefined): string {
  const base = [...(name ?? '').replace(/\.[^.]*$/, '')]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').trim();
  return base || 'import';
}

function FeatureRow({ f, lang, selected, onChoose }: { f: ImportedFeature; lang: Lang; selected: boolean; onChoose: () => void }) {
  const { areas: a, vn2000Applies } = f.measure;
  return (
    <li>
      <button type="button" class={`imp-item ${selected ? 'selected' : ''}`} aria-pressed={selected} data-id={f.id} onClick={onChoose}>
        <span class="imp-item-name">{f.label}</span>
        <span class="imp-item-ha">
          <strong>{ha(vn2000Applies ? a.vn2000M2 : a.ellipsoidalM2, lang)}</strong>{' '}
          <span class="muted">{tImport(lang, vn2000Applies ? 'areaVn2000' : 'areaEllipsoidal')}</span>
        </span>
        <span class="imp-item-alt">
          {vn2000Applies ? <>{tImport(lang, 'areaEllipsoidal')} {ha(a.ellipsoidalM2, lang)}</> : <>{tImport(lang, 'areaVn2000')} —</>}
          {' · '}{tImport(lang, 'areaTurf')} {ha(a.turfM2, lang)}
        </span>
      </button>
    </li>
  );
}

/** How many features the map shows, and how many of them as dots at the current zoom. */
function ShownOnMap({ imp, lang }: { imp: ImportState; lang: Lang }) {
  const view = imp.mapView.value;
  if (!view) return null;
  const count = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  // Counts written in the language's style; a grouped count ("1,234") reads as no number, so the plural is "other".
  const vars = { n: count.format(view.total), dots: count.format(view.dots) };
  const text = view.dots > 0 ? tImport(lang, 'shownDots', vars) : tImport(lang, 'shownAll', vars);
  return <p class="imp-hint" data-testid="import-shown" data-total={view.total} data-dots={view.dots}>{text}</p>;
}

/** The features section of the panel. */
export function ImportFeatures({ state, imp, actions }: { state: AppState; imp: ImportState; actions: ImportActions }) {
  const lang = state.lang.value;
  const features = imp.features.value;
  const selected = imp.selected.value;
  const [shown, setShown] = useState(PAGE);
  const [exportError, setExportError] = useState<string | null>(null);
  useEffect(() => setShown(PAGE), [features]);
  if (!features.length) return imp.offers.value.length ? null : <p class="imp-empty">{tImport(lang, 'noFeatures')}</p>;
  const choose = (id: string) => {
    selectImported(imp, id);
    actions.fit(id);
  };
  const exportGeojson = async () => {
    try {
      const { toGeoJsonText } = await import('../../domain/export/geojson.ts');
      // The file's own id (if any) and properties go back out; the app's `import-<n>` keys and labels do not.
      const out = features.map((f) => ({ type: 'Feature' as const, id: f.sourceId, properties: f.properties, geometry: f.geometry }));
      downloadFile(toGeoJsonText(out), `${baseName(imp.file.value?.name)}-checked.geojson`, 'application/geo+json');
      setExportError(null);
    } catch (err) {
      setExportError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="imp-section" aria-labelledby="imp-features-title" data-testid="import-features">
      <div class="imp-section-head">
        <h3 id="imp-features-title">{tImport(lang, 'featuresTitle')} <span class="imp-count">{features.length}</span></h3>
        <button type="button" class="imp-btn" data-testid="import-export" title={tImport(lang, 'exportHint')} onClick={() => void exportGeojson()}>
          {tImport(lang, 'exportGeojson')}
        </button>
      </div>
      <ShownOnMap imp={imp} lang={lang} />
      {exportError && <p class="imp-invalid" role="alert">{tImport(lang, 'dlFailed', { reason: exportError })}</p>}
      {selected && (
        <ImportFeatureDetail
          key={selected.id}
          state={state}
          feature={selected}
          onUnselect={() => selectImported(imp, null)}
          onZoom={() => actions.fit(selected.id)}
          onEdit={() => actions.edit(selected)}
        />
      )}
      <ul class="imp-list" data-testid="import-feature-list">
        {features.slice(0, shown).map((f) => (
          <FeatureRow key={f.id} f={f} lang={lang} selected={f.id === selected?.id} onChoose={() => choose(f.id)} />
        ))}
      </ul>
      {shown < features.length && (
        <button type="button" class="imp-btn imp-more" onClick={() => setShown(shown + PAGE)}>
          {tImport(lang, 'showMore', { n: Math.min(PAGE, features.length - shown), rest: features.length - shown })}
        </button>
      )}
      <p class="imp-why">{tImport(lang, 'areaWhy')}</p>
    </section>
  );
}
