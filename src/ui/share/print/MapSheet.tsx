/**
 * The map printout: one A4 landscape page with the title, the data's date, the map at the current view
 * (drawn off-screen at print size), legend, scale bar, north arrow, the selected feature, sources and
 * credits, and the link with its QR code. Loaded only when the user prints.
 */
import { KINDS, STAGES } from '../../../domain/zone.ts';
import { areaUse } from '../../../domain/area_use.ts';
import { formatDiffHa, formatHa, formatPublishedHa, formatSignedPct } from '../../../domain/format.ts';
import type { MapPicture } from '../../../map/map_image.ts';
import { ONLINE_LAYERS } from '../../../map/online_layers.ts';
import type { ZoneMapController } from '../../../map/zone_map.ts';
import type { AppState } from '../../../state/app_state.ts';
import type { Camera } from '../../../state/view.ts';
import { t } from '../../app/i18n.ts';
import { KIND_LABEL, KIND_SHORT, QUALITY_LEGEND, STAGE_LABEL } from '../../zones/strings.ts';
import { tZonesDetail } from '../../zones/strings_detail.ts';
import { QualitySwatch } from '../../zones/StageSwatch.tsx';
import { tShare } from '../strings.ts';
import { dataDate, LinkBlock, NorthArrow, PrintStage, printSheet, ScaleBar, today } from './sheet.tsx';
import { tx } from '../../app/text.ts';

/** What a printout needs from the app. */
export interface PrintContext {
  state: AppState;
  controller: ZoneMapController;
  /** The link to a view: the current state with this camera (and, when given, this selected feature). */
  linkFor: (camera: Camera | null, selected?: string | null) => string;
}

/** Size of the map box on the landscape sheet in CSS pixels (198 × 172 mm at 96 px per inch). */
const MAP_W = 748;
const MAP_H = 650;

interface SheetProps {
  state: AppState;
  picture: { url: string; metresPerPixel: number; bearing: number };
  link: string;
}

function LegendBlock({ state }: { state: AppState }) {
  const lang = state.lang.value;
  const totals = state.totalsByStage.value;
  const hidden = [
    ...STAGES.filter((s) => !state.visibleStages.value.has(s)).map((s) => STAGE_LABEL[lang][s]),
    ...KINDS.filter((k) => !state.visibleKinds.value.has(k)).map((k) => KIND_SHORT[lang][k]),
  ];
  return (
    <section class="print-block">
      <h2>{tShare(lang, 'printLegend')}</h2>
      <ul class="print-legend">
        {STAGES.filter((s) => state.visibleStages.value.has(s)).map((s) => (
          <li key={s}>
            <PrintStage stage={s} lang={lang} size={14} />
            <span class="print-count">{totals[s].count}</span>
          </li>
        ))}
        {state.visibleKinds.value.has('economic-zone') && (
          <li>
            <span class="kind-icon kind-icon-economic-zone" aria-hidden="true" />
            <span>{tShare(lang, 'printEz')}</span>
          </li>
        )}
      </ul>
      <ul class="print-legend print-quality" data-testid="print-quality-legend">
        {state.visibleQualities.value.map((q) => (
          <li key={q}>
            <QualitySwatch quality={q} size={12} />
            <span>{QUALITY_LEGEND[lang][q]}</span>
          </li>
        ))}
      </ul>
      {hidden.length > 0 && <p class="print-note">{tShare(lang, 'printHidden', { list: hidden.join(', ') })}</p>}
    </section>
  );
}

function SelectedBlock({ state }: { state: AppState }) {
  const lang = state.lang.value;
  const zone = state.selected.value;
  if (!zone) return null;
  const p = zone.properties;
  const computed = state.computedHa.value.get(p.id);
  const use = areaUse(p);
  const diff = state.areas.value?.get(p.id)?.vsOfficial ?? null;
  return (
    <section class="print-block print-selected" data-testid="print-selected">
      <h2>{KIND_LABEL[lang][p.kind]}</h2>
      <p class="print-selected-name">{tx(p.name, lang)}</p>
      <p class="print-muted">{tx(p.name, lang === 'vi' ? 'en' : 'vi')}</p>
      <PrintStage stage={p.stage} lang={lang} />
      <dl class="print-dl">
        <dt>{tZonesDetail(lang, 'panelOfficialArea')}</dt>
        <dd>{p.official_area_ha === null ? tZonesDetail(lang, 'panelNoOfficial') : formatPublishedHa(p.official_area_ha, lang)}</dd>
        <dt>{tZonesDetail(lang, 'panelComputedArea')}</dt>
        <dd>
          {use === 'none' ? tZonesDetail(lang, 'panelNoFootprint') : computed === undefined ? '—' : formatHa(computed, lang)}
          {use === 'sized' && <span class="print-warn" data-testid="print-sized-note"> {tZonesDetail(lang, 'panelSizedNote')}</span>}
        </dd>
        {diff && (
          <>
            <dt>{tZonesDetail(lang, 'panelDifference')}</dt>
            <dd>{formatDiffHa(diff.diffHa, lang)} ({formatSignedPct(diff.diffPct, lang)})</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** The landscape map sheet. */
export function PrintView({ state, picture, link }: SheetProps) {
  const lang = state.lang.value;
  const online = ONLINE_LAYERS.find((l) => l.id === state.baseLayer.value);
  return (
    <article class="print-sheet print-map-sheet" data-testid="print-sheet" lang={lang}>
      <header class="print-head">
        <div>
          <h1>{t(lang, 'appTitle')}</h1>
          <p class="print-muted">{t(lang, 'appSubtitle')}</p>
        </div>
        <p class="print-dates">
          {state.year.value !== null && <><strong data-testid="print-as-of">{tShare(lang, 'printAsOfYear', { year: state.year.value })}</strong><br /></>}
          {tShare(lang, 'printDataDate', { date: dataDate(state.zones.value, lang) })}
          <br />
          {tShare(lang, 'printPrinted', { date: today(lang) })}
        </p>
      </header>
      <div class="print-body">
        <figure class="print-map">
          <img src={picture.url} alt={t(lang, 'mapLabel')} width={MAP_W} height={MAP_H} />
          <NorthArrow bearing={picture.bearing} lang={lang} />
          <ScaleBar metresPerPixel={picture.metresPerPixel} lang={lang} />
        </figure>
        <div class="print-side">
          <LegendBlock state={state} />
          <SelectedBlock state={state} />
          <section class="print-block">
            <h2>{tShare(lang, 'printSources')}</h2>
            <p class="print-small">{tShare(lang, 'printCredits')}{online ? ` ${online.attribution}.` : ''}</p>
            <p class="print-small print-warn">{tShare(lang, 'printEstimate')}</p>
          </section>
          <LinkBlock link={link} lang={lang} />
        </div>
      </div>
    </article>
  );
}

/** A picture as the sheets show it: a PNG `data:` URL plus scale and bearing. */
export function sheetPicture(pic: MapPicture): SheetProps['picture'] {
  return { url: pic.canvas.toDataURL('image/png'), metresPerPixel: pic.metresPerPixel, bearing: pic.bearing };
}

/** Draws the current view at print size, mounts the landscape sheet and opens the browser's print. */
export async function printMap(ctx: PrintContext): Promise<void> {
  const pic = await ctx.controller.renderPicture({
    width: MAP_W, height: MAP_H, pixelRatio: 2, padding: 0,
    bounds: ctx.controller.visibleBounds(),
    selectedId: ctx.state.selectedId.peek(),
  });
  const link = ctx.linkFor(ctx.controller.camera());
  await printSheet(<PrintView state={ctx.state} picture={sheetPicture(pic)} link={link} />);
}
