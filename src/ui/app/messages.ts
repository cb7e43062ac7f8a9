/**
 * The one shape of every string table in the UI: `defineMessages({ vi, en })`, each message a text with
 * `{name}` placeholders or, where a number changes the wording, plural forms picked by
 * `Intl.PluralRules` from the `{n}` (or `{count}`) value. The English table is typed against the
 * Vietnamese one, so a key missing in either language fails the typecheck.
 */
import type { Lang } from '../../domain/zone.ts';

/** A message: plain text, or plural forms (`other` always; `one` where the language has it). */
export type Message = string | Readonly<{ one?: string; other: string }>;

/** Values for a message's `{name}` placeholders. */
export type MessageVars = Readonly<Record<string, string | number>>;

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of `message` for the count in `vars.n` (or `vars.count`); Vietnamese has one form. */
export function pluralForm(message: Message, lang: Lang, vars: MessageVars): string {
  if (typeof message === 'string') return message;
  const n = Number(vars['n'] ?? vars['count']);
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return (rules.select(n) === 'one' ? message.one : undefined) ?? message.other;
}

/** The message in `lang` with its placeholders filled; an unknown placeholder is left as written. */
export function fillMessage(message: Message, lang: Lang, vars: MessageVars = {}): string {
  return pluralForm(message, lang, vars).replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** A typed table in both languages and its lookup function `(lang, key, vars?) => text`. */
export function defineMessages<K extends string>(table: { vi: Record<K, Message>; en: Record<K, Message> }) {
  return (lang: Lang, key: K, vars: MessageVars = {}): string => fillMessage(table[lang][key], lang, vars);
}
