/**
 * "Download data": the shipped zones as GeoJSON (the site's own data file), KML and CSV (UTF-8
 * with BOM, for Excel). KML and CSV are built on click by the lazily loaded writers in `domain/export/`.
 */
import { useState } from 'preact/hooks';
import zonesUrl from '../../../geodata/zones.geojson?url';
import type { AppState } from '../../state/app_state.ts';
import { tImport } from './strings.ts';
import { downloadFile } from '../app/download.ts';
import { whenDetails } from '../../state/load_data.ts';

/** Base name of every download of the shipped data. */
const DATA_NAME = 'kcn-ccn-soc-trang';

/** The download group at the foot of the import panel. */
export function ImportDownloads({ state }: { state: AppState }) {
  const lang = state.lang.value;
  const zones = state.zones.value;
  const [error, setError] = useState<string | null>(null);
  const make = async (kind: 'kml' | 'csv') => {
    try {
      // KML carries each shape's note: the whole data file is awaited (and the zones read after it).
      await whenDetails(state);
      const zones = state.zones.peek();
      if (kind === 'kml') {
        const { zonesToKml } = await import('../../domain/export/kml.ts');
        downloadFile(zonesToKml(zones, lang, tImport(lang, 'kmlTitle')), `${DATA_NAME}.kml`, 'application/vnd.google-earth.kml+xml');
      } else {
        const { zoneCsvRows, zonesToCsv } = await import('../../domain/export/csv.ts');
        downloadFile(zonesToCsv(zoneCsvRows(zones, lang)), `${DATA_NAME}.csv`, 'text/csv;charset=utf-8');
      }
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="imp-section imp-downloads" aria-labelledby="imp-dl-title" data-testid="import-downloads">
      <h3 id="imp-dl-title">{tImport(lang, 'downloadsTitle')}</h3>
      <p class="imp-hint">{tImport(lang, 'downloadsText', { n: zones.length })}</p>
      <div class="imp-dl-row">
        <a class="imp-btn" href={zonesUrl} download={`${DATA_NAME}.geojson`} title={tImport(lang, 'dlGeojsonHint')} data-testid="download-geojson">
          {tImport(lang, 'dlGeojson')}
        </a>
        <button type="button" class="imp-btn" title={tImport(lang, 'dlKmlHint')} disabled={!zones.length} data-testid="download-kml" onClick={() => void make('kml')}>
          {tImport(lang, 'dlKml')}
        </button>
        <button type="button" class="imp-btn" title={tImport(lang, 'dlCsvHint')} disabled={!zones.length} data-testid="download-csv" onClick={() => void make('csv')}>
          {tImport(lang, 'dlCsv')}
        </button>
      </div>
      {error && <p class="imp-invalid" role="alert">{tImport(lang, 'dlFailed', { reason: error })}</p>}
      <p class="imp-hint">{tImport(lang, 'dlLicence')}</p>
    </section>
  );
}
