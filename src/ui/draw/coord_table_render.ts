/**
 * A coordinate-table problem as one line of plain Vietnamese or English: where (“Dòng 7, cột 3: ”), then what. Text
 * from the table (cells, names) only ever enters as a parameter; the result is plain text for a text node.
 */
import type { Lang } from '../../domain/zone.ts';
import type { CoordProblem } from '../../import/coord_table/problems.ts';
import { fillMessage, pluralForm, type MessageVars } from '../app/messages.ts';
import { AXIS_WORDS, COORD_TABLE_TEXTS, UNIT_WORDS } from './coord_table_texts.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A number in the language's style (grouped, at most 6 decimals); text as it is. */
function shown(value: string | number, lang: Lang): string {
  if (typeof value === 'string' || !Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }).format(value);
}

/** “Dòng 7, cột 3: ”, “Dòng 7: ” or nothing for the whole table. */
function place(p: CoordProblem, lang: Lang): string {
  if (p.line === null) return '';
  const [line, column] = lang === 'vi' ? ['Dòng', 'cột'] : ['Line', 'column'];
  return p.column === null ? `${line} ${shown(p.line, lang)}: ` : `${line} ${shown(p.line, lang)}, ${column} ${shown(p.column, lang)}: `;
}

/**
 * One problem as plain text in `lang`, e.g. “Dòng 7, cột 3: “2.412.12x” không phải là số.” The plural form is
 * chosen from the raw count; names are quoted, axes and units named in the language.
 */
export function renderCoordProblem(p: CoordProblem, lang: Lang): string {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.params)) vars[k] = shown(v, lang);
  const name = p.params['name'];
  vars['name'] = typeof name === 'string' && name !== '' ? ` “${name}”` : '';
  const axis = p.params['axis'];
  if (typeof axis === 'string' && axis in AXIS_WORDS[lang]) vars['axis'] = AXIS_WORDS[lang][axis as keyof (typeof AXIS_WORDS)['vi']];
  const units = p.params['units'];
  if (typeof units === 'string' && units in UNIT_WORDS[lang]) vars['units'] = UNIT_WORDS[lang][units as keyof (typeof UNIT_WORDS)['vi']];
  const text = pluralForm(COORD_TABLE_TEXTS[lang][p.code], lang, p.params);
  const sentence = fillMessage(text, lang, vars as MessageVars);
  // A sentence that starts with a placeholder (“{axis} …”) starts with a capital.
  return place(p, lang) + sentence.charAt(0).toLocaleUpperCase(LOCALES[lang]) + sentence.slice(1);
}
