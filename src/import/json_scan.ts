/**
 * One linear pass over JSON text, before `JSON.parse`, so that hostile inputs are refused without
 * recursion or huge allocations: nesting depth and positions (arrays that start with a number).
 * Where broken JSON breaks is found afterwards, only when `JSON.parse` fails (`json_syntax.ts`).
 */

export interface JsonScan {
  /** Deepest nesting reached (stops counting once past `depthLimit`). */
  maxDepth: number;
  depthExceeded: boolean;
  /** Arrays whose first element is a number, i.e. positions in GeoJSON. */
  positions: number;
}

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

function startsNumber(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 45; // digit or '-'
}

/** Scans `text`; stops early (depthExceeded) when nesting passes `depthLimit`. */
export function scanJson(text: string, depthLimit: number): JsonScan {
  let depth = 0;
  let maxDepth = 0;
  let positions = 0;
  let inString = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++;
      if (depth > maxDepth) {
        maxDepth = depth;
        if (depth > depthLimit) return { maxDepth, depthExceeded: true, positions };
      }
      if (c === OPEN_ARRAY) {
        let j = i + 1;
        while (j < n && text.charCodeAt(j) <= 32) j++;
        if (j < n && startsNumber(text.charCodeAt(j))) positions++;
      }
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return { maxDepth, depthExceeded: false, positions };
}
