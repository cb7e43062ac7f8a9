/**
 * A line of a pasted coordinate table → its cells. Columns may be separated by tabs (a spreadsheet), semicolons,
 * pipes, commas or runs of spaces (a PDF). The separator is decided per line, in this order:
 * - a tab, a semicolon or a pipe in the line: that character (quotes `"…"` respected), and commas are then
 *   always part of numbers (decimal comma or thousands);
 * - a comma: a column separator when a comma touches a space (`M1, 1063245.1`) or when a space-separated
 *   piece holding a comma is not one number (`M1,1063245.1,587654.3`; `1063245,587654`, two whole numbers
 *   of 5 or more digits); otherwise commas are decimal or thousands marks (`M1 1063245,12 587654,32`);
 * - else runs of spaces. Then degrees-minutes-seconds with marks stay one cell (`9° 38′ 24″`), six small numbers
 *   in a row become two angles (`9 38 24.5 105 57 12.3`), and digits grouped by spaces are joined when they make
 *   a number of 6 or more digits (`1 063 245,12` → `1063245,12`; a 1–3 digit group followed by 3-digit groups).
 */
import { DMS_IN_TEXT } from './values.ts';

/** How a line's columns were separated. */
export type Separator = 'tab' | 'semicolon' | 'pipe' | 'comma' | 'spaces';

/** A cell's text (trimmed, NFC) and its 1-based column in the line. */
export interface Cell {
  text: string;
  column: number;
}

/** Splits on `sep` outside double quotes; each cell trimmed and unquoted. */
function splitQuoted(line: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (ch === '"' && (quoted || cur.trim() === '')) {
      if (quoted && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else {
        quoted = !quoted;
        if (quoted) cur = '';
      }
    } else if (ch === sep && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur.trim());
  return out;
}

/** Whether a line without tabs, semicolons or pipes uses commas between its columns. */
function commaSeparated(line: string): boolean {
  if (!line.includes(',')) return false;
  const masked = line.replace(DMS_IN_TEXT, 'ANGLE');
  if (/\s,|,\s|,"|",/.test(masked)) return true;
  return masked.split(/\s+/).some((piece) => {
    if (!piece.includes(',')) return false;
    if (!/^[+-]?[\d.,]+$/.test(piece)) return true;
    const parts = piece.split(',');
    // `1063245,587654`: a decimal part of 5+ digits after 5+ digits is two whole numbers, not millimetres.
    if (parts.length === 2 && (parts[0] ?? '').length >= 5 && (parts[1] ?? '').length >= 5) return true;
    return parts.length > 2 && !parts.slice(1).every((p) => /^\d{3}(\.\d+)?$/.test(p));
  });
}

const SMALL_INT = /^\d{1,3}$/;
const MINUTES = /^\d{1,2}$/;
const SECONDS = /^\d{1,2}(?:[.,]\d+)?$/;

/** Degrees, minutes, seconds as three tokens. */
function isTriple(t: readonly string[], i: number): boolean {
  const [d, m, s] = [t[i] ?? '', t[i + 1] ?? '', t[i + 2] ?? ''];
  return SMALL_INT.test(d) && Number(d) <= 180 && MINUTES.test(m) && Number(m) < 60 &&
    SECONDS.test(s) && Number(s.replace(',', '.')) < 60;
}

/** Joins each run of six small numbers that reads as two DMS angles (from the right, as names come first). */
function joinSpacedAngles(tokens: string[]): string[] {
  const out: string[] = [];
  let j = tokens.length;
  while (j > 0) {
    if (j >= 6 && isTriple(tokens, j - 6) && isTriple(tokens, j - 3)) {
      out.unshift(tokens.slice(j - 6, j - 3).join(' '), tokens.slice(j - 3, j).join(' '));
      j -= 6;
    } else {
      out.unshift(tokens[j - 1] ?? '');
      j -= 1;
    }
  }
  return out;
}

/** Joins digit groups split by spaces (`1 063 245,12`) when they make a number of 6 or more digits. */
function joinDigitGroups(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lead = tokens[i] ?? '';
    let end = i;
    if (/^[+-]?\d{1,3}$/.test(lead)) {
      while (/^\d{3}$/.test(tokens[end + 1] ?? '')) end++;
      if (/^\d{3}[.,]\d+$/.test(tokens[end + 1] ?? '')) end++;
    }
    const joined = tokens.slice(i, end + 1).join('');
    if (end > i && joined.replace(/[.,]\d+$/, '').replace(/^[+-]/, '').length >= 6) {
      out.push(joined);
      i = end;
    } else {
      out.push(lead);
    }
  }
  return out;
}

/** Space-separated tokens, keeping marked angles whole. */
function spaceTokens(line: string): string[] {
  const angles: string[] = [];
  const masked = line.replace(DMS_IN_TEXT, (m) => {
    angles.push(m.replace(/\s+/g, ' ').trim());
    return `\ue000${angles.length - 1}\ue000`;
  });
  return masked.trim().split(/\s+/).filter(Boolean)
    .map((t) => t.replace(/\ue000(\d+)\ue000/g, (_, k: string) => angles[Number(k)] ?? ''));
}

/** Longest line split into cells, in characters: a table row is far shorter; a longer line is one cell (not a row). */
const MAX_LINE_CHARS = 2000;

/** The cells of one line (already NFC, without its line break) and how they were separated. */
export function splitLine(line: string): { separator: Separator; cells: Cell[] } {
  if (line.length > MAX_LINE_CHARS) return { separator: 'spaces', cells: [{ text: line.slice(0, 200).trim(), column: 1 }] };
  // Control characters other than tab become spaces; U+E000 is kept for marking angles.
  const clean = [...line].map((ch) => (ch !== '\t' && /\p{Cc}/u.test(ch)) || ch === '\ue000' ? ' ' : ch).join('');
  let separator: Separator;
  let texts: string[];
  if (clean.includes('\t')) [separator, texts] = ['tab', clean.split('\t').map((t) => t.trim().replace(/^"(.*)"$/, '$1'))];
  else if (clean.includes(';')) [separator, texts] = ['semicolon', splitQuoted(clean, ';')];
  else if (clean.includes('|')) [separator, texts] = ['pipe', clean.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((t) => t.trim())];
  else if (commaSeparated(clean)) [separator, texts] = ['comma', splitQuoted(clean, ',')];
  else [separator, texts] = ['spaces', joinDigitGroups(joinSpacedAngles(spaceTokens(clean)))];
  while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
  return { separator, cells: texts.map((text, i) => ({ text, column: i + 1 })) };
}
