/**
 * Downloads: imported features as RFC 7946 GeoJSON, shipped zones as KML and CSV (see `csv.ts`).
 * All outputs are text built from data with escaping; nothing is parsed back as markup.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Lang, ZoneFeature } from '../domain/zone.ts';
import { ringTwiceSignedArea } from './rings.ts';
import { sourceText } from './csv.ts';

export { zoneCsvRows, zonesToCsv, type CsvRow, type CsvValue } from './csv.ts';

const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/** A ring rounded to 7 decimals (about 1 cm), 2D, wound counter-clockwise (`ccw`) or clockwise. */
function ringOut(ring: readonly Position[], ccw: boolean): [number, number][] {
  const out = ring.map((p): [number, number] => [round7(p[0] ?? NaN), round7(p[1] ?? NaN)]);
  const isCcw = ringTwiceSignedArea(out) > 0;
  return isCcw === ccw ? out : out.reverse();
}

/** Polygons (rings) with RFC 7946 right-hand winding: exteriors counter-clockwise, holes clockwise. */
function polygonsOut(geom: Polygon | MultiPolygon): [number, number][][][] {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  return polys.map((rings) => rings.map((r, i) => ringOut(r, i === 0)));
}

/**
 * RFC 7946 FeatureCollection text: WGS84, at most 7 decimals, right-hand winding, no `crs`
 * member; properties and ids as given. One feature per line.
 */
export function toGeoJsonText(features: ReadonlyArray<Feature<Polygon | MultiPolygon>>): string {
  const lines = features.map((f) => {
    const polys = polygonsOut(f.geometry);
    const geometry = f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: polys[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: polys };
    const out = f.id === undefined
      ? { type: 'Feature', properties: f.properties ?? {}, geometry }
      : { type: 'Feature', id: f.id, properties: f.properties ?? {}, geometry };
    return JSON.stringify(out);
  });
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

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

/**
 * The shipped zones as a KML 2.2 document in `lang`: one Placemark per zone with its name, a
 * plain-text description, and ExtendedData (id, kind, stage, official area and its source).
 */
export function zonesToKml(features: readonly ZoneFeature[], lang: Lang): string {
  const pick = (b: { vi: string; en: string }): string => b[lang] || b.vi;
  const placemarks = features.map((f) => {
    const p = f.properties;
    const polys = polygonsOut(f.geometry);
    const geometry = polys.length === 1 ? kmlPolygon(polys[0] ?? []) : `<MultiGeometry>${polys.map(kmlPolygon).join('')}</MultiGeometry>`;
    const data = [
      kmlData('id', p.id), kmlData('kind', p.kind), kmlData('stage', p.stage),
      kmlData('official_area_ha', p.official_area_ha),
      kmlData('area_source', p.area_source ? sourceText(p.area_source) : null),
      kmlData('geometry_quality', p.geometry_quality), kmlData('shape_sized_to_official', p.shape_sized_to_official ? 'true' : 'false'),
      kmlData('position_uncertainty_m', p.position_uncertainty_m), kmlData('updated', p.updated),
    ].join('');
    return `  <Placemark><name>${escapeXml(pick(p.name))}</name>` +
      `<description>${escapeXml(pick(p.geometry_note))}</description><ExtendedData>${data}</ExtendedData>${geometry}</Placemark>`;
  });
  const title = lang === 'vi' ? 'Khu, cụm công nghiệp Sóc Trăng (cũ)' : 'Industrial zones and clusters of former Sóc Trăng';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>${escapeXml(title)}</name>\n` +
    `${placemarks.join('\n')}\n</Document></kml>\n`;
}
