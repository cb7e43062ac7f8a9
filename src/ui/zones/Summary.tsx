import type { PlanFigure } from '../../domain/plan.ts';
import { formatHa } from '../../domain/format.ts';
import type { Kind, Lang } from '../../domain/zone.ts';
import type { AppState } from '../../state/app_state.ts';
import { tZones } from './strings.ts';
import { tx } from '../app/text.ts';
import { SourceLink, sourceDate } from './Sources.tsx';

interface Mapped {
  count: number;
  /** Sum of published official areas of the mapped features. */
  officialHa: number;
  withoutOfficial: number;
}

function mappedOf(state: AppState, kind: Kind): Mapped {
  const feats = state.zones.value.filter((z) => z.properties.kind === kind);
  return {
    count: feats.length,
    officialHa: feats.reduce((s, z) => s + (z.properties.official_area_ha ?? 0), 0),
    withoutOfficial: feats.filter((z) => z.properties.official_area_ha === null).length,
  };
}

function PlanCell({ fig, lang }: { fig: PlanFigure; lang: Lang }) {
  return (
    <td>
      <strong>{fig.count ?? '—'}</strong>
      {fig.area_ha !== null && <span class="sum-ha"> · {formatHa(fig.area_ha, lang, fig.area_ha % 1 ? 1 : 0)}</span>}
      <span class="sum-src">
        <SourceLink url={fig.source.url}>{sourceDate(fig.source.date, lang)}</SourceLink>
      </span>
    </td>
  );
}

function MappedCell({ m, lang }: { m: Mapped; lang: Lang }) {
  return (
    <td>
      <strong>{m.count}</strong>
      {m.count > m.withoutOfficial && <span class="sum-ha"> · {formatHa(m.officialHa, lang, m.officialHa % 1 ? 1 : 0)}</span>}
      {m.withoutOfficial > 0 && <span class="sum-note">{tZones(lang, 'summaryNoArea', { n: m.withoutOfficial })}</span>}
    </td>
  );
}

/** The plan against the map: planned counts and hectares beside what is mapped, and what is missing. */
export function Summary({ state }: { state: AppState }) {
  const lang = state.lang.value;
  const plan = state.plan.value;
  if (!plan) return null;
  const rows: Array<{ kind: Kind; label: string; fig: PlanFigure }> = [
    { kind: 'zone', label: tZones(lang, 'summaryZones'), fig: plan.zones },
    { kind: 'cluster', label: tZones(lang, 'summaryClusters'), fig: plan.clusters },
    { kind: 'economic-zone', label: tZones(lang, 'summaryEz'), fig: plan.economic_zone },
  ];
  const disc = [...new Set(plan.zone_area_discrepancy.figures.map((f) => f.area_ha))].sort((a, b) => a - b);
  const zones = mappedOf(state, 'zone');
  const clusters = mappedOf(state, 'cluster');
  return (
    <section class="summary" data-testid="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">{tZones(lang, 'summaryTitle')}</h2>
      <p class="sum-line">
        {tZones(lang, 'summaryLine', {
          new2030: plan.horizon_2030.count ?? '—',
          exp2030: plan.horizon_2030.expansions,
          zones: plan.zones.count ?? '—',
          zonesHa: formatHa(plan.zones.area_ha ?? 0, lang, 0),
          clusters: plan.clusters.count ?? '—',
          clustersHa: formatHa(plan.clusters.area_ha ?? 0, lang, 1),
          mappedZones: zones.count,
          mappedClusters: clusters.count,
        })}
      </p>
      <p class="sum-callout" data-testid="summary-unnamed">
        {tZones(lang, 'summaryUnnamed', { n: plan.unnamed_clusters.count ?? 0 })}
      </p>
      <details class="sum-details">
        <summary>{tZones(lang, 'summaryMore')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{tZones(lang, 'summaryPlanned')}</th>
              <th scope="col">{tZones(lang, 'summaryMapped')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.kind} data-kind={r.kind}>
                <th scope="row">{r.label}</th>
                <PlanCell fig={r.fig} lang={lang} />
                <MappedCell m={mappedOf(state, r.kind)} lang={lang} />
              </tr>
            ))}
          </tbody>
        </table>
        <p class="sum-foot">{tZones(lang, 'summaryExpansion')}</p>
        <p data-testid="summary-horizon">
          {tx(plan.horizon_2030.note, lang)} (<SourceLink url={plan.horizon_2030.source.url}>{plan.horizon_2030.source.title}</SourceLink>)
        </p>
        <p>{tx(plan.unnamed_clusters.note, lang)}</p>
        <h3>
          {tZones(lang, 'summaryDiscrepancy')}: {disc.map((v) => formatHa(v, lang, 0)).join(' / ')}
        </h3>
        <ul>
          {plan.zone_area_discrepancy.figures.map((f, i) => (
            <li key={i}>
              <strong>{formatHa(f.area_ha, lang, 0)}</strong> — {tx(f.label, lang)} (<SourceLink url={f.source.url}>{f.source.title}</SourceLink>)
            </li>
          ))}
        </ul>
        <p>{tx(plan.zone_area_discrepancy.note, lang)}</p>
        <h3>{tZones(lang, 'summaryReshuffle')}</h3>
        <p>
          {tx(plan.reshuffle_2018.note, lang)} (<SourceLink url={plan.reshuffle_2018.source.url}>{plan.reshuffle_2018.source.title}</SourceLink>)
        </p>
        {plan.unconfirmed_clusters.map((c, i) => (
          <p key={i}>
            <strong>{tx(c.name, lang)}</strong>: {tx(c.note, lang)} ({c.source ? <SourceLink url={c.source.url}>{c.cited_as}</SourceLink> : c.cited_as})
          </p>
        ))}
      </details>
    </section>
  );
}
