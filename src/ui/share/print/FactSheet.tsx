/**
 * The zone fact sheet: one A4 portrait page for one feature — the feature on its map, names in both
 * languages, stage, official and computed hectares with their methods, location, investor facts, sources
 * with dates, the geometry-quality note, and the link with its QR code. Loaded only when asked for.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Bilingual, Lang, SourceRef, Sourced, ZoneFeature } from '../../../domain/zone.ts';
import { areaUse } from '../../../domain/area_use.ts';
import { formatDiffHa, formatHa, formatPublishedHa, formatKm, formatM2AsHa, formatPartialDate, formatSignedPct, titleWithoutOwnDate } from '../../../domain/format.ts';
import { cornerPair, geometryBbox } from '../../../domain/geometry.ts';
import { stageAsOf } from '../../../domain/timeline.ts';
import type { AppState } from '../../../state/app_state.ts';
import { t } from '../../app/i18n.ts';
import { KIND_LABEL, QUALITY_LABEL, STAGE_LABEL } from '../../zones/strings.ts';
import { tZonesDetail } from '../../zones/strings_detail.ts';
import { tShare } from '../strings.ts';
import { tShareEntry } from '../strings_entry.ts';
import { sheetPicture, type PrintContext } from './MapSheet.tsx';
import { dataDate, LinkBlock, NorthArrow, PrintStage, printSheet, ScaleBar, today } from './sheet.tsx';
import { hostOf, tx } from '../../app/text.ts';
import { sourceDate } from '../../zones/Sources.tsx';
import { QUALITY_WARNING } from '../../zones/ZonePanel.tsx';

/** Size of the map box on the portrait sheet in CSS pixels (190 × 74 mm at 96 px per inch). */
const MAP_W = 718;
const MAP_H = 280;

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function SourceLine({ src, lang }: { src: SourceRef; lang: Lang }) {
  return (
    <span class="print-src">
      {titleWithoutOwnDate(src.title, src.date)} ({src.url === null ? '' : `${hostOf(src.url)}, `}{sourceDate(src.date, lang)})
    </span>
  );
}

/** A sourced value with its source's host and date in brackets, or "not published". */
function SourcedValue({ value, lang }: { value: Sourced<Bilingual> | Sourced<number> | null; lang: Lang }) {
  if (value === null) return <>{tZonesDetail(lang, 'panelNotPublished')}</>;
  const src = value.source;
  return (
    <>
      {typeof value.value === 'number' ? value.value : tx(value.value, lang)}{' '}
      <span class="print-src">({src.url === null ? src.title : hostOf(src.url)}, {sourceDate(src.date, lang)})</span>
    </>
  );
}

function Areas({ state, zone, lang }: { state: AppState; zone: ZoneFeature; lang: Lang }) {
  const p = zone.properties;
  const a = state.areas.value?.get(p.id) ?? null;
  const use = areaUse(p);
  return (
    <section class="print-block">
      <h2>{tShare(lang, 'factAreas')}</h2>
      <dl class="print-dl">
        <Row label={tZonesDetail(lang, 'panelOfficialArea')}>
          {p.official_area_ha === null ? tZonesDetail(lang, 'panelNoOfficial') : <strong>{formatPublishedHa(p.official_area_ha, lang)}</strong>}
          {p.area_source && <> — <SourceLine src={p.area_source} lang={lang} /></>}
        </Row>
        <Row label={tZonesDetail(lang, 'panelComputedArea')}>
          {use === 'none' ? <span class="print-warn">{tZonesDetail(lang, 'panelNoFootprint')}</span> : (
            <>
              <strong>{a ? formatM2AsHa(a.vn2000M2, lang) : '—'}</strong>
              <span class="print-muted"> — {tShare(lang, 'factMethod')}: {tZonesDetail(lang, 'panelComputedMethod')}</span>
              {use === 'sized' && <span class="print-warn" data-testid="fact-sized-note"> {tZonesDetail(lang, 'panelSizedNote')}</span>}
              {use === 'illustrative' && <span class="print-warn"> {tZonesDetail(lang, 'panelIllustrative')}</span>}
            </>
          )}
        </Row>
        {a?.vsOfficial && (
          <Row label={tZonesDetail(lang, 'panelDifference')}>
            {formatDiffHa(a.vsOfficial.diffHa, lang)} ({formatSignedPct(a.vsOfficial.diffPct, lang)})
          </Row>
        )}
        {a && (
          <Row label={`${tZonesDetail(lang, 'panelEllipsoidal')} · ${tZonesDetail(lang, 'panelTurf')}`}>
            {formatM2AsHa(a.ellipsoidalM2, lang)} · {formatM2AsHa(a.turfM2, lang)}
          </Row>
        )}
      </dl>
    </section>
  );
}

function Sources({ zone, lang }: { zone: ZoneFeature; lang: Lang }) {
  const p = zone.properties;
  const others = p.area_variants.filter((v) => v.url !== p.area_source?.url || v.value_ha !== p.official_area_ha);
  const items = [
    ...others.map((v) => <>{formatHa(v.value_ha, lang)}{v.note && <> ({tx(v.note, lang)})</>} — <SourceLine src={v} lang={lang} /></>),
    ...(p.occupancy_pct !== null && p.occupancy_source
      ? [<>{tZonesDetail(lang, 'panelOccupancy')} {p.occupancy_pct} % — <SourceLine src={p.occupancy_source} lang={lang} /></>]
      : []),
    ...p.facts.map((f) => <>{tx(f.text, lang)} <span class="print-src">({hostOf(f.url)}, {sourceDate(f.date, lang)})</span></>),
  ];
  // Whole entries only: those that would run past the page are left out and counted.
  const [shown, setShown] = useState(items.length);
  const box = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const section = box.current;
    if (!section) return;
    const limit = section.getBoundingClientRect().bottom - 14;
    const over = [...section.querySelectorAll('li')].findIndex((li) => li.getBoundingClientRect().bottom > limit);
    if (over >= 0 && over < shown) setShown(over);
  }, [shown]);
  return (
    <section class="print-block print-sources" ref={box}>
      <h2>{tShare(lang, 'factSources')}</h2>
      <ul>
        {items.slice(0, shown).map((item, i) => <li key={i}>{item}</li>)}
      </ul>
      {shown < items.length && <p class="print-muted">{tShare(lang, 'factMore', { n: items.length - shown })}</p>}
    </section>
  );
}

interface SheetProps {
  state: AppState;
  zone: ZoneFeature;
  picture: ReturnType<typeof sheetPicture>;
  link: string;
}

/** The portrait fact sheet of one feature. */
export function FactSheet({ state, zone, picture, link }: SheetProps) {
  const lang = state.lang.value;
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const p = zone.properties;
  const unknown = tZonesDetail(lang, 'panelUnknown');
  return (
    <article class="print-sheet fact-sheet" data-testid="fact-sheet" lang={lang}>
      <header class="print-head">
        <div>
          <p class="print-kicker">{t(lang, 'appTitle')} · {tShareEntry(lang, 'factSheet')}</p>
          <p class="print-kind">{KIND_LABEL[lang][p.kind]}</p>
          <h1>{tx(p.name, lang)}</h1>
          <p class="print-muted" lang={other}>{tx(p.name, other)}</p>
        </div>
        <div class="fact-head-side">
          <p class="print-dates">
            {state.year.value !== null && <><strong data-testid="fact-head-as-of">{tShare(lang, 'factHeadAsOf', { year: state.year.value })}</strong><br /></>}
            {tShare(lang, 'printDataDate', { date: formatPartialDate(p.updated, lang) })}
            <br />
            {tShare(lang, 'printPrinted', { date: today(lang) })}
          </p>
          <LinkBlock link={link} lang={lang} />
        </div>
      </header>
      <figure class="print-map fact-map">
        <img src={picture.url} alt={tShare(lang, 'factMapCaption')} width={MAP_W} height={MAP_H} />
        <NorthArrow bearing={picture.bearing} lang={lang} />
        <ScaleBar metresPerPixel={picture.metresPerPixel} lang={lang} />
        <figcaption>{tShare(lang, 'factMapCaption')}</figcaption>
      </figure>
      <div class="fact-cols">
        <div>
          <section class="print-block">
            <h2>{tZonesDetail(lang, 'panelStage')}</h2>
            <p>
              <PrintStage stage={p.stage} lang={lang} />{' '}
              <span class="print-muted">{tZonesDetail(lang, 'panelStageAsOf')} {formatPartialDate(p.stage_date, lang)}</span>
            </p>
            <p class="print-small">{tx(p.stage_note, lang)}</p>
            {state.year.value !== null && <AsOfYear year={state.year.value} zone={zone} lang={lang} />}
          </section>
          <Areas state={state} zone={zone} lang={lang} />
          <section class="print-block">
            <h2>{tZonesDetail(lang, 'panelLocation')}</h2>
            <dl class="print-dl">
              <Row label={tZonesDetail(lang, 'panelOldDistrict')}>{tx(p.old_district, lang)}</Row>
              <Row label={tZonesDetail(lang, 'panelOldCommunes')}>{tx(p.old_communes, lang)}</Row>
              <Row label={tZonesDetail(lang, 'panelNewCommunes')}><strong>{tx(p.new_communes, lang)}</strong></Row>
              <Row label={tZonesDetail(lang, 'panelAlong')}><SourcedValue value={p.along} lang={lang} /></Row>
              <Row label={tZonesDetail(lang, 'panelUncertainty')}>{tZonesDetail(lang, 'panelUncertaintyValue', { km: formatKm(p.position_uncertainty_m / 1000, lang) })}</Row>
            </dl>
          </section>
        </div>
        <div>
          <section class="print-block">
            <h2>{tZonesDetail(lang, 'panelInvestor')}</h2>
            <dl class="print-dl">
              <Row label={tZonesDetail(lang, 'panelDeveloper')}><SourcedValue value={p.developer} lang={lang} /></Row>
              <Row label={tZonesDetail(lang, 'panelEstablished')}><SourcedValue value={p.established_year} lang={lang} /></Row>
              <Row label={tZonesDetail(lang, 'panelOccupancy')}>{p.occupancy_pct === null ? unknown : `${p.occupancy_pct} %`}</Row>
              <Row label={tZonesDetail(lang, 'panelSectors')}><SourcedValue value={p.sectors} lang={lang} /></Row>
            </dl>
          </section>
          <section class="print-block print-quality">
            <h2>{tShare(lang, 'factGeometry')}</h2>
            <p><strong>{QUALITY_LABEL[lang][p.geometry_quality]}</strong>: {tZonesDetail(lang, QUALITY_WARNING[p.geometry_quality])}</p>
            <p class="print-small">{tx(p.geometry_note, lang)} {tx(p.position_note, lang)}</p>
          </section>
          <Sources zone={zone} lang={lang} />
        </div>
      </div>
      <footer class="print-foot print-small">
        {tShare(lang, 'printCredits')} {tShare(lang, 'printDataDate', { date: dataDate(state.zones.value, lang) })}.
      </footer>
    </article>
  );
}

/** Draws the feature on its own map, mounts the portrait sheet and opens the browser's print. */
export async function printFactSheet(ctx: PrintContext, zone: ZoneFeature): Promise<void> {
  const pic = await ctx.controller.renderPicture({
    width: MAP_W, height: MAP_H, pixelRatio: 2, padding: 56, maxZoom: 14,
    bounds: cornerPair(geometryBbox(zone.geometry)), selectedId: zone.properties.id,
  });
  const link = ctx.linkFor(pic.camera, zone.properties.id);
  await printSheet(<FactSheet state={ctx.state} zone={zone} picture={sheetPicture(pic)} link={link} />);
}

/** "As of <year>: <stage then>" when the timeline has a year set. */
function AsOfYear({ year, zone, lang }: { year: number; zone: ZoneFeature; lang: Lang }) {
  const stage = stageAsOf(zone.properties.stage_history, year);
  return (
    <p data-testid="fact-as-of">
      <strong>{stage === null ? tShare(lang, 'factAsOfYearAbsent', { year }) : tShare(lang, 'factAsOfYear', { year, stage: STAGE_LABEL[lang][stage] })}</strong>
    </p>
  );
}
