/**
 * The coordinate table as planners print it: an A4 portrait page with the boundary's name, the grid (VN-2000,
 * central meridian, 3° zone), a table of point, X, Y and side length per ring, the area, and where it was made.
 * Printed through the share printouts' `printSheet` (loaded with this module, on click only).
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { formatHa } from '../../domain/format.ts';
import { tableAreaM2, vn2000TableRows } from '../../domain/export/coord_table.ts';
import { meridianLabel } from '../../domain/vn2000_meridians.ts';
import type { Lang } from '../../domain/zone.ts';
import { printSheet, today } from '../share/print/sheet.tsx';
import '../share/print/print.css';
import { tTable } from './strings_table.ts';

interface TableSheetProps {
  name: string;
  geometry: Polygon | MultiPolygon;
  centralMeridianDeg: number;
  names?: ReadonlyArray<string | null>;
  lang: Lang;
}

function TableSheet({ name, geometry, centralMeridianDeg, names, lang }: TableSheetProps) {
  const rings = vn2000TableRows(geometry, centralMeridianDeg, names);
  const m2 = tableAreaM2(rings);
  const mm = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const side = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const m2Text = `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(m2)}\u00a0m²`;
  return (
    <article class="print-sheet coord-sheet" data-testid="coord-sheet" lang={lang}>
      <header class="print-head">
        <div>
          <p class="print-kicker">{tTable(lang, 'sheetTitle')}</p>
          <h1>{name}</h1>
          <p class="print-small">{tTable(lang, 'sheetSystem', { cm: meridianLabel(centralMeridianDeg) })}</p>
        </div>
      </header>
      {rings.map((ring) => (
        <section key={`${ring.part}-${ring.hole}`}>
          {rings.length > 1 && <h2>{ring.hole ? tTable(lang, 'sheetHole', { part: ring.part, hole: ring.hole }) : tTable(lang, 'sheetPart', { part: ring.part })}</h2>}
          <table class="coord-sheet-table">
            <thead><tr><th>{tTable(lang, 'colName')}</th><th>{tTable(lang, 'colX')}</th><th>{tTable(lang, 'colY')}</th><th>{tTable(lang, 'sheetSide')}</th></tr></thead>
            <tbody>
              {ring.rows.map((r) => (
                <tr key={r.name}><td>{r.name}</td><td>{mm.format(r.x)}</td><td>{mm.format(r.y)}</td><td>{side.format(r.sideM)}</td></tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <p><strong>{tTable(lang, 'sheetArea', { ha: formatHa(m2 / 10_000, lang, 4), m2: m2Text })}</strong></p>
      <p class="print-small print-muted">{tTable(lang, 'sheetMade', { date: today(lang) })}</p>
    </article>
  );
}

/** Mounts the table page and opens the browser's print dialog. */
export function printCoordTable(props: TableSheetProps): Promise<void> {
  return printSheet(<TableSheet {...props} />);
}
