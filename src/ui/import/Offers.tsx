/**
 * The fixes the pipeline offers for a file it held back: swap latitude/longitude, or reproject
 * metres from VN-2000 / TM-3 with a chosen central meridian. Each re-runs the import of the same
 * file; once applied, the choice can be changed or undone.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../domain/zone.ts';
import type { ImportResult } from '../../import/types.ts';
import type { ImportState } from '../../state/import_state.ts';
import { tImport } from './strings.ts';
import type { ImportActions } from './entry.tsx';
import { meridianLabel } from '../../domain/vn2000_meridians.ts';

/** Central meridian of former Sóc Trăng's VN-2000 3° zone (105°30′ E), the default. */
const SOC_TRANG_CM = 105.5;
/** VN-2000 3° zone meridians in use across the Mekong Delta, degrees east. */
export const MERIDIAN_PRESETS = [104.5, 104.75, 105, 105.5, 105.75] as const;
/** Accepted central meridians: Vietnam's longitudes, degrees east. */
const CM_MIN = 102;
const CM_MAX = 110;

/** A number typed with either decimal separator; NaN if it is not one. */
function parseDegrees(text: string): number {
  const t = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}

function MeridianForm({ initial, lang, button, onApply }: { initial: number; lang: Lang; button: string; onApply: (cm: number) => void }) {
  const [text, setText] = useState(String(initial));
  const cm = parseDegrees(text);
  const valid = cm >= CM_MIN && cm <= CM_MAX;
  const preset = (MERIDIAN_PRESETS as readonly number[]).includes(cm) ? String(cm) : 'other';
  return (
    <div class="imp-cm">
      <label class="imp-cm-field">
        <span>{tImport(lang, 'meridianLabel')}</span>
        <select
          value={preset}
          aria-label={tImport(lang, 'meridianPreset')}
          data-testid="import-meridian-preset"
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v !== 'other') setText(v);
          }}
        >
          {MERIDIAN_PRESETS.map((p) => (
            <option key={p} value={String(p)}>
              {p === SOC_TRANG_CM ? tImport(lang, 'meridianSocTrang', { dms: meridianLabel(p) }) : meridianLabel(p)}
            </option>
          ))}
          <option value="other">{tImport(lang, 'meridianOther')}</option>
        </select>
      </label>
      <label class="imp-cm-deg">
        <input
          type="text"
          inputMode="decimal"
          value={text}
          aria-label={tImport(lang, 'meridianDegrees')}
          aria-invalid={!valid}
          data-testid="import-meridian"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <span aria-hidden="true">°</span>
      </label>
      <button type="button" class="imp-btn imp-btn-primary" disabled={!valid} data-testid="import-reproject" onClick={() => onApply(cm)}>
        {button}
      </button>
      {!valid && <p class="imp-invalid" role="alert">{tImport(lang, 'meridianInvalid', { min: CM_MIN, max: CM_MAX })}</p>}
    </div>
  );
}

/** Offers and applied fixes for the current result; nothing when there are none. */
export function ImportOffers({ imp, result, lang, actions }: { imp: ImportState; result: ImportResult; lang: Lang; actions: ImportActions }) {
  const opts = imp.options.value;
  const swap = result.offers.includes('swap-lat-lon');
  const reproject = result.offers.includes('reproject-vn2000');
  const cm = opts.sourceCrs?.centralMeridianDeg;
  const rerun = (o: typeof opts) => void actions.openFile(null, o);
  const toCrs = (c: number) => rerun({ sourceCrs: { kind: 'vn2000-tm3', centralMeridianDeg: c } });
  if (!swap && !reproject && !opts.swapLatLon && cm === undefined) return null;
  return (
    <section class="imp-offers">
      {swap && (
        <div class="imp-offer" data-testid="offer-swap">
          <h3>{tImport(lang, 'offerSwapTitle')}</h3>
          <p>{tImport(lang, 'offerSwapText')}</p>
          <button type="button" class="imp-btn imp-btn-primary" data-testid="import-swap" onClick={() => rerun({ swapLatLon: true })}>
            {tImport(lang, 'offerSwapButton')}
          </button>
        </div>
      )}
      {reproject && (
        <div class="imp-offer" data-testid="offer-reproject">
          <h3>{tImport(lang, 'offerMetresTitle')}</h3>
          <p>{tImport(lang, 'offerMetresText')}</p>
          {result.detected.metresHint === 'utm48' && <p class="imp-warn">{tImport(lang, 'offerMetresUtm')}</p>}
          <MeridianForm initial={SOC_TRANG_CM} lang={lang} button={tImport(lang, 'offerReprojectButton')} onApply={toCrs} />
        </div>
      )}
      {opts.swapLatLon && (
        <div class="imp-applied" data-testid="applied-swap">
          <p>{tImport(lang, 'swapApplied')}</p>
          <button type="button" class="imp-btn imp-btn-quiet" onClick={() => rerun({})}>{tImport(lang, 'undo')}</button>
        </div>
      )}
      {cm !== undefined && (
        <div class="imp-applied" data-testid="applied-reproject">
          <p>{tImport(lang, 'reprojectApplied', { dms: meridianLabel(cm) })}</p>
          <details class="imp-cm-change">
            <summary>{tImport(lang, 'changeMeridian')}</summary>
            <MeridianForm key={cm} initial={cm} lang={lang} button={tImport(lang, 'reprojectAgain')} onApply={toCrs} />
          </details>
          <button type="button" class="imp-btn imp-btn-quiet" onClick={() => rerun({})}>{tImport(lang, 'undo')}</button>
        </div>
      )}
    </section>
  );
}
