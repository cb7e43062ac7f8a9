/**
 * Exports of the board's polygon: the VN-2000 coordinate table (CSV with BOM, or printed on A4) and DXF for CAD,
 * both with the central meridian chosen for tables, and GeoJSON / KML in WGS84. The writers load on click.
 */
import { useState } from 'preact/hooks';
import { areaVn2000SquareMetres } from '../../domain/area.ts';
import type { Lang } from '../../domain/zone.ts';
import type { DrawState } from '../../state/draw_state.ts';
import { downloadFile } from '../app/download.ts';
import { tTable } from './strings_table.ts';
import { inTableOrder } from './table_order.ts';

/** A file name from a feature name: letters, digits and dashes only. */
const slug = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'ranh-gioi';

export function Exports({ state, lang }: { state: DrawState; lang: Lang }) {
  const shape = state.shape.value;
  const origin = state.origin.value;
  const [name, setName] = useState(origin?.name ?? tTable(lang, 'exportDefaultName'));
  const [error, setError] = useState<string | null>(null);
  if (!shape || shape.kind !== 'polygon') return null;
  const geometry = shape.geometry;
  const cm = state.tableCm.value;
  // Tables go out in the order the document gave (GeoJSON and KML keep RFC 7946's counter-clockwise ring).
  const table = inTableOrder(geometry, state.fromTable.value);
  const run = async (kind: 'csv' | 'dxf' | 'geojson' | 'kml' | 'print') => {
    try {
      setError(null);
      if (kind === 'csv' || kind === 'dxf') {
        const { vn2000TableRows, coordTableCsv } = await import('../../domain/export/coord_table.ts');
        const rings = vn2000TableRows(table.geometry, cm, table.names);
        if (kind === 'csv') downloadFile(coordTableCsv(rings, { name, centralMeridianDeg: cm }), `${slug(name)}-vn2000.csv`, 'text/csv;charset=utf-8');
        else {
          const { coordTableDxf } = await import('../../domain/export/dxf.ts');
          downloadFile(coordTableDxf(rings, { name, centralMeridianDeg: cm }), `${slug(name)}-vn2000.dxf`, 'application/dxf');
        }
      } else if (kind === 'geojson') {
        const { toGeoJsonText } = await import('../../domain/export/geojson.ts');
        const areaHa = Math.round(areaVn2000SquareMetres(geometry) / 100) / 100;
        downloadFile(toGeoJsonText([{ type: 'Feature', properties: { name, area_vn2000_ha: areaHa }, geometry }]), `${slug(name)}.geojson`, 'application/geo+json');
      } else if (kind === 'kml') {
        const { kmlDocument, kmlPlacemark } = await import('../../domain/export/kml.ts');
        const areaHa = Math.round(areaVn2000SquareMetres(geometry) / 100) / 100;
        downloadFile(kmlDocument(name, [kmlPlacemark(name, '', [['area_vn2000_ha', areaHa]], geometry)]), `${slug(name)}.kml`, 'application/vnd.google-earth.kml+xml');
      } else {
        const { printCoordTable } = await import('./TableSheet.tsx');
        await printCoordTable({ name, geometry: table.geometry, centralMeridianDeg: cm, names: table.names, lang });
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <section class="draw-exports" aria-labelledby="draw-exports-title">
      <h3 id="draw-exports-title">{tTable(lang, 'exportTitle')}</h3>
      <label class="draw-field"><span>{tTable(lang, 'exportName')}</span>
        <input type="text" value={name} data-testid="draw-export-name" onInput={(e) => setName(e.currentTarget.value)} /></label>
      <div class="imp-dl-row">
        <button type="button" class="imp-btn" data-testid="draw-export-csv" onClick={() => void run('csv')}>{tTable(lang, 'exportCsv')}</button>
        <button type="button" class="imp-btn" data-testid="draw-export-dxf" onClick={() => void run('dxf')}>{tTable(lang, 'exportDxf')}</button>
        <button type="button" class="imp-btn" data-testid="draw-export-geojson" onClick={() => void run('geojson')}>{tTable(lang, 'exportGeojson')}</button>
        <button type="button" class="imp-btn" data-testid="draw-export-kml" onClick={() => void run('kml')}>{tTable(lang, 'exportKml')}</button>
        <button type="button" class="imp-btn" data-testid="draw-export-print" onClick={() => void run('print')}>{tTable(lang, 'exportPrint')}</button>
      </div>
      <p class="imp-hint">{tTable(lang, 'exportHint')}</p>
      {error && <p class="imp-invalid" role="alert">{tTable(lang, 'exportFailed', { reason: error })}</p>}
    </section>
  );
}
