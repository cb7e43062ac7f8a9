import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Lang, SourceRef, ZoneFeature } from '../domain/zone.ts';
import { nearbyPlaces } from '../domain/nearby.ts';
import type { AppState, FeatureAreas } from '../state/app_state.ts';
import { KIND_LABEL, QUALITY_LABEL, STAGE_LABEL, t } from './i18n.ts';
import { StageBadge } from './StageSwatch.tsx';
import { formatDiffHa, formatHa, formatKm, formatM2AsHa, formatPartialDate, formatSignedPct } from '../domain/format.ts';
import { hostOf, safeHref, tx } from './text.ts';

/** A link to a source: http(s) only, new tab, no opener; anything else is shown as plain text. */
export function SourceLink({ url, children }: { url: string; children?: ComponentChildren }) {
  const href = safeHref(url);
  const label = children ?? hostOf(url);
  if (!href) return <span class="source-text">{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class="source-link">
      {label}
    </a>
  );
}

function Source({ src, lang }: { src: SourceRef; lang: Lang }) {
  return (
    <span class="source">
      {t(lang, 'panelSource')}: <SourceLink url={src.url}>{src.title}</SourceLink>, {formatPartialDate(src.date, lang)}
    </span>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AreaBlock({ zone, areas, lang }: { zone: ZoneFeature; areas: FeatureAreas | null; lang: Lang }) {
  const p = zone.properties;
  const official = p.official_area_ha;
  const computing = <span class="muted">{t(lang, 'panelComputing')}</span>;
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
        <Row label={t(lang, 'panelComputedArea')}>
          {areas ? <strong data-testid="computed-area">{formatM2AsHa(areas.vn2000M2, lang)}</strong> : computing}
          <span class="muted">{t(lang, 'panelComputedMethod')}</span>
          {official === null && <span class="placeholder-note">{t(lang, 'panelPlaceholderArea')}</span>}
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
      </dl>
      <p class="area-why">{t(lang, 'panelAreaWhy')}</p>
      {p.area_variants.length > 1 && (
        <details class="variants">
          <summary>{t(lang, 'panelAreaVariants')} ({p.area_variants.length})</summary>
          <ul>
            {p.area_variants.map((v, i) => (
              <li key={i}>
                <strong>{formatHa(v.value_ha, lang)}</strong>
                {v.note && <> — {tx(v.note, lang)}</>} · <SourceLink url={v.url}>{v.title}</SourceLink>, {formatPartialDate(v.date, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
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
        <div class={`quality-warning quality-${p.geometry_quality}`} role="note">
          <strong>
            {QUALITY_LABEL[lang][p.geometry_quality]}: {t(lang, p.geometry_quality === 'described' ? 'warnDescribed' : 'warnIndicative')}
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
            <Row label={t(lang, 'panelAlong')}>{p.along ? tx(p.along, lang) : unknown}</Row>
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
            <Row label={t(lang, 'panelDeveloper')}>{p.developer ? tx(p.developer, lang) : unknown}</Row>
            <Row label={t(lang, 'panelEstablished')}>{p.established_year ?? unknown}</Row>
            <Row label={t(lang, 'panelOccupancy')}>
              {p.occupancy_pct === null ? unknown : (
                <>
                  {p.occupancy_pct} %{p.occupancy_source && <> · <Source src={p.occupancy_source} lang={lang} /></>}
                </>
              )}
            </Row>
            <Row label={t(lang, 'panelSectors')}>{p.sectors ? tx(p.sectors, lang) : unknown}</Row>
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
                    (<SourceLink url={f.url} />, {formatPartialDate(f.date, lang)})
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
