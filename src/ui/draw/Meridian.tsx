/**
 * The central-meridian choice for VN-2000 / TM-3 tables: Sóc Trăng's 105°30′ first, then every province of
 * Thông tư 973/2001 (the meridian of documents made before the 2025 merger) and of Thông tư 24/2025.
 */
import { MERIDIANS_2001, MERIDIANS_2025, meridianLabel } from '../../domain/vn2000_meridians.ts';
import type { Lang } from '../../domain/zone.ts';
import { tTable } from './strings_table.ts';

/** Option values are `degrees|list|province`, unique even where provinces share a meridian. */
const key = (deg: number, list: string, province: string): string => `${deg}|${list}|${province}`;

export function MeridianSelect({ value, onChange, lang }: { value: number; onChange: (deg: number) => void; lang: Lang }) {
  const options = [
    ...MERIDIANS_2001.map((m) => ({ ...m, list: '2001' })),
    ...MERIDIANS_2025.map((m) => ({ ...m, list: '2025' })),
  ];
  const current = options.find((o) => o.meridianDeg === value && o.province === 'Sóc Trăng' && o.list === '2001')
    ?? options.find((o) => o.meridianDeg === value);
  return (
    <label class="draw-field">
      <span>{tTable(lang, 'meridian')}</span>
      <select
        data-testid="coord-table-cm"
        value={current ? key(current.meridianDeg, current.list, current.province) : String(value)}
        onChange={(e) => onChange(Number(e.currentTarget.value.split('|')[0]))}
      >
        {current === undefined && <option value={String(value)}>{meridianLabel(value)}</option>}
        {(['2001', '2025'] as const).map((list) => (
          <optgroup key={list} label={tTable(lang, list === '2001' ? 'meridians2001' : 'meridians2025')}>
            {options.filter((o) => o.list === list).map((o) => (
              <option key={key(o.meridianDeg, o.list, o.province)} value={key(o.meridianDeg, o.list, o.province)}>
                {o.province} — {meridianLabel(o.meridianDeg)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
