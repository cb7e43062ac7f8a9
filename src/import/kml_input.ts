/**
 * KML and KMZ → raw features, with `@tmcw/togeojson` over `@xmldom/xmldom` (workers have no
 * DOMParser). xmldom does not fetch external entities. Deep documents that overflow the stack are
 * refused as too deep.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { decodeText } from './decode.ts';
import { MAX_FEATURES, MAX_UNZIPPED_BYTES, megabytes, MAX_XML_DEPTH } from './limits.ts';
import type { MessageLog } from './messages.ts';
import type { ReadInput } from './raw_feature.ts';
import { readZip } from './zip.ts';

/** The encoding named in an XML declaration (`<?xml … encoding="…"?>`), lower-case, or null. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Deepest element nesting of XML text, by one pass over the tags (stops past `limit`). Comments,
 * CDATA and declarations are skipped; it is a guard, not a parser.
 */
export function xmlDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let i = text.indexOf('<');
  while (i >= 0 && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (text.startsWith('<!--', i)) {
      i = text.indexOf('-->', i);
    } else if (text.startsWith('<![CDATA[', i)) {
      i = text.indexOf(']]>', i);
    } else if (next === 47) {
      depth--; // '</'
    } else if (next !== 33 && next !== 63) {
      const end = text.indexOf('>', i);
      if (end < 0) break;
      if (text.charCodeAt(end - 1) !== 47) depth++; // not '/>'
      if (depth > max && (max = depth) > limit) return max;
      i = end;
    }
    if (i < 0) break;
    i = text.indexOf('<', i + 1);
  }
  return max;
}

/** KML bytes → text: UTF-8/UTF-16 as for GeoJSON, or a legacy encoding the XML declaration names. */
function kmlText(bytes: Uint8Array, log: MessageLog): string | null {
  const declared = declaredEncoding(bytes);
  if (declared && !/^utf-?(8|16)/.test(declared)) {
    try {
      return new TextDecoder(declared, { fatal: true }).decode(bytes);
    } catch {
      // Unknown label or bytes not in it: fall through to UTF-8, which reports the bad byte.
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    log.add('encoding-invalid', null, 'refused', { offset: decoded.badByteOffset });
    return null;
  }
  if (decoded.utf16) log.add('encoding-utf16', null, 'converted');
  return decoded.text;
}

/** Reads KML bytes; returns null when refused (the reason is logged). */
export function readKml(bytes: Uint8Array, log: MessageLog): ReadInput | null {
  const text = kmlText(bytes, log);
  if (text === null) return null;
  if (xmlDepth(text, MAX_XML_DEPTH) > MAX_XML_DEPTH) {
    log.add('too-deep', null, 'refused', { limit: MAX_XML_DEPTH });
    return null;
  }
  // Entity declarations: map files have no use for them, and nested ones can expand into gigabytes ("billion laughs").
  if (/<!ENTITY/i.test(text)) {
    log.add('xml-entities', null, 'refused');
    return null;
  }
  try {
    const parser = new DOMParser({
      locator: false,
      onError: (level) => {
        if (level !== 'warning') throw new Error('xml');
      },
    });
    const doc = parser.parseFromString(text, 'text/xml');
    const root = doc.documentElement;
    if (!root || root.localName !== 'kml') {
      log.add('kml-invalid', null, 'refused');
      return null;
    }
    const fc = kml(doc);
    if (fc.features.length > MAX_FEATURES) {
      log.add('too-many-features', null, 'refused', { count: fc.features.length, limit: MAX_FEATURES });
      return null;
    }
    return { features: fc.features.map((f) => ({ geometry: f.geometry, properties: f.properties, id: f.id })), declared: null };
  } catch (err) {
    if (err instanceof RangeError) log.add('too-deep', null, 'refused', { limit: MAX_XML_DEPTH });
    else log.add('kml-invalid', null, 'refused');
    return null;
  }
}

/** The main KML of a KMZ: `doc.kml` if present, else the least deeply stored `.kml`. */
function mainKml(names: string[]): string | null {
  const kmls = names.filter((n) => /\.kml$/i.test(n) && !n.includes('__MACOSX'));
  if (kmls.length === 0) return null;
  const doc = kmls.find((n) => n.toLowerCase() === 'doc.kml');
  return doc ?? kmls.sort((a, b) => a.split('/').length - b.split('/').length)[0] ?? null;
}

/** Reads KMZ bytes (zipped KML); returns null when refused. */
export function readKmz(bytes: Uint8Array, log: MessageLog): ReadInput | null {
  const zip = readZip(bytes, (n) => /\.kml$/i.test(n), MAX_UNZIPPED_BYTES);
  if (!zip.ok) {
    if (zip.reason === 'too-large') log.add('zip-too-large', null, 'refused', { limitMb: megabytes(MAX_UNZIPPED_BYTES) });
    else log.add('zip-invalid', null, 'refused');
    return null;
  }
  const name = mainKml([...zip.entries.keys()]);
  const entry = name === null ? undefined : zip.entries.get(name);
  if (!entry) {
    log.add('kmz-no-kml', null, 'refused');
    return null;
  }
  return readKml(entry, log);
}
