import { useState } from 'preact/hooks';
import { GEOMETRY_QUALITIES, KINDS, STAGES } from '../../domain/zone.ts';
import { toggleKind, toggleStage, type AppState } from '../../state/app_state.ts';
import { formatHa } from '../../domain/format.ts';
import { tZones, KIND_LABEL, KIND_SHORT, QUALITY_LEGEND, STAGE_LABEL } from './strings.ts';
import { QualitySwatch, StageSwatch } from './StageSwatch.tsx';
import { isNarrow } from '../app/layout.ts';

/**
 * Stage legend with counts and hectares; each row toggles its stage on the map and in the list.
 * Kinds toggle the same way.
 */
export function Legend({ state, startOpen }: { state: AppState; /** Open or folded at first; default: open except on phones. */ startOpen?: boolean }) {
  const lang = state.lang.value;
  const totals = state.totalsByStage.value;
  const [open, setOpen] = useState(() => startOpen ?? !isNarrow());
  const counts = Object.fromEntries(KINDS.map((k) => [k, state.datedZones.value.filter((z) => z.properties.kind === k).length]));
  return (
    <section class={`legend ${open ? '' : 'legend-closed'}`} data-testid="legend" aria-labelledby="legend-title">
      <div class="legend-head">
        <h2 id="legend-title">{tZones(lang, 'legendTitle')}</h2>
        <button
          type="button"
          class="icon-btn"
          aria-expanded={open}
          aria-controls="legend-body"
          title={tZones(lang, open ? 'legendCollapse' : 'legendExpand')}
          aria-label={tZones(lang, open ? 'legendCollapse' : 'legendExpand')}
          onClick={() => setOpen(!open)}
        >
          {open ? '−' : '+'}
        </button>
      </div>
      <div id="legend-body" hidden={!open}>
        <ul class="legend-rows">
          {STAGES.map((s) => {
            const tot = totals[s];
            const on = state.visibleStages.value.has(s);
            return (
              <li key={s}>
                <button
                  type="button"
                  class={`legend-row ${on ? '' : 'off'}`}
                  aria-pressed={on}
                  data-stage={s}
                  title={tZones(lang, 'legendHint')}
                  onClick={() => toggleStage(state, s)}
                >
                  <StageSwatch stage={s} />
                  <span class="legend-label">{STAGE_LABEL[lang][s]}{!on && <span class="off-tag">{tZones(lang, 'legendOff')}</span>}</span>
                  {/* Words a screen reader needs and the eye gets from the layout ("3 features; official 285 ha"):
                      in the button's own text, so its name still contains what it shows. */}
                  <span class="legend-count" data-count>{tot.count}<span class="visually-hidden"> {tZones(lang, 'legendSrUnit', { n: tot.count })};</span></span>
                  <span class="legend-ha">
                    {tot.count > tot.withoutOfficial && (
                      <span title={tZones(lang, 'legendOfficial')}>
                        <span class="visually-hidden">{tZones(lang, 'legendOfficial')} </span>{formatHa(tot.officialHa, lang, 0)}
                      </span>
                    )}
                    {tot.measuredCount > 0 && (
                      <span title={tZones(lang, 'legendMeasured')}>
                        {' · '}{state.areas.value ? formatHa(tot.measuredHa, lang, 0) : '…'} {tZones(lang, 'legendMeasured')}
                      </span>
                    )}
                    {tot.withoutOfficial > 0 && (
                      <span class="legend-noarea">
                        {tot.count > tot.withoutOfficial ? ' · ' : ''}
                        {tZones(lang, 'summaryNoArea', { n: tot.withoutOfficial })}
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <h3 class="legend-subtitle" id="legend-quality-title">{tZones(lang, 'legendQualityTitle')}</h3>
        <ul class="legend-qualities" aria-labelledby="legend-quality-title" data-testid="legend-quality">
          {GEOMETRY_QUALITIES.map((q) => (
            <li key={q} data-quality={q}>
              <QualitySwatch quality={q} />
              <span>{QUALITY_LEGEND[lang][q]}</span>
            </li>
          ))}
        </ul>
        <ul class="legend-kinds" aria-label={tZones(lang, 'legendKinds')}>
          {KINDS.map((k) => {
            const on = state.visibleKinds.value.has(k);
            return (
              <li key={k}>
                <button
                  type="button"
                  class={`kind-chip kind-${k} ${on ? '' : 'off'}`}
                  aria-pressed={on}
                  data-kind={k}
                  title={KIND_LABEL[lang][k]}
                  onClick={() => toggleKind(state, k)}
                >
                  <span class={`kind-icon kind-icon-${k}`} aria-hidden="true" />
                  <span class="kind-name">{KIND_SHORT[lang][k]}</span>{!on && <span class="off-tag">{tZones(lang, 'legendOff')}</span>}{' '}
                  <span class="legend-count">{counts[k]}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <p class="legend-key">
          {tZones(lang, 'legendAreaKey')} {tZones(lang, 'legendPatternNote')} <span class="legend-quality">{tZones(lang, 'legendQualityNote')}</span>
        </p>
      </div>
    </section>
  );
}
