/**
 * "Paste a coordinate table": text copied from a planning document or a spreadsheet (or a .txt/.csv file) read by
 * `parseCoordTable` as it is typed, with a preview — the form and column order used (and a button to flip it), the
 * rows read, the area, every problem by line and column — before anything is drawn. "Draw" puts the polygon on the
 * board only when the table has no error.
 */
import { useMemo, useState } from 'preact/hooks';
import { areaVn2000SquareMetres } from '../../domain/area.ts';
import { formatHa } from '../../domain/format.ts';
import { ringSignedArea } from '../../domain/geometry.ts';
import { meridianLabel } from '../../domain/vn2000_meridians.ts';
import type { Lang } from '../../domain/zone.ts';
import { parseCoordTable, type CoordTableOptions } from '../../import/coord_table/index.ts';
import { applyTable, type DrawState } from '../../state/draw_state.ts';
import { renderCoordProblem } from './coord_table_render.ts';
import { MeridianSelect } from './Meridian.tsx';
import { tTable } from './strings_table.ts';

const FORMS = ['auto', 'vn2000', 'utm48', 'degrees', 'dms'] as const;
type Form = (typeof FORMS)[number];
/** Rows previewed at most. */
const PREVIEW_ROWS = 12;

const num = (lang: Lang, digits: number) => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function TableInput({ state, lang, onDrawn }: { state: DrawState; lang: Lang; onDrawn: () => void }) {
  const [text, setText] = useState('');
  const [form, setForm] = useState<Form>('auto');
  const [order, setOrder] = useState<'auto' | 'xy' | 'yx'>('auto');
  const cm = state.tableCm.value;
  const result = useMemo(() => {
    if (!text.trim()) return null;
    const options: CoordTableOptions = { form, order, centralMeridianDeg: cm };
    return parseCoordTable(text, options);
  }, [text, form, order, cm]);
  const d = result?.detected;
  const metric = d?.form === 'vn2000' || d?.form === 'utm48';
  const errors = result?.problems.filter((p) => p.severity === 'error') ?? [];
  const readFile = (file: File | undefined) => void file?.text().then(setText);
  const apply = () => {
    if (!result?.polygon || !d?.form) return;
    applyTable(state, result.polygon, {
      points: result.pointNames.length, form: d.form, centralMeridianDeg: d.centralMeridianDeg, names: result.pointNames,
      clockwise: ringSignedArea(result.rows.map((r) => [r.lon, r.lat])) < 0,
    });
    onDrawn();
  };
  const orderText = d && (metric ? tTable(lang, d.order === 'xy' ? 'orderXy' : 'orderYx') : tTable(lang, d.order === 'xy' ? 'orderLatLon' : 'orderLonLat'));
  return (
    <section class="draw-table" aria-labelledby="draw-table-title">
      <h3 id="draw-table-title">{tTable(lang, 'tableTitle')}</h3>
      <p class="imp-hint">{tTable(lang, 'tableHint')}</p>
      <textarea
        class="draw-table-input"
        rows={6}
        spellcheck={false}
        aria-label={tTable(lang, 'tableInput')}
        data-testid="coord-table-input"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <label class="imp-btn imp-btn-quiet draw-file">
        {tTable(lang, 'openTableFile')}
        <input type="file" accept=".txt,.csv,.tsv,text/plain,text/csv" class="visually-hidden" onChange={(e) => readFile(e.currentTarget.files?.[0])} />
      </label>
      <div class="draw-table-options">
        <label class="draw-field">
          <span>{tTable(lang, 'form')}</span>
          <select data-testid="coord-table-form" value={form} onChange={(e) => setForm(e.currentTarget.value as Form)}>
            {FORMS.map((f) => <option key={f} value={f}>{tTable(lang, `form_${f}`)}</option>)}
          </select>
        </label>
        <MeridianSelect value={cm} lang={lang} onChange={(deg) => (state.tableCm.value = deg)} />
      </div>
      {d?.form && (
        <div class="draw-detected" data-testid="coord-table-detected" data-form={d.form} data-order={d.order}>
          <span>{tTable(lang, 'readAs', { form: tTable(lang, `form_${d.form}`), order: orderText ?? '' })}</span>
          <button type="button" class="imp-btn imp-btn-quiet" data-testid="coord-table-flip" onClick={() => setOrder(d.order === 'xy' ? 'yx' : 'xy')}>
            {tTable(lang, 'flipOrder')}
          </button>
          {d.formReason === 'assumed' && <p class="imp-hint">{tTable(lang, 'formAssumed')}</p>}
          {d.captionMeridianDeg !== null && d.captionMeridianDeg !== cm && (
            <p class="imp-warn">
              {tTable(lang, 'captionMeridian', { cm: meridianLabel(d.captionMeridianDeg) })}{' '}
              <button type="button" class="imp-btn imp-btn-quiet" onClick={() => (state.tableCm.value = d.captionMeridianDeg ?? cm)}>
                {tTable(lang, 'useCaptionMeridian', { cm: meridianLabel(d.captionMeridianDeg) })}
              </button>
            </p>
          )}
        </div>
      )}
      {result && result.problems.length > 0 && (
        <ul class="draw-problems" data-testid="coord-table-problems" role="alert">
          {result.problems.map((p, i) => (
            <li key={i} class={p.severity === 'error' ? 'imp-invalid' : 'imp-warn'} data-code={p.code} data-line={p.line ?? ''} data-column={p.column ?? ''}>
              {renderCoordProblem(p, lang)}
            </li>
          ))}
        </ul>
      )}
      {result && (result.rows.length === 0 ? <p class="muted">{tTable(lang, 'noRows')}</p> : (
        <div class="draw-preview" data-testid="coord-table-preview" data-rows={result.rows.length}>
          <p class="imp-hint">
            {tTable(lang, 'previewTitle', { n: result.rows.length })}
            {result.polygon && <> · {tTable(lang, 'previewArea', { ha: formatHa(areaVn2000SquareMetres(result.polygon) / 10_000, lang) })}</>}
          </p>
          <table class="imp-overlap">
            <thead><tr><th scope="col">{tTable(lang, 'colName')}</th><th scope="col">{tTable(lang, 'colLat')}</th><th scope="col">{tTable(lang, 'colLon')}</th></tr></thead>
            <tbody>
              {result.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={`${r.line}-${r.group}`}>
                  <th scope="row">{r.name ?? r.rowNumber ?? '—'}</th>
                  <td>{num(lang, 6).format(r.lat)}</td>
                  <td>{num(lang, 6).format(r.lon)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {result && (
        <button type="button" class="imp-btn imp-btn-primary" data-testid="coord-table-apply" disabled={!result.polygon || errors.length > 0} onClick={apply}>
          {tTable(lang, 'apply')}
        </button>
      )}
      {result && !result.polygon && <p class="imp-hint">{tTable(lang, 'applyBlocked')}</p>}
    </section>
  );
}
