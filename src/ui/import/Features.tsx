/**
 * The imported features: a paged list with the three areas of each (VN-2000 / TM-3 first), the
 * selected feature's details, and the download of the repaired features as RFC 7946 GeoJSON.
 */
import { useEffect, useState } from 'preact/hooks';
import { areasOf, type Areas } from '../../domain/area.ts';
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

const areaCache = new WeakMap<ImportedFeature, Areas>();

/** The three areas of an imported feature (m²), computed once per feature, when first shown. */
export function importedAreas(f: ImportedFeature): Areas {
  let a = areaCache.get(f);
  if (!a) {
    a = areasOf(f.geometry);
    areaCache.set(f, a);
  }
  return a;
}

const ha = (m2: number, lang: Lang): string => formatHa(m2 / 10_000, lang);

/** "Lô A.geojson" → "Lô A"; used to name the export after the file. */
function baseName(name: string | undefined): string {
  const base = [...(name ?? '').replace(/\.[^.]*$/, '')]
    .map((ch) => (ch < ' ' || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('').trim();
  return base || 'import';
}

function FeatureRow({ f, lang, selected, onChoose }: { f: ImportedFeature; lang: Lang; selected: boolean; onChoose: () => void }) {
  const a = importedAreas(f);
  return (
    <li>
      <button type="button" class={`imp-item ${selected ? 'selected' : ''}`} aria-pressed={selected} data-id={f.id} onClick={onChoose}>
        <span class="imp-item-name">{f.properties.name}</span>
        <span class="imp-item-ha">
          <strong>{ha(a.vn2000M2, lang)}</strong> <span class="muted">{tImport(lang, 'areaVn2000')}</span>
        </span>
        <span class="imp-item-alt">
          {tImport(lang, 'areaEllipsoidal')} {ha(a.ellipsoidalM2, lang)} · {tImport(lang, 'areaTurf')} {ha(a.turfM2, lang)}
        </span>
      </button>
    </li>
  );
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
      downloadFile(toGeoJsonText(features), `${baseName(imp.file.value?.name)}-checked.geojson`, 'application/geo+json');
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
      {exportError && <p class="imp-invalid" role="alert">{tImport(lang, 'dlFailed', { reason: exportError })}</p>}
      {selected && (
        <ImportFeatureDetail
          key={selected.id}
          state={state}
          feature={selected}
          areas={importedAreas(selected)}
          onUnselect={() => selectImported(imp, null)}
          onZoom={() => actions.fit(selected.id)}
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
