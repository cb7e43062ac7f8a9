/**
 * Where and why JSON text is broken, for a message that points at the real problem: one validating pass of the
 * JSON grammar (RFC 8259), without recursion, run only once `JSON.parse` has failed (its error text differs
 * between engines, so it is never read). The lenient-JSON habits get their own kind: comments, a comma before a
 * closing bracket, bare NaN/Infinity, single-quoted strings, unquoted keys, a missing comma.
 */

/** Why the text is not JSON. `not-json`: the very first token is not a JSON value; `truncated`: it stops part-way. */
export type JsonFaultKind =
  | 'not-json' | 'truncated' | 'syntax' | 'missing-comma' | 'comment' | 'trailing-comma' | 'non-finite'
  | 'single-quote' | 'unquoted-key';

/** The first fault of a JSON text. */
export interface JsonFault {
  kind: JsonFaultKind;
  /** Offset in the text (UTF-16 code units). */
  offset: number;
  /** Line (1-based; lines end at LF). */
  line: number;
  /** Column (1-based, in characters: a Vietnamese letter counts one). */
  column: number;
  /** The offending token as safe display text: invisible characters escaped, cut to `MAX_TOKEN` characters. */
  token: string;
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/** Longest token shown, in characters. */
const MAX_TOKEN = 20;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** A character as display text: controls, separators and other invisibles as `\n`, `\t` or `\uXXXX`. */
function visible(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  if (ch !== ' ' && /[\p{C}\p{Z}]/u.test(ch)) return `\\u${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return ch;
}

/** Safe display text of `raw`: invisible characters escaped, cut to `MAX_TOKEN` characters with "…". */
export function displayToken(raw: string): string {
  const chars = [...raw.slice(0, MAX_TOKEN * 2 + 2)];
  const shown = chars.slice(0, MAX_TOKEN).map(visible).join('');
  return chars.length > MAX_TOKEN ? `${shown}…` : shown;
}

/** A display token for a message: in “ ” quotes, unless it is a quoted string already (`"name"`, `'Lô A'`). */
export function quoteToken(token: string): string {
  return /^["']/.test(token) ? token : `“${token}”`;
}

/** The token starting at `i`: one punctuation character, or a run up to whitespace or punctuation. */
function tokenAt(text: string, i: number): string {
  if ('{}[]:,'.includes(text[i] ?? '')) return text[i] ?? '';
  if (text[i] === '"') return quoted(text, i);
  let j = i + 1;
  while (j < text.length && j - i <= MAX_TOKEN * 2 && !isSpace(text.charCodeAt(j)) && !'{}[]:,"'.includes(text[j] ?? '')) j++;
  return text.slice(i, j);
}

/** A quoted string starting at `i`, up to its closing quote on the same line (or as much as is shown). */
function quoted(text: string, i: number): string {
  const end = text.indexOf(text[i] ?? "'", i + 1);
  const eol = text.indexOf('\n', i);
  const stop = end < 0 || (eol >= 0 && eol < end) ? Math.min(eol < 0 ? text.length : eol, i + MAX_TOKEN * 2) : end + 1;
  return text.slice(i, stop);
}

/** Line and column (1-based) of `offset`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  let column = 1;
  for (let i = start; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) column++; // the second half of a surrogate pair is not a character of its own
  }
  return { line, column };
}

/** The rest of the line from `i`, as much as can be shown. */
function restOfLine(text: string, i: number): string {
  const eol = text.indexOf('\n', i);
  return text.slice(i, Math.min(eol < 0 ? text.length : eol, i + MAX_TOKEN * 2));
}

/** The closing bracket of an opening one (`{` → `}`, `[` → `]`: two code points on). */
function closerOf(open: number | undefined): number {
  return open === undefined ? -1 : open + 2;
}

function fault(text: string, kind: JsonFaultKind, offset: number, token: string): JsonFault {
  return { kind, offset, ...lineColumn(text, offset), token: displayToken(token) };
}

/** A fault at the token at `i` — or `truncated` when that token runs to the end of the text (`tru`, `1.`). */
function faultUnlessCut(text: string, kind: JsonFaultKind, i: number): JsonFault {
  const token = tokenAt(text, i);
  return i + token.length >= text.length ? fault(text, 'truncated', text.length, '') : fault(text, kind, i, token);
}

/** End of the string opening at `i` (the offset after its closing quote), or a fault. */
function scanString(text: string, i: number): number | JsonFault {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return fault(text, 'syntax', j, text[j] ?? '');
    if (c === 92) {
      const e = text[j + 1] ?? '';
      if (e === 'u' ? !/^[0-9A-Fa-f]{4}$/.test(text.slice(j + 2, j + 6)) : !ESCAPES.has(e)) {
        const escape = text.slice(j, j + (e === 'u' ? 6 : 2));
        return /^\\(u[0-9A-Fa-f]{0,3})?$/.test(escape) && j + escape.length >= text.length
          ? fault(text, 'truncated', text.length, '') : fault(text, 'syntax', j, escape);
      }
      j += e === 'u' ? 5 : 1;
    }
  }
  return fault(text, 'truncated', text.length, '');
}

/** End of the scalar (number, true/false/null) starting at `i`, or a fault. */
function scanScalar(text: string, i: number, first: boolean): number | JsonFault {
  const c = text[i] ?? '';
  if (c === "'") return first ? fault(text, 'not-json', i, restOfLine(text, i)) : fault(text, 'single-quote', i, quoted(text, i));
  if (c === '-' && text.startsWith('Infinity', i + 1)) return fault(text, first ? 'not-json' : 'non-finite', i, '-Infinity');
  NUMBER.lastIndex = i;
  WORD.lastIndex = i;
  const m = NUMBER.exec(text) ?? WORD.exec(text);
  const word = m?.[0] ?? '';
  const next = text[i + word.length] ?? '';
  if (word && !/[\w$.+-]/.test(next) && (/^[-\d]/.test(word) || word === 'true' || word === 'false' || word === 'null')) return i + word.length;
  if (first) return fault(text, 'not-json', i, restOfLine(text, i));
  if ((word === 'NaN' || word === 'Infinity') && !/[\w$]/.test(next)) return fault(text, 'non-finite', i, word);
  return faultUnlessCut(text, 'syntax', i);
}

/**
 * The first fault of `text` as JSON, or null if it is valid JSON. Stops at the first fault; the position is the
 * start of the offending token (for a trailing comma, the comma).
 */
export function findJsonFault(text: string): JsonFault | null {
  const stack: number[] = [];
  let expect: Expect = 'value';
  let lastComma = -1;
  let afterComma = false;
  let first = true;
  let i = 0;
  const closed = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return expect === 'end' ? null : fault(text, first ? 'not-json' : 'truncated', i, '');
    const ch = text[i] ?? '';
    const c = text.charCodeAt(i);
    const closer = closerOf(stack[stack.length - 1]);
    if (afterComma && c === closer) return fault(text, 'trailing-comma', lastComma, ',');
    afterComma = false;
    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fault(text, 'comment', i, text.slice(i, i + 2));
    if (expect === 'end') return fault(text, 'syntax', i, tokenAt(text, i));
    if (expect === 'colon') {
      if (ch !== ':') return fault(text, 'syntax', i, tokenAt(text, i));
      expect = 'value';
      i++;
      continue;
    }
    if (expect === 'comma-or-close') {
      if (ch === ',') {
        lastComma = i;
        afterComma = true;
        expect = stack[stack.length - 1] === 123 ? 'key' : 'value';
        i++;
      } else if (c === closer) {
        stack.pop();
        expect = closed();
        i++;
      } else return fault(text, /["'{[\w$-]/.test(ch) ? 'missing-comma' : 'syntax', i, tokenAt(text, i));
      continue;
    }
    if ((expect === 'value-or-close' || expect === 'key-or-close') && c === closer) {
      stack.pop();
      expect = closed();
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (ch === '"') {
        const end = scanString(text, i);
        if (typeof end !== 'number') return end;
        i = end;
        expect = 'colon';
        continue;
      }
      if (ch === "'") return fault(text, 'single-quote', i, quoted(text, i));
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0];
      let j = i + (word?.length ?? 0);
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
      return word && text[j] === ':' ? fault(text, 'unquoted-key', i, word) : faultUnlessCut(text, 'syntax', i);
    }
    // A value is expected.
    if (ch === '{' || ch === '[') {
      stack.push(c);
      expect = ch === '{' ? 'key-or-close' : 'value-or-close';
      i++;
    } else {
      const end = ch === '"' ? scanString(text, i) : scanScalar(text, i, first);
      if (typeof end !== 'number') return end;
      i = end;
      expect = closed();
    }
    first = false;
  }
}
