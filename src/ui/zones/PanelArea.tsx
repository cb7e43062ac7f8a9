/**
 * The details panel's pieces about figures: the area block (official, computed — said honestly: none
 * for a location-only feature, a note instead of a difference for a shape drawn to size — ellipsoidal and
 * Turf, the other published figures) and a sourced value with its source.
 */
import type { ComponentChildren } from 'preact';
import type { Bilingual, Lang, Sourced, ZoneFeature } from '../../domain/zone.ts';
import { areaUse } from '../../domain/area_use.ts';
import { formatDiffHa, formatHa, formatPublishedHa, formatM2AsHa, formatSignedPct, titleWithoutOwnDate } from '../../domain/format.ts';
import type { FeatureAreas } from '../../state/app_state.ts';
import { tx } from '../app/text.ts';
import { Source, SourceLink, sourceDate } from './Sources.tsx';
import { tZonesDetail } from './strings_detail.ts';

/** A label and its value in the panel's definition lists. */
export function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A value with its source on the next line, or "not published". */
export function SourcedText({ value, lang, render }: { value: Sourced<Bilingual> | Sourced<number> | null; lang: Lang; render?: (v: Bilingual | number) => ComponentChildren }) {
  if (value === null) return <span class="muted">{tZonesDetail(lang, 'panelNotPublished')}</span>;
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
  const computing = <span class="muted">{tZonesDetail(lang, 'panelComputing')}</span>;
  if (use === 'none') {
    return (
      <Row label={tZonesDetail(lang, 'panelComputedArea')}>
        <span class="muted" data-testid="computed-area-none">{tZonesDetail(lang, 'panelNoFootprint')}</span>
      </Row>
    );
  }
  return (
    <>
      <Row label={tZonesDetail(lang, 'panelComputedArea')}>
        {areas ? <strong data-testid="computed-area">{formatM2AsHa(areas.vn2000M2, lang)}</strong> : computing}
        <span class="muted">{tZonesDetail(lang, 'panelComputedMethod')}</span>
        {use === 'sized' && <span class="sized-note" data-testid="area-sized-note">{tZonesDetail(lang, 'panelSizedNote')}</span>}
        {use === 'illustrative' && <span class="sized-note">{tZonesDetail(lang, 'panelIllustrative')}</span>}
      </Row>
      {areas?.vsOfficial && (
        <Row label={tZonesDetail(lang, 'panelDifference')}>
          <span data-testid="area-diff">
            {formatDiffHa(areas.vsOfficial.diffHa, lang)} ({formatSignedPct(areas.vsOfficial.diffPct, lang)})
          </span>
        </Row>
      )}
      <Row label={tZonesDetail(lang, 'panelEllipsoidal')}>
        {areas ? <span data-testid="ellipsoidal-area">{formatM2AsHa(areas.ellipsoidalM2, lang)}</span> : computing}
      </Row>
      <Row label={tZonesDetail(lang, 'panelTurf')}>
        {areas ? <span data-testid="turf-area">{formatM2AsHa(areas.turfM2, lang)}</span> : computing}
      </Row>
    </>
  );
}

/** `variants`: whether the published variants may be shown (false while the zone's details are loading). */
export function AreaBlock({ zone, areas, lang, variants }: { zone: ZoneFeature; areas: FeatureAreas | null; lang: Lang; variants: boolean }) {
  const p = zone.properties;
  const official = p.official_area_ha;
  return (
    <div class="panel-section" role="group" aria-labelledby="panel-area">
      <h3 id="panel-area">{tZonesDetail(lang, 'panelArea')}</h3>
      <dl class="area-grid">
        <Row label={tZonesDetail(lang, 'panelOfficialArea')}>
          {official === null ? (
            <span class="muted" data-testid="official-area">{tZonesDetail(lang, 'panelNoOfficial')}</span>
          ) : (
            <>
              <strong data-testid="official-area">{formatPublishedHa(official, lang)}</strong>
              {p.area_source && <Source src={p.area_source} lang={lang} />}
            </>
          )}
        </Row>
        <ComputedAreaRows zone={zone} areas={areas} lang={lang} />
      </dl>
      {areaUse(p) !== 'none' && <p class="area-why">{tZonesDetail(lang, 'panelAreaWhy')}</p>}
      {variants && p.area_variants.length > 1 && (
        <details class="variants">
          <summary>{tZonesDetail(lang, 'panelAreaVariants')} ({p.area_variants.length})</summary>
          <ul>
            {p.area_variants.map((v, i) => (
              <li key={i}>
                <strong>{formatHa(v.value_ha, lang)}</strong>
                {v.note && <> — {tx(v.note, lang)}</>} · <SourceLink url={v.url}>{titleWithoutOwnDate(v.title, v.date)}</SourceLink>, {sourceDate(v.date, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

