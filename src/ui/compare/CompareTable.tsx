/**
 * The comparison as a table: one column per compared feature (its name, "show on the map" and "remove"), one row
 * per fact, row headers on the left. The best value of a row (nearest distance, most advanced stage) is bold and
 * carries a visible "★" marker and words for screen readers, never colour alone.
 */
import type { ComponentChildren } from 'preact';
import { comparisonRows, DISTANCE_DIGITS, type DistanceTarget } from '../../domain/compare.ts';
import { formatKm } from '../../domain/format.ts';
import type { Lang, ZoneFeature } from '../../domain/zone.ts';
import type { AppState } from '../../state/app_state.ts';
import { tx } from '../app/text.ts';
import { QUALITY_LABEL } from '../zones/strings.ts';
import { BestMark, ComputedCell, DetailsPending, haText, NotPublished, SourcedValue, SourceLine, StageCell } from './CompareCells.tsx';
import { tCompare } from './strings.ts';

/** What one cell shows, and whether it holds the row's best value. */
interface Cell {
  content: ComponentChildren;
  best?: boolean;
}

interface RowDef {
  key: string;
  head: ComponentChildren;
  cell: (z: ZoneFeature, i: number) => Cell;
}

interface Props {
  state: AppState;
  zones: readonly ZoneFeature[];
  onShowOnMap: (id: string) => void;
  onRemove: (id: string) => void;
}

function distanceHead(target: DistanceTarget, lang: Lang): ComponentChildren {
  const name = tx(target.name, lang);
  if (target.kind === 'schematic-road') {
    return (
      <>
        {tCompare(lang, 'rowDistanceRoad', { road: name })}
        <span class="compare-row-note">{tCompare(lang, 'schematicNote')}</span>
      </>
    );
  }
  return (
    <>
      {tCompare(lang, 'rowDistance', { place: name })}
      <SourceLine src={target.source} lang={lang} />
    </>
  );
}

export function CompareTable({ state, zones, onShowOnMap, onRemove }: Props) {
  const lang = state.lang.value;
  const year = state.year.value;
  const details = state.details.value;
  const loaded = details === 'loaded';
  const areasReady = state.areas.value !== null;
  const computedHa = state.computedHa.value;
  const rows = comparisonRows(zones, year, loaded);
  /** A cell of a detail property: "loading details…" until the whole data file is in. */
  const detail = (content: () => ComponentChildren): Cell => ({ content: loaded ? content() : <DetailsPending status={details} lang={lang} /> });

  const defs: RowDef[] = [
    {
      key: 'stage',
      head: year === null ? tCompare(lang, 'rowStage') : tCompare(lang, 'rowStageAsOf', { year }),
      cell: (z, i) => {
        const c = rows.stage[i];
        const best = c?.best ?? false;
        return { best, content: <StageCell p={z.properties} at={c?.value ?? null} best={best} year={year} details={details} lang={lang} /> };
      },
    },
    {
      key: 'official-area',
      head: tCompare(lang, 'rowOfficial'),
      cell: (z) => {
        const p = z.properties;
        if (p.official_area_ha === null) return { content: <NotPublished lang={lang} /> };
        return { content: <><span class="compare-value">{haText(p.official_area_ha, lang)}</span><SourceLine src={p.area_source} lang={lang} /></> };
      },
    },
    {
      key: 'computed-area',
      head: tCompare(lang, 'rowComputed'),
      cell: (z) => ({ content: <ComputedCell p={z.properties} ha={computedHa.get(z.properties.id)} computed={areasReady} lang={lang} /> }),
    },
    {
      key: 'geometry',
      head: tCompare(lang, 'rowGeometry'),
      cell: (z) => ({
        content: (
          <>
            <span class="compare-text">{QUALITY_LABEL[lang][z.properties.geometry_quality]}</span>
            <span class="compare-sub muted">{tCompare(lang, 'uncertainty', { km: formatKm(z.properties.position_uncertainty_m / 1000, lang) })}</span>
          </>
        ),
      }),
    },
    ...rows.distances.map((d): RowDef => ({
      key: `distance-${d.target.key}`,
      head: distanceHead(d.target, lang),
      cell: (_z, i) => {
        const c = d.cells[i];
        if (!c || c.value === null) return { content: <NotPublished lang={lang} /> };
        return { best: c.best, content: <span class="compare-value">{formatKm(c.value, lang, DISTANCE_DIGITS)}{c.best && <BestMark kind="nearest" lang={lang} />}</span> };
      },
    })),
    { key: 'developer', head: tCompare(lang, 'rowDeveloper'), cell: (z) => detail(() => <SourcedValue value={z.properties.developer} lang={lang} />) },
    { key: 'established', head: tCompare(lang, 'rowEstablished'), cell: (z) => detail(() => <SourcedValue value={z.properties.established_year} lang={lang} />) },
    {
      key: 'occupancy',
      head: tCompare(lang, 'rowOccupancy'),
      cell: (z) => {
        const p = z.properties;
        if (p.occupancy_pct === null) return { content: <NotPublished lang={lang} /> };
        return { content: <><span class="compare-text">{`${p.occupancy_pct}%`}</span><SourceLine src={p.occupancy_source} lang={lang} /></> };
      },
    },
    { key: 'sectors', head: tCompare(lang, 'rowSectors'), cell: (z) => detail(() => <SourcedValue value={z.properties.sectors} lang={lang} />) },
    {
      key: 'location',
      head: tCompare(lang, 'rowLocation'),
      cell: (z) => ({ content: <span class="compare-text">{`${tx(z.properties.old_district, lang)} → ${tx(z.properties.new_communes, lang)}`}</span> }),
    },
  ];

  const caption = year === null ? tCompare(lang, 'caption', { n: zones.length }) : tCompare(lang, 'captionAsOf', { n: zones.length, year });
  return (
    <div class="compare-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table class="compare-table" data-testid="compare-table" data-cols={zones.length}>
        <caption id="compare-caption">
          <span class="compare-caption-inner">
            <strong>{caption}</strong> <span class="muted">{tCompare(lang, 'distanceNote')}</span>
          </span>
        </caption>
        <colgroup>
          <col class="compare-col-head" />
          {zones.map((z) => <col key={z.properties.id} class="compare-col-data" />)}
        </colgroup>
        <thead>
          <tr>
            <td class="compare-corner" />
            {zones.map((z) => {
              const p = z.properties;
              const name = tx(p.name, lang);
              return (
                <th scope="col" key={p.id} data-zone-id={p.id}>
                  <span class="compare-kind">{tCompare(lang, p.kind === 'zone' ? 'kindZone' : p.kind === 'cluster' ? 'kindCluster' : 'kindEz')}</span>
                  <span class="compare-name">{name}</span>
                  <span class="compare-col-actions">
                    <button type="button" class="link-btn" onClick={() => onShowOnMap(p.id)}>
                      {tCompare(lang, 'showOnMap')}<span class="visually-hidden">: {name}</span>
                    </button>
                    <button
                      type="button"
                      class="icon-btn compare-remove"
                      data-testid={`compare-remove-${p.id}`}
                      aria-label={tCompare(lang, 'remove', { name })}
                      title={tCompare(lang, 'remove', { name })}
                      onClick={() => onRemove(p.id)}
                    >
                      ×
                    </button>
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {defs.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.head}</th>
              {zones.map((z, i) => {
                const c = row.cell(z, i);
                return (
                  <td key={z.properties.id} class={c.best ? 'best' : undefined} data-best={c.best ? 'true' : undefined}>
                    {c.content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
