/**
 * Import messages as text: `renderMessage()` turns one typed message of the pipeline (`src/import/messages.ts`) into
 * a line of plain Vietnamese or English. Text from the file (names, declared CRS names) only ever enters as a
 * parameter; the result is plain text, never markup, and the UI renders it as a text node.
 */
import type { Lang } from '../../domain/zone.ts';
import type { ImportMessage, MessageCode } from '../../import/messages.ts';
import { fillMessage, pluralForm, type MessageVars } from '../app/messages.ts';
import { MESSAGE_TEXTS } from './message_texts.ts';
import { ACTION_TEXTS, MESSAGE_TITLES } from './message_titles.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** A number in the language's style: grouped integers, at most 6 decimals. */
function formatParam(value: string | number, lang: Lang): string {
  if (typeof value === 'string' || !Number.isFinite(value)) return String(value);
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 6 }).format(value);
}

/** The short title of a code (for headings and the `more-messages` summary). */
export function messageTitle(code: MessageCode, lang: Lang): string {
  return MESSAGE_TITLES[lang][code];
}

/**
 * A message as one line of plain text in `lang`: the feature (if any), the problem, and what was done. The plural
 * form is chosen from the raw count; numbers are then written in the language's style.
 */
export function renderMessage(msg: ImportMessage, lang: Lang): string {
  const raw: Record<string, string | number> = { ...msg.params };
  const of = msg.params['of'];
  if (typeof of === 'string' && of in MESSAGE_TITLES.en) raw['title'] = messageTitle(of as MessageCode, lang);
  const shown: MessageVars = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, formatParam(v, lang)]));
  const problem = fillMessage(pluralForm(MESSAGE_TEXTS[lang][msg.code], lang, raw), lang, shown);
  const lead = msg.feature === null ? problem : `${lang === 'vi' ? 'Đối tượng' : 'Feature'} ${msg.feature} ${problem}`;
  const action = fillMessage(ACTION_TEXTS[lang][msg.action], lang);
  return action ? `${lead} ${action}` : lead;
}
