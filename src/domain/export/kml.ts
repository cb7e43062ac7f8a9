/**
 * KML 2.2 of polygon features — the shipped zones, or a shape from the drawing board — built as text from data
 * with escaping; nothing is parsed back as markup.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Lang, ZoneFeature } from '../zone.ts';
import { polygonsOf, rfc7946Ring } from '../geometry.ts';
import { sourceText } from './csv.ts';

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function kmlRing(ring: [number, number][]): string {
  return `<LinearRing><coordinates>${ring.map(([x, y]) => `${x},${y}`).join(' ')}</coordinates></LinearRing>`;
}

function kmlPolygon(rings: [number, number][][]): string {
  const [outer, ...holes] = rings;
  const inner = holes.map((h) => `<innerBoundaryIs>${kmlRing(h)}</innerBoundaryIs>`).join('');
  return `<Polygon><outerBoundaryIs>${kmlRing(outer ?? [])}</outerBoundaryIs>${inner}</Polygon>`;
}

function kmlData(name: string, value: string | number | null): string {
  return value === null ? '' : `<Data name="${escapeXml(name)}"><value>${escapeXml(String(value))}</value></Data>`;
}

/** One Placemark: name, plain-text description, ExtendedData (null values left out) and the geometry (RFC 7946 winding). */
export function kmlPlacemark(name: string, description: string, data: ReadonlyArray<[string, string | number | null]>, g: Polygon | MultiPolygon): string {
  const polys = polygonsOf(g).map((rings) => rings.map((r, i) => rfc7946Ring(r, 7, i === 0)));
  const geometry = polys.length === 1 ? kmlPolygon(polys[0] ?? []) : `<MultiGeometry>${polys.map(kmlPolygon).join('')}</MultiGeometry>`;
  return `  <Placemark><name>${escapeXml(name)}</name>` +
    `<description>${escapeXml(description)}</description><ExtendedData>${data.map(([k, v]) => kmlData(k, v)).join('')}</ExtendedData>${geometry}</Placemark>`;
}

/** A KML 2.2 document titled `title` holding `placemarks`. */
export function kmlDocument(title: string, placemarks: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${escapeXml(title)}</name>\n` +
    `${placemarks.join('\n')}\n</Document></kml>\n`;
}

/**
 * The shipped zones as a KML 2.2 document titled `title`, texts in `lang`: one Placemark per zone with
 * its name, a plain-text description, and ExtendedData (id, kind, stage, official area and its source,
 * geometry quality, whether the shape was drawn to size, position uncertainty).
 */
export function zonesToKml(features: readonly ZoneFeature[], lang: Lang, title: string): string {
  const pick = (b: { vi: string; en: string }): string => b[lang] || b.vi;
  return kmlDocument(title, features.map((f) => {
    const p = f.properties;
    return kmlPlacemark(pick(p.name), pick(p.geometry_note), [
      ['id', p.id], ['kind', p.kind], ['stage', p.stage], ['official_area_ha', p.official_area_ha],
      ['area_source', p.area_source ? sourceText(p.area_source) : null], ['geometry_quality', p.geometry_quality],
      ['shape_sized_to_official', p.shape_sized_to_official ? 'true' : 'false'], ['position_uncertainty_m', p.position_uncertainty_m], ['updated', p.updated],
    ], f.geometry);
  }));
}
