/**
 * "Propose as boundary of …": the shape on the board, written as a ready-to-commit boundary file for one zone or
 * cluster (same id, the drawn geometry, the quality the user claims, how it was made, its source document). A
 * "surveyed" claim needs the document's title and date; the file is then committed with `npm run zones:replace`.
 */
import { useState } from 'preact/hooks';
import { hasFootprint } from '../../domain/area_use.ts';
import { BOUNDARY_QUALITIES, boundaryFeature, type BoundaryQuality } from '../../domain/boundary_file.ts';
import type { Lang, ZoneFeature } from '../../domain/zone.ts';
import { meridianLabel } from '../../domain/vn2000_meridians.ts';
import type { DrawState } from '../../state/draw_state.ts';
import { downloadFile } from '../app/download.ts';
import { tx } from '../app/text.ts';
import { tPropose } from './strings_propose.ts';

const today = (): string => new Date().toISOString().slice(0, 10);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function Propose({ state, zones, lang }: { state: DrawState; zones: readonly ZoneFeature[]; lang: Lang }) {
  const shape = state.shape.value;
  const measure = state.measure.value;
  const candidates = zones.filter((z) => z.properties.kind !== 'economic-zone' && hasFootprint(z.properties));
  const origin = state.origin.value;
  const [zoneId, setZoneId] = useState(origin?.kind === 'zone' ? origin.id : (candidates[0]?.properties.id ?? ''));
  const [quality, setQuality] = useState<BoundaryQuality>('indicative');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [url, setUrl] = useState('');
  const [note, setNote] = useState('');
  if (!shape || shape.kind !== 'polygon' || !measure) return null;
  const problems: string[] = [];
  if (measure.crossing) problems.push(tPropose(lang, 'needsNoCrossing'));
  if (quality === 'surveyed' && !(title.trim() && DATE.test(date.trim()))) problems.push(tPropose(lang, 'needsDocument'));
  if (quality === 'described' && !title.trim()) problems.push(tPropose(lang, 'needsSource'));
  if (date.trim() && !DATE.test(date.trim())) problems.push(tPropose(lang, 'badDate'));
  if (url.trim() && !/^https?:\/\//.test(url.trim())) problems.push(tPropose(lang, 'badUrl'));
  const zone = candidates.find((z) => z.properties.id === zoneId);
  const download = () => {
    if (!zone || problems.length) return;
    const table = state.fromTable.value;
    const made = table
      ? { vi: tPropose('vi', 'tableNote', { n: table.points, cm: table.centralMeridianDeg === null ? table.form : `VN-2000, KTT ${meridianLabel(table.centralMeridianDeg)}` }),
        en: tPropose('en', 'tableNote', { n: table.points, cm: table.centralMeridianDeg === null ? table.form : `VN-2000, central meridian ${meridianLabel(table.centralMeridianDeg)}` }) }
      : { vi: tPropose('vi', 'madeNote', { n: measure.vertices }), en: tPropose('en', 'madeNote', { n: measure.vertices }) };
    const extra = note.trim();
    const feature = boundaryFeature({
      id: zone.properties.id,
      geometry_quality: quality,
      geometry_note: { vi: extra ? `${made.vi} ${extra}` : made.vi, en: extra ? `${made.en} ${extra}` : made.en },
      geometry_source: title.trim() ? { url: url.trim() || null, title: title.trim(), date: date.trim() || null } : null,
      position_uncertainty_m: quality === 'surveyed' ? 1 : quality === 'described' ? 50 : 200,
      proposed: today(),
    }, shape.geometry);
    downloadFile(`${JSON.stringify(feature, null, 1)}\n`, `${zone.properties.id}.geojson`, 'application/geo+json');
  };
  return (
    <section class="draw-propose" aria-labelledby="draw-propose-title" data-testid="draw-propose">
      <h3 id="draw-propose-title">{tPropose(lang, 'title')}</h3>
      <label class="draw-field">
        <span>{tPropose(lang, 'zone')}</span>
        <select data-testid="draw-propose-zone" value={zoneId} onChange={(e) => setZoneId(e.currentTarget.value)}>
          {candidates.map((z) => <option key={z.properties.id} value={z.properties.id}>{tx(z.properties.name, lang)}</option>)}
        </select>
      </label>
      <fieldset class="draw-field">
        <legend>{tPropose(lang, 'quality')}</legend>
        {BOUNDARY_QUALITIES.map((q) => (
          <label key={q} class="draw-radio">
            <input type="radio" name="draw-quality" value={q} checked={quality === q} data-testid={`draw-propose-quality-${q}`} onChange={() => setQuality(q)} />
            {tPropose(lang, `q_${q}`)}
          </label>
        ))}
      </fieldset>
      <label class="draw-field"><span>{tPropose(lang, 'sourceTitle')}</span>
        <input type="text" value={title} data-testid="draw-propose-source" onInput={(e) => setTitle(e.currentTarget.value)} /></label>
      <label class="draw-field"><span>{tPropose(lang, 'sourceDate')}</span>
        <input type="text" inputMode="numeric" placeholder="2024-05-31" value={date} data-testid="draw-propose-date" onInput={(e) => setDate(e.currentTarget.value)} /></label>
      <label class="draw-field"><span>{tPropose(lang, 'sourceUrl')}</span>
        <input type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} /></label>
      <label class="draw-field"><span>{tPropose(lang, 'note')}</span>
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} /></label>
      {problems.map((p) => <p key={p} class="imp-invalid" data-testid="draw-propose-problem">{p}</p>)}
      <button type="button" class="imp-btn imp-btn-primary" data-testid="draw-propose-download" disabled={!zone || problems.length > 0} onClick={download}>
        {tPropose(lang, 'download')}
      </button>
      <p class="imp-hint">{tPropose(lang, 'commitHint', { id: zoneId })}</p>
    </section>
  );
}
