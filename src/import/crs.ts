/**
 * Which coordinate system a file is in, and the transform to WGS84 lon/lat. Declared systems
 * (legacy GeoJSON `crs` member) are honoured only where the code is certain; otherwise the values
 * decide: degrees inside Vietnam, degrees that land in Vietnam once swapped, or grid metres.
 */
import proj4 from 'proj4';
import { vn2000Proj4Definition, vn2000Projection } from '../domain/area.ts';
import { VIETNAM_BBOX } from './limits.ts';
import type { MessageLog } from './messages.ts';
import type { DetectedCrs, ImportOffer, ImportOptions, MetresHint } from './types.ts';
import { meridianLabel } from '../domain/vn2000_meridians.ts';

/** A coordinate system declared by the file. */
export type DeclaredCrs =
  | { kind: 'wgs84'; label: string }
  | { kind: 'proj4'; def: string; label: string; hint: MetresHint }
  | { kind: 'unrecognised'; label: string };

/** Projected systems whose EPSG codes are certain, as proj4 definitions. */
const KNOWN_PROJECTED: Record<number, { def: string; label: string; hint: MetresHint }> = {
  3857: { def: 'EPSG:3857', label: 'EPSG:3857 (Web Mercator)', hint: 'unknown' },
  32648: { def: '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs', label: 'EPSG:32648 (WGS 84 / UTM 48N)', hint: 'utm48' },
  // VN-2000 / UTM zone 48N: Transverse Mercator at 105° E, k = 0.9996, on the VN-2000 datum.
  3405: {
    def: vn2000Proj4Definition(105).replace('+k=0.9999', '+k=0.9996'),
    label: 'EPSG:3405 (VN-2000 / UTM 48N)', hint: 'utm48',
  },
};

/** Reads a legacy GeoJSON `crs` member (`{type:"name", properties:{name}}` or `{type:"EPSG", properties:{code}}`). */
export function crsFromGeoJsonMember(crs: unknown): DeclaredCrs | null {
  if (typeof crs !== 'object' || crs === null) return null;
  const props = (crs as { properties?: unknown }).properties;
  if (typeof props !== 'object' || props === null) return null;
  const { name, code } = props as { name?: unknown; code?: unknown };
  const text = typeof name === 'string' ? name.slice(0, 120) : typeof code === 'number' ? `EPSG:${code}` : null;
  if (text === null) return null;
  if (/CRS:?84\s*$/i.test(text)) return { kind: 'wgs84', label: 'OGC CRS84' };
  const epsg = /EPSG/i.test(text) ? /(\d+)\s*$/.exec(text) : null;
  const n = epsg ? Number(epsg[1]) : NaN;
  if (n === 4326) return { kind: 'wgs84', label: 'EPSG:4326' };
  const known = KNOWN_PROJECTED[n];
  if (known) return { kind: 'proj4', ...known };
  return { kind: 'unrecognised', label: text };
}

type Klass = 'vn' | 'swapped' | 'metres' | 'degrees' | 'other';

function inVietnam(lon: number, lat: number): boolean {
  return lon >= VIETNAM_BBOX.west && lon <= VIETNAM_BBOX.east && lat >= VIETNAM_BBOX.south && lat <= VIETNAM_BBOX.north;
}

/** Grid metres as VN-2000 TM-3 or UTM 48/49N give them over Vietnam. */
function looksLikeMetres(x: number, y: number): boolean {
  return x >= 100_000 && x <= 1_000_000 && y >= 800_000 && y <= 2_700_000;
}

function classify([x, y]: readonly [number, number]): Klass {
  if (inVietnam(x, y)) return 'vn';
  if (inVietnam(y, x)) return 'swapped';
  if (looksLikeMetres(x, y)) return 'metres';
  if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'degrees';
  return 'other';
}

/** How to read the coordinates of the whole file. */
export interface CrsDecision {
  crs: DetectedCrs;
  metresHint?: MetresHint;
  offers: ImportOffer[];
  /** Position transform to WGS84 lon/lat, or null to keep the values. */
  transform: ((x: number, y: number) => [number, number]) | null;
  /** The coordinates cannot be placed without the user's choice: keep no feature. */
  holdBack: boolean;
}

/**
 * Decides the file's coordinate system from the user's options, the declared system and one
 * sample position per feature (the centre of its bounding box), in that order of precedence.
 */
export function decideCrs(
  samples: ReadonlyArray<readonly [number, number]>,
  declared: DeclaredCrs | null,
  opts: Pick<ImportOptions, 'sourceCrs' | 'swapLatLon'>,
  log: MessageLog,
): CrsDecision {
  if (opts.sourceCrs) {
    const cm = opts.sourceCrs.centralMeridianDeg;
    const { fromVn2000 } = vn2000Projection(cm);
    log.add('reprojected-vn2000', null, 'reprojected', { cm: meridianLabel(cm) });
    return { crs: 'metres', metresHint: 'vn2000-tm3', offers: [], transform: (x, y) => fromVn2000([x, y]), holdBack: false };
  }
  if (declared?.kind === 'proj4') {
    const converter = proj4(declared.def, 'WGS84');
    log.add('crs-honoured', null, 'reprojected', { crs: declared.label });
    return {
      crs: 'metres', metresHint: declared.hint, offers: [], holdBack: false,
      transform: (x, y) => {
        const p = converter.forward([x, y]);
        return [p[0] ?? NaN, p[1] ?? NaN];
      },
    };
  }
  if (declared?.kind === 'wgs84') log.add('crs-honoured', null, 'none', { crs: declared.label });
  if (declared?.kind === 'unrecognised') log.add('crs-unrecognised', null, 'ignored', { crs: declared.label });
  if (opts.swapLatLon) {
    log.add('swap-applied', null, 'swapped');
    return { crs: 'swapped', offers: [], transform: (x, y) => [y, x], holdBack: false };
  }
  const counts: Record<Klass, number> = { vn: 0, swapped: 0, metres: 0, degrees: 0, other: 0 };
  let metresSample: readonly [number, number] | null = null;
  for (const s of samples) {
    const k = classify(s);
    counts[k]++;
    if (k === 'metres' && !metresSample) metresSample = s;
  }
  const half = samples.length / 2;
  if (metresSample && counts.metres >= half) {
    log.add('metres-detected', null, 'held-back', { x: Math.round(metresSample[0]), y: Math.round(metresSample[1]) });
    return { crs: 'metres', metresHint: 'unknown', offers: ['reproject-vn2000'], transform: null, holdBack: true };
  }
  if (counts.swapped > 0 && counts.swapped >= half && counts.swapped > counts.vn) {
    log.add('swapped-detected', null, 'held-back', { count: counts.swapped });
    return { crs: 'swapped', offers: ['swap-lat-lon'], transform: null, holdBack: true };
  }
  const crs: DetectedCrs = samples.length === 0 || counts.vn + counts.degrees === 0 ? 'unknown' : 'wgs84';
  return { crs, offers: [], transform: null, holdBack: false };
}

/** Whether a lon/lat position lies in Vietnam's bounding box. */
export { inVietnam };
