import { useEffect, useRef, useState } from 'preact/hooks';
import { focusOpenedView } from '../app/focus.ts';
import { formatDiffHa, formatHa, formatSignedPct } from '../../domain/format.ts';
import { KINDS, STAGES, type Kind, type Stage, type ZoneFeature } from '../../domain/zone.ts';
import { areaUse } from '../../domain/area_use.ts';
import { setView, type AppState, type FeatureAreas } from '../../state/app_state.ts';
import { tZones, KIND_SHORT, QUALITY_LABEL, STAGE_LABEL } from './strings.ts';
import { tZonesDetail } from './strings_detail.ts';
import { StageBadge } from './StageSwatch.tsx';
import { tx } from '../app/text.ts';
import { downloadFile } from '../app/download.ts';

type SortKey = 'name' | 'kind' | 'stage' | 'official' | 'vn2000' | 'ellipsoidal' | 'turf' | 'diffHa' | 'diffPct' | 'quality';

interface Row {
  zone: ZoneFeature;
  areas: FeatureAreas | null;
}

const HA = (m2: number | undefined): number | null => (m2 === undefined ? null : m2 / 10_000);

function sortValue(r: Row, key: SortKey, lang: 'vi' | 'en'): string | number | null {
  const p = r.zone.properties;
  switch (key) {
    case 'name': return tx(p.name, lang);
    case 'kind': return KINDS.indexOf(p.kind);
    case 'stage': return STAGES.indexOf(p.stage);
    case 'official': return p.official_area_ha;
    case 'vn2000': return HA(r.areas?.vn2000M2);
    case 'ellipsoidal': return HA(r.areas?.ellipsoidalM2);
    case 'turf': return HA(r.areas?.turfM2);
    case 'diffHa': return r.areas?.vsOfficial?.diffHa ?? null;
    case 'diffPct': return r.areas?.vsOfficial?.diffPct ?? null;
    case 'quality': return p.geometry_quality;
  }
}

/** Compares two rows; empty values always sort last. */
function compareRows(a: Row, b: Row, key: SortKey, dir: 1 | -1, lang: 'vi' | 'en'): number {
  const va = sortValue(a, key, lang);
  const vb = sortValue(b, key, lang);
  if (va === null && vb === null) return 0;
  if (va === null) return 1;
  if (vb === null) return -1;
  const c = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, lang) : Number(va) - Number(vb);
  return c * dir;
}

interface Totals {
  count: number;
  official: number;
  vn2000: number;
  ellipsoidal: number;
  turf: number;
}

function totalsOf(rows: Row[]): Totals {
  const t0: Totals = { count: 0, official: 0, vn2000: 0, ellipsoidal: 0, turf: 0 };
  for (const r of rows) {
    t0.count += 1;
    t0.official += r.zone.properties.official_area_ha ?? 0;
    t0.vn2000 += HA(r.areas?.vn2000M2) ?? 0;
    t0.ellipsoidal += HA(r.areas?.ellipsoidalM2) ?? 0;
    t0.turf += HA(r.areas?.turfM2) ?? 0;
  }
  return t0;
}

/** Downloads the shown rows as CSV (UTF-8 with BOM, for Excel); the CSV code loads on first use. */
async function downloadCsv(zones: readonly ZoneFeature[], lang: 'vi' | 'en'): Promise<void> {
  const { zoneCsvRows, zonesToCsv } = await import('../../domain/export/csv.ts');
  downloadFile(zonesToCsv(zoneCsvRows(zones, lang)), `soc-trang-dien-tich-${lang}.csv`, 'text/csv;charset=utf-8');
}

/**
 * Every visible feature with official, VN-2000, ellipsoidal and Turf hectares, the difference and
 * the geometry quality; sortable; totals per stage and kind; CSV export.
 */
export function AreaTable({ state, onShowOnMap }: { state: AppState; onShowOnMap: (id: string) => void }) {
  const lang = state.lang.value;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'kind', dir: 1 });
  // Focus moves into the table when it opens (Escape or "back to the map" closes it; the app returns focus).
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusOpenedView(title.current), []);
  const areas = state.areas.value;
  const rows: Row[] = state.visibleZones.value.map((zone) => ({ zone, areas: areas?.get(zone.properties.id) ?? null }));
  rows.sort((a, b) => compareRows(a, b, sort.key, sort.dir, lang) || compareRows(a, b, 'name', 1, lang));
  const ha = (v: number | null, digits = 2) => (v === null ? '—' : formatHa(v, lang, digits));
  const head = (key: SortKey, label: string, numeric = false) => (
    <th scope="col" class={numeric ? 'num' : ''} aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
      <button type="button" data-sort={key} onClick={() => setSort({ key, dir: sort.key === key ? (sort.dir === 1 ? -1 : 1) : 1 })}>
        {label}
        <span aria-hidden="true" class="sort-mark">{sort.key === key ? (sort.dir === 1 ? '▲' : '▼') : ''}</span>
      </button>
    </th>
  );
  const totalRow = (label: string, tot: Totals, key: string) => (
    <tr key={key}>
      <th scope="row" colSpan={3}>{label} <span class="muted">({tot.count})</span></th>
      <td class="num">{ha(tot.official)}</td>
      <td class="num">{areas ? ha(tot.vn2000) : '…'}</td>
      <td class="num">{areas ? ha(tot.ellipsoidal) : '…'}</td>
      <td class="num">{areas ? ha(tot.turf) : '…'}</td>
      <td colSpan={3} />
    </tr>
  );
  const locationOnly = rows.filter((r) => areaUse(r.zone.properties) === 'none').length;
  /** The difference cells: a figure only where it means something, else why not. */
  const diffCell = (r: Row, value: (v: NonNullable<FeatureAreas['vsOfficial']>) => string) => {
    if (r.areas?.vsOfficial) return value(r.areas.vsOfficial);
    const use = areaUse(r.zone.properties);
    if (use === 'sized') return <span class="muted cell-note" data-sized>{tZonesDetail(lang, 'tableSized')}</span>;
    return '—';
  };
  const computedCell = (r: Row, m2: number | undefined) => {
    if (areaUse(r.zone.properties) === 'none') return <span class="muted cell-note">{tZonesDetail(lang, 'tableNoFootprint')}</span>;
    return areas ? ha(HA(m2)) : '…';
  };
  const byStage = STAGES.map((s: Stage) => ({ s, rows: rows.filter((r) => r.zone.properties.stage === s && r.zone.properties.kind !== 'economic-zone') }));
  const byKind = KINDS.map((k: Kind) => ({ k, rows: rows.filter((r) => r.zone.properties.kind === k) }));
  return (
    <section
      class="area-table"
      id="area-table"
      data-testid="area-table"
      aria-labelledby="area-table-title"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        setView(state, 'map');
      }}
    >
      <header class="area-table-head">
        <div>
          <h2 id="area-table-title" tabIndex={-1} ref={title}>{tZonesDetail(lang, 'tableTitle')}</h2>
          <p class="muted">{tZonesDetail(lang, 'tableIntro')}</p>
        </div>
        <div class="area-table-actions">
          <button type="button" class="btn" onClick={() => void downloadCsv(rows.map((r) => r.zone), lang)}>
            {tZonesDetail(lang, 'tableCsv')}
          </button>
          <button type="button" class="btn btn-primary" onClick={() => setView(state, 'map')}>
            {tZones(lang, 'tableBack')}
          </button>
        </div>
      </header>
      <div class="area-table-scroll">
        <table>
          <thead>
            <tr>
              {head('name', tZonesDetail(lang, 'tableName'))}
              {head('kind', tZonesDetail(lang, 'panelKind'))}
              {head('stage', tZonesDetail(lang, 'panelStage'))}
              {head('official', tZonesDetail(lang, 'tableOfficial'), true)}
              {head('vn2000', tZonesDetail(lang, 'tableVn2000'), true)}
              {head('ellipsoidal', tZonesDetail(lang, 'tableEllipsoidal'), true)}
              {head('turf', tZonesDetail(lang, 'tableTurf'), true)}
              {head('diffHa', tZonesDetail(lang, 'tableDiffHa'), true)}
              {head('diffPct', tZonesDetail(lang, 'tableDiffPct'), true)}
              {head('quality', tZonesDetail(lang, 'panelGeometry'))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const p = r.zone.properties;
              return (
                <tr key={p.id} data-zone-id={p.id}>
                  <th scope="row">
                    <button type="button" class="link-btn" onClick={() => onShowOnMap(p.id)} title={tZonesDetail(lang, 'tableShowOnMap')}>
                      {tx(p.name, lang)}
                    </button>
                  </th>
                  <td>{KIND_SHORT[lang][p.kind]}</td>
                  <td><StageBadge stage={p.stage} label={STAGE_LABEL[lang][p.stage]} /></td>
                  <td class="num">{ha(p.official_area_ha)}</td>
                  <td class="num" data-col="vn2000">{computedCell(r, r.areas?.vn2000M2)}</td>
                  <td class="num">{computedCell(r, r.areas?.ellipsoidalM2)}</td>
                  <td class="num">{computedCell(r, r.areas?.turfM2)}</td>
                  <td class="num" data-col="diff-ha">{diffCell(r, (v) => formatDiffHa(v.diffHa, lang))}</td>
                  <td class="num">{diffCell(r, (v) => formatSignedPct(v.diffPct, lang))}</td>
                  <td>{QUALITY_LABEL[lang][p.geometry_quality]}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr class="tfoot-title"><th scope="rowgroup" colSpan={10}>{tZonesDetail(lang, 'tableTotalsStage')}</th></tr>
            {byStage.filter((g) => g.rows.length).map((g) => totalRow(STAGE_LABEL[lang][g.s], totalsOf(g.rows), `s-${g.s}`))}
            <tr class="tfoot-title"><th scope="rowgroup" colSpan={10}>{tZonesDetail(lang, 'tableTotalsKind')}</th></tr>
            {byKind.filter((g) => g.rows.length).map((g) => totalRow(KIND_SHORT[lang][g.k], totalsOf(g.rows), `k-${g.k}`))}
          </tfoot>
        </table>
      </div>
      {locationOnly > 0 && <p class="area-why" data-testid="table-location-only">{tZonesDetail(lang, 'tableLocationOnlyLeftOut', { n: locationOnly })}</p>}
      <p class="area-why">{tZonesDetail(lang, 'panelAreaWhy')} {tZonesDetail(lang, 'tableNoteOfficial')}</p>
    </section>
  );
}
