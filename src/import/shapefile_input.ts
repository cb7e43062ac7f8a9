/**
 * Zipped Shapefile → raw features. The archive is read with fflate (bounded, see `zip.ts`) and
 * each layer parsed with shpjs's `parseShp`/`parseDbf` (pure, no DOM or fetch: fine in a worker).
 * A .prj in VN-2000 / TM-3 is applied with the project's own VN-2000 transform (`domain/area.ts`);
 * any other .prj is handed to proj4 through shpjs; without one the values decide (see `crs.ts`).
 */
import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { parseDbf, parseShp } from 'shpjs';
import { vn2000Projection } from '../domain/area.ts';
import { meridianLabel } from '../domain/vn2000_meridians.ts';
import { MAX_FEATURES, MAX_UNZIPPED_BYTES, megabytes } from './limits.ts';
import type { MessageLog } from './messages.ts';
import type { RawFeature, ReadInput } from './raw_feature.ts';
import type { MetresHint } from './types.ts';
import { readZip, type ZipEntries } from './zip.ts';

const decoder = new TextDecoder();

/** Whether the zip holds at least one .shp (outside macOS metadata folders). */
export function hasShp(names: string[]): boolean {
  return names.some((n) => /\.shp$/i.test(n) && !n.includes('__MACOSX'));
}

/** Central meridian of a VN-2000 / TM-3 .prj (k = 0.9999, false easting 500 km), else null. */
export function vn2000Tm3Meridian(wkt: string): number | null {
  if (!/VN[-_ ]?2000|Vietnam[-_ ]2000/i.test(wkt) || !/Transverse_Mercator/i.test(wkt)) return null;
  const param = (name: string): number => {
    const m = new RegExp(`PARAMETER\\["${name}",\\s*(-?[\\d.]+)`, 'i').exec(wkt);
    return m ? Number(m[1]) : NaN;
  };
  const cm = param('central_meridian');
  const k = param('scale_factor');
  const fe = param('false_easting');
  const fn = param('false_northing');
  if (!Number.isFinite(cm) || k !== 0.9999 || fe !== 500000 || (fn !== 0 && !Number.isNaN(fn))) return null;
  return cm;
}

/** Applies `fn` to every position of a geometry from shpjs (fixed depth by type). */
function mapPositions(g: Geometry, fn: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point': return { ...g, coordinates: fn(g.coordinates) };
    case 'MultiPoint': case 'LineString': return { ...g, coordinates: g.coordinates.map(fn) };
    case 'MultiLineString': case 'Polygon': return { ...g, coordinates: g.coordinates.map((r) => r.map(fn)) };
    case 'MultiPolygon': return { ...g, coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };
    default: return g;
  }
}

function text(entries: ZipEntries, path: string | undefined): string | undefined {
  const bytes = path === undefined ? undefined : entries.get(path);
  return bytes ? decoder.decode(bytes) : undefined;
}

/** Reads one layer (the .shp at `base` + ".shp" and its siblings); null if it cannot be read. */
function readLayer(
  entries: ZipEntries, base: string, byLower: Map<string, string>, log: MessageLog,
): { features: RawFeature[]; convertedFrom?: MetresHint } | null {
  const layer = base.split('/').pop() ?? base;
  const sibling = (ext: string): string | undefined => byLower.get(`${base}.${ext}`.toLowerCase());
  const prjText = text(entries, sibling('prj'));
  let prj: string | undefined;
  let transform: ((p: Position) => Position) | null = null;
  let convertedFrom: MetresHint | undefined;
  if (prjText === undefined) log.add('shapefile-no-prj', null, 'none', { layer });
  else {
    const cm = vn2000Tm3Meridian(prjText);
    if (cm !== null) {
      const { fromVn2000 } = vn2000Projection(cm);
      transform = (p) => fromVn2000(p);
      convertedFrom = 'vn2000-tm3';
      log.add('prj-honoured', null, 'reprojected', { layer, crs: `VN-2000 / TM-3 ${meridianLabel(cm)}` });
    } else {
      try {
        proj4(prjText);
        prj = prjText;
        const crsName = /^\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\["([^"]{1,80})"/i.exec(prjText)?.[1] ?? '.prj';
        const projected = /^\s*PROJ/i.test(prjText);
        if (projected) convertedFrom = /UTM[^"]*48/i.test(crsName) ? 'utm48' : 'unknown';
        log.add('prj-honoured', null, projected ? 'reprojected' : 'none', { layer, crs: crsName });
      } catch {
        log.add('prj-unreadable', null, 'ignored', { layer });
      }
    }
  }
  const shp = entries.get(sibling('shp') ?? '');
  const dbf = entries.get(sibling('dbf') ?? '');
  if (!dbf) log.add('shapefile-no-dbf', null, 'kept', { layer });
  try {
    if (!shp) throw new Error('missing .shp');
    const geometries = parseShp(shp, prj);
    const rows = dbf ? parseDbf(dbf, text(entries, sibling('cpg'))) : [];
    const features = geometries.map((g, i) => ({
      geometry: g && transform ? mapPositions(g, transform) : g,
      properties: rows[i] ?? {},
    }));
    return convertedFrom ? { features, convertedFrom } : { features };
  } catch {
    log.add('shapefile-invalid', null, 'refused', { layer });
    return null;
  }
}

/** Reads the Shapefile layers of an already opened zip; null when refused. */
export function readShapefileZip(bytes: Uint8Array, log: MessageLog): ReadInput | null {
  const zip = readZip(bytes, (n) => /\.(shp|dbf|prj|cpg)$/i.test(n) && !n.includes('__MACOSX'), MAX_UNZIPPED_BYTES);
  if (!zip.ok) {
    if (zip.reason === 'too-large') log.add('zip-too-large', null, 'refused', { limitMb: megabytes(MAX_UNZIPPED_BYTES) });
    else log.add('zip-invalid', null, 'refused');
    return null;
  }
  const byLower = new Map([...zip.entries.keys()].map((k) => [k.toLowerCase(), k]));
  const bases = [...zip.entries.keys()].filter((k) => /\.shp$/i.test(k)).map((k) => k.slice(0, -4));
  if (bases.length === 0) {
    log.add('zip-no-data', null, 'refused');
    return null;
  }
  const features: RawFeature[] = [];
  let convertedFrom: MetresHint | undefined;
  for (const base of bases) {
    const layer = readLayer(zip.entries, base, byLower, log);
    if (!layer) return null;
    features.push(...layer.features);
    convertedFrom ??= layer.convertedFrom;
    if (features.length > MAX_FEATURES) {
      log.add('too-many-features', null, 'refused', { count: features.length, limit: MAX_FEATURES });
      return null;
    }
  }
  return convertedFrom ? { features, declared: null, convertedFrom } : { features, declared: null };
}
