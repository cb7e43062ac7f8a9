/**
 * The areas of the selected imported feature, as the worker measured them: the figure to use first (VN-2000 /
 * TM-3 where the grid applies, else the ellipsoid), the others beside it, and what the checks found — methods
 * that disagree, a feature far from Sóc Trăng, an area the file itself declares.
 */
import { AREA_DISAGREEMENT_LIMIT } from '../../domain/area.ts';
import { formatDiffHa, formatHa, formatSignedPct } from '../../domain/format.ts';
import type { Lang } from '../../domain/zone.ts';
import { FAR_FROM_PROVINCE_M } from '../../import/measure.ts';
import type { FeatureMeasure } from '../../import/types.ts';
import { tDetail } from './strings_detail.ts';
import { tImport } from './strings.ts';

const ha = (m2: number, lang: Lang): string => formatHa(m2 / 10_000, lang);

/** The area grid and the notes under it. */
export function FeatureAreas({ m, lang }: { m: FeatureMeasure; lang: Lang }) {
  const { areas } = m;
  const vn = m.vn2000Applies ? ha(areas.vn2000M2, lang) : tDetail(lang, 'notApplicable');
  const d = m.declared;
  return (
    <>
      <dl class="imp-areas" data-testid="import-areas" data-lead={m.vn2000Applies ? 'vn2000' : 'ellipsoidal'}>
        {m.vn2000Applies ? (
          <div class="imp-area-main">
            <dt>{tDetail(lang, 'areaVn2000Long')}</dt>
            <dd data-testid="import-area-vn2000">{vn}</dd>
          </div>
        ) : (
          <div class="imp-area-main">
            <dt>{tDetail(lang, 'areaEllipsoidalLong')}</dt>
            <dd data-testid="import-area-ellipsoidal">{ha(areas.ellipsoidalM2, lang)}</dd>
          </div>
        )}
        {m.vn2000Applies ? (
          <div>
            <dt>{tImport(lang, 'areaEllipsoidal')}</dt>
            <dd data-testid="import-area-ellipsoidal">{ha(areas.ellipsoidalM2, lang)}</dd>
          </div>
        ) : (
          <div>
            <dt>{tImport(lang, 'areaVn2000')}</dt>
            <dd data-testid="import-area-vn2000">{vn}</dd>
          </div>
        )}
        <div>
          <dt>{tImport(lang, 'areaTurf')}</dt>
          <dd data-testid="import-area-turf">{ha(areas.turfM2, lang)}</dd>
        </div>
      </dl>
      {!m.vn2000Applies && <p class="imp-warn" data-testid="import-vn2000-na">{tDetail(lang, 'vn2000NotApplicable')}</p>}
      {m.disagreement > AREA_DISAGREEMENT_LIMIT && (
        <p class="imp-invalid" data-testid="import-area-disagree">
          {tDetail(lang, 'areasDisagree', { pct: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 }).format(m.disagreement * 100) })}
        </p>
      )}
      {m.provinceGapM > FAR_FROM_PROVINCE_M && (
        <p class="imp-warn" data-testid="import-far">{tDetail(lang, 'farFromProvince', { km: new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(Math.round(m.provinceGapM / 1000)) })}</p>
      )}
      {d && (
        <p class="imp-declared" data-testid="import-declared">
          <strong>{tDetail(lang, 'declaredTitle')}: </strong>
          {tDetail(lang, 'declaredLine', {
            declared: formatHa(d.ha, lang), key: d.key, raw: d.raw, measured: formatHa(d.measuredHa, lang),
            diff: formatDiffHa(d.diffHa, lang), pct: formatSignedPct(d.diffPct, lang),
          })}
          {d.guessed && <> {tDetail(lang, 'declaredUnitGuessed', { unit: d.unit === 'ha' ? 'ha' : 'm²' })}</>}
        </p>
      )}
    </>
  );
}
