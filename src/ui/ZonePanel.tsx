import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Bilingual, Lang, Sourced, ZoneFeature } from '../domain/zone.ts';
import { areaUse } from '../domain/area_use.ts';
import { nearbyPlaces } from '../domain/nearby.ts';
import type { AppState, FeatureAreas } from '../state/app_state.ts';
import { KIND_LABEL, QUALITY_LABEL, STAGE_LABEL, t, type MessageKey } from './i18n.ts';
import { StageBadge } from './StageSwatch.tsx';
import { formatDiffHa, formatHa, formatKm, formatM2AsHa, formatPartialDate, formatSignedPct } from '../domain/format.ts';
import { Source, SourceLink, sourceDate } from './Sources.tsx';
import { tx } from './text.ts';

export { SourceLink } from './Sources.tsx';

/** The warning each geometry quality carries at the top of the panel. */
export const QUALITY_WARNING: Record<ZoneFeature['properties']['geometry_quality'], MessageKey> = {
  surveyed: 'warnSurveyed',
  described: 'warnDescribed',
  indicative: 'warnIndicative',
  'location-only': 'warnLocationOnly',
};

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A value with its source on the next line, or "not published". */
function SourcedText({ value, lang, render }: { value: Sourced<Bilingual> | Sourced<number> | null; lang: Lang; render?: (v: Bilingual | number) => ComponentChildren }) {
  if (value === null) return <span class="muted">{t(lang, 'panelNotPublished')}</span>;
  const v = value.value;
  return (
    <>
      {render ? render(v) : typeof v === 'number' ? v : tx(v, lang)}
      <Source src={value.source} lang={lang} />
    </>
  );
}

/**
 * The computed area, said honestly: none for a location-only feature; for a shape drawn to its
 * official size, the figure with a note in place of any difference; a difference only for a measured
 * boundary.
 */
function ComputedAreaRows({ zone, areas, lang }: { zone: ZoneFeature; areas: FeatureAreas | null; lang: Lang }) {
  const use = areaUse(zone.properties);
  const computing = <span class="muted">{t(lang, 'panelComputing')}</span>;
  if (use === 'none') {
    return (
      <Row label={t(lang, 'panelComputedArea')}>
        <span class="muted" data-testid="computed-area-none">{t(lang, 'panelNoFootprint')}</span>
      </Row>
    );
  }
  return (
    <>
      <Row label={t(lang, 'panelComputedArea')}>
        {areas ? <strong data-testid="computed-area">{formatM2AsHa(areas.vn2000M2, lang)}</strong> : computing}
        <span class="muted">{t(lang, 'panelComputedMethod')}</span>
        {use === 'sized' && <span class="sized-note" data-testid="area-sized-note">{t(lang, 'panelSizedNote')}</span>}
        {use === 'illustrative' && <span class="sized-note">{t(lang, 'panelIllustrative')}</span>}
      </Row>
      {areas?.vsOfficial && (
        <Row label={t(lang, 'panelDifference')}>
          <span data-testid="area-diff">
            {formatDiffHa(areas.vsOfficial.diffHa, lang)} ({formatSignedPct(areas.vsOfficial.diffPct, lang)})
          </span>
        </Row>
      )}
      <Row label={t(lang, 'panelEllipsoidal')}>
        {areas ? <span data-testid="ellipsoidal-area">{formatM2AsHa(areas.ellipsoidalM2, lang)}</span> : computing}
      </Row>
      <Row label={t(lang, 'panelTurf')}>
        {areas ? <span data-testid="turf-area">{formatM2AsHa(areas.turfM2, lang)}</span> : computing}
      </Row>
    </>
  );
}

function AreaBlock({ zone, areas, lang }: { zone: ZoneFeature; areas: FeatureAreas | null; lang: Lang }) {
  const p = zone.properties;
  const official = p.official_area_ha;
  return (
    <section class="panel-section" aria-labelledby="panel-area">
      <h3 id="panel-area">{t(lang, 'panelArea')}</h3>
      <dl class="area-grid">
        <Row label={t(lang, 'panelOfficialArea')}>
          {official === null ? (
            <span class="muted" data-testid="official-area">{t(lang, 'panelNoOfficial')}</span>
          ) : (
            <>
              <strong data-testid="official-area">{formatHa(official, lang)}</strong>
              {p.area_source && <Source src={p.area_source} lang={lang} />}
            </>
          )}
        </Row>
        <ComputedAreaRows zone={zone} areas={areas} lang={lang} />
      </dl>
      {areaUse(p) !== 'none' && <p class="area-why">{t(lang, 'panelAreaWhy')}</p>}
      {p.area_variants.length > 1 && (
        <details class="variants">
          <summary>{t(lang, 'panelAreaVariants')} ({p.area_variants.length})</summary>
          <ul>
            {p.area_variants.map((v, i) => (
              <li key={i}>
                <strong>{formatHa(v.value_ha, lang)}</strong>
                {v.note && <> — {tx(v.note, lang)}</>} · <SourceLink url={v.url}>{v.title}</SourceLink>, {sourceDate(v.date, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The dated, sourced stages of the feature, oldest first. */
function History({ zone, lang }: { zone: ZoneFeature; lang: Lang }) {
  const events = zone.properties.stage_history;
  return (
    <details class="history" data-testid="stage-history">
      <summary>{t(lang, 'panelHistory')} ({events.length})</summary>
      <ol>
        {events.map((e, i) => (
          <li key={i}>
            <strong>{formatPartialDate(e.date, lang)}</strong> · {STAGE_LABEL[lang][e.stage]}: {tx(e.text, lang)}{' '}
            <span class="fact-source">(<Source src={e.source} lang={lang} label={false} />)</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

interface Props {
  state: AppState;
  onClose: () => void;
  /** Extra actions shown under the heading (the fact-sheet button). */
  actions?: ComponentChildren;
}

/** Details of the selected feature. Focus moves to its heading when it opens. */
export function ZonePanel({ state, onClose, actions }: Props) {
  const zone = state.selected.value;
  const lang = state.lang.value;
  const heading = useRef<HTMLHeadingElement>(null);
  const id = zone?.properties.id;
  useEffect(() => {
    if (id) heading.current?.focus({ preventScroll: true });
  }, [id]);
  if (!zone) return null;
  const p = zone.properties;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const areas = state.areas.value?.get(p.id) ?? null;
  const unknown = <span class="muted">{t(lang, 'panelUnknown')}</span>;
  return (
    <aside
      class="zone-panel"
      data-testid="zone-panel"
      aria-labelledby="panel-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header class="panel-head">
        <div>
          <p class="panel-kind">{KIND_LABEL[lang][p.kind]}</p>
          <h2 id="panel-title" tabIndex={-1} ref={heading}>{tx(p.name, lang)}</h2>
          <p class="panel-other-name" lang={other}>{tx(p.name, other)}</p>
        </div>
        <button type="button" class="icon-btn panel-close" aria-label={t(lang, 'panelClose')} title={t(lang, 'panelClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {actions}
      <div class="panel-body">
        <div class={`quality-warning quality-${p.geometry_quality}`} role="note" data-testid="quality-warning">
          <strong>
            {QUALITY_LABEL[lang][p.geometry_quality]}: {t(lang, QUALITY_WARNING[p.geometry_quality])}
          </strong>
          <details>
            <summary>{t(lang, 'panelHowDrawn')}</summary>
            <p>{tx(p.geometry_note, lang)}</p>
          </details>
        </div>

        <section class="panel-section" aria-labelledby="panel-stage">
          <h3 id="panel-stage">{t(lang, 'panelStage')}</h3>
          <p class="stage-line">
            <StageBadge stage={p.stage} label={STAGE_LABEL[lang][p.stage]} />
            <span class="muted">
              · {t(lang, 'panelStageAsOf')} {formatPartialDate(p.stage_date, lang)}
            </span>
          </p>
          <p>{tx(p.stage_note, lang)}</p>
          <History zone={zone} lang={lang} />
        </section>

        <AreaBlock zone={zone} areas={areas} lang={lang} />

        <section class="panel-section" aria-labelledby="panel-loc">
          <h3 id="panel-loc">{t(lang, 'panelLocation')}</h3>
          <dl>
            <Row label={t(lang, 'panelOldDistrict')}>{tx(p.old_district, lang)}</Row>
            <Row label={t(lang, 'panelOldCommunes')}>{tx(p.old_communes, lang)}</Row>
            <Row label={t(lang, 'panelNewCommunes')}>
              <strong>{tx(p.new_communes, lang)}</strong>
            </Row>
            <Row label={t(lang, 'panelAlong')}><SourcedText value={p.along} lang={lang} /></Row>
            <Row label={t(lang, 'panelUncertainty')}>
              <span data-testid="position-uncertainty">{t(lang, 'panelUncertaintyValue', { km: formatKm(p.position_uncertainty_m / 1000, lang) })}</span>
              <span class="muted">{tx(p.position_note, lang)}</span>
            </Row>
            <Row label={t(lang, 'panelDistances')}>
              <ul class="nearby" data-testid="nearby">
                {nearbyPlaces(p.anchor).map((n) => (
                  <li key={n.place.id}>
                    {tx(n.place.name, lang)}: <strong>{formatKm(n.km, lang)}</strong>
                  </li>
                ))}
              </ul>
              <span class="muted">{t(lang, 'panelDistancesNote')}</span>
            </Row>
          </dl>
        </section>

        <section class="panel-section" aria-labelledby="panel-inv">
          <h3 id="panel-inv">{t(lang, 'panelInvestor')}</h3>
          <dl>
            <Row label={t(lang, 'panelDeveloper')}><SourcedText value={p.developer} lang={lang} /></Row>
            <Row label={t(lang, 'panelEstablished')}><SourcedText value={p.established_year} lang={lang} /></Row>
            <Row label={t(lang, 'panelOccupancy')}>
              {p.occupancy_pct === null ? unknown : (
                <>
                  {p.occupancy_pct} %{p.occupancy_source && <> · <Source src={p.occupancy_source} lang={lang} /></>}
                </>
              )}
            </Row>
            <Row label={t(lang, 'panelSectors')}><SourcedText value={p.sectors} lang={lang} /></Row>
          </dl>
        </section>

        {p.facts.length > 0 && (
          <section class="panel-section" aria-labelledby="panel-facts">
            <h3 id="panel-facts">{t(lang, 'panelFacts')}</h3>
            <ul class="facts">
              {p.facts.map((f, i) => (
                <li key={i}>
                  <span>{tx(f.text, lang)}</span>{' '}
                  <span class="fact-source">
                    (<SourceLink url={f.url} />, {sourceDate(f.date, lang)})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <p class="muted panel-updated">
          {t(lang, 'panelUpdated')}: {formatPartialDate(p.updated, lang)}
        </p>
      </div>
    </aside>
  );
}
