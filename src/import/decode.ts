/** Bytes → text for the text formats (GeoJSON, KML), and sniffing of the container format. */

/** What the first bytes say the file is. */
export type Sniffed = 'empty' | 'xml' | 'html' | 'json' | 'json-seq' | 'other';

/** Result of decoding: the text, and whether it was UTF-16 (converted) — or the offset of the first bad byte. */
export type Decoded = { ok: true; text: string; utf16: boolean } | { ok: false; badByteOffset: number };

const ZIP_MAGIC = [0x50, 0x4b];

/** Container sniffing on raw bytes: zip archives (KMZ, zipped Shapefile) start with `PK`. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === ZIP_MAGIC[0] && bytes[1] === ZIP_MAGIC[1] &&
    (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/** UTF-16 byte order from a BOM or from NUL bytes in the first characters, else null. */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // ASCII text in UTF-16 without BOM: every other byte of the first characters is NUL.
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) return 'utf-16be';
  return null;
}

/** Offset of the first byte that breaks UTF-8, or -1 if all is valid. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Decodes text: UTF-8 (a BOM is dropped), or UTF-16 with or without BOM (converted, flagged).
 * Anything else that is not valid UTF-8 (Latin-1, Windows-1258, TCVN3, VNI…) is refused: guessing
 * a legacy Vietnamese code page would silently garble names.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const order = utf16Order(bytes);
  if (order) return { ok: true, text: new TextDecoder(order).decode(bytes), utf16: true };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), utf16: false };
  } catch {
    return { ok: false, badByteOffset: Math.max(0, firstInvalidUtf8(bytes)) };
  }
}

/** Root elements that only a web page starts with (a saved page may open with any of them). */
const HTML_ROOTS = new Set(['html', 'head', 'body', 'meta', 'title', 'script', 'link', 'style', 'div']);

/**
 * Markup by its first element, after an XML declaration, comments and a doctype: a web page (a `<!DOCTYPE html>`
 * or an `html`, `head`, `body`… root, as a saved GitHub or Google Drive page has) or XML (KML or not: the KML
 * reader decides). `head` starts at the first `<`.
 */
export function sniffMarkup(head: string): 'html' | 'xml' {
  const rest = head.replace(/^(?:\s+|<\?[^>]*\?>|<!--[\s\S]*?-->)*/, '');
  if (/^<!doctype\s+html[\s>]/i.test(rest)) return 'html';
  const root = /^(?:<!doctype[^>]*>(?:\s+|<!--[\s\S]*?-->)*)?<([A-Za-z][\w.:-]*)/i.exec(rest)?.[1]?.toLowerCase() ?? '';
  return HTML_ROOTS.has(root.slice(root.indexOf(':') + 1)) ? 'html' : 'xml';
}

/**
 * Text sniffing on the first 4,096 characters: `{`/`[` is JSON, the record separator (U+001E) a GeoJSON text
 * sequence (RFC 8142), `<` markup — a web page or XML (see `sniffMarkup`).
 */
export function sniffText(text: string): Sniffed {
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  const m = /[^\s]/.exec(head);
  if (!m) return 'empty';
  if (m[0] === '{' || m[0] === '[') return 'json';
  if (m[0] === '\u001e') return 'json-seq';
  if (m[0] === '<') return sniffMarkup(head.slice(m.index));
  return 'other';
}
