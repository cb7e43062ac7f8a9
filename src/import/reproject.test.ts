/**
 * Reprojection from metres, checked against values found without the code under test: the
 * fixtures hold round grid numbers; on the central meridian a Transverse Mercator easting is
 * exactly the false easting and the northing is k0 × the meridian arc (own series below); and a
 * 100 m × 100 m grid square is 1 ha on the ground to within the grid scale (< 0.05 %).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { areaEllipsoidalSquareMetres, vn2000Proj4Definition, vn2000Projection } from '../domain/area.ts';
import { importBytes } from './pipeline.ts';
import type { ImportOptions, ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');
const run = (name: string, opts: ImportOptions = {}): Promise<ImportResult> =>
  importBytes(new Uint8Array(readFileSync(join(DIR, name))), name, opts);

/** Meridian arc length (m) from the equator to latitude `latDeg` on WGS84 (Helmert's series in n, to n⁴). */
function meridianArc(latDeg: number): number {
  const a = 6378137;
  const f = 1 / 298.257223563;
  const n = f / (2 - f);
  const phi = (latDeg * Math.PI) / 180;
  return (a / (1 + n)) * ((1 + n ** 2 / 4 + n ** 4 / 64) * phi
    - 1.5 * (n - n ** 3 / 8) * Math.sin(2 * phi)
    + (15 / 16) * (n ** 2 - n ** 4 / 4) * Math.sin(4 * phi)
    - (35 / 48) * n ** 3 * Math.sin(6 * phi)
    + (315 / 512) * n ** 4 * Math.sin(8 * phi));
}

const ring0 = (r: ImportResult, i: number): Position[] => {
  const g = r.features[i]?.geometry;
  return (g?.type === 'Polygon' ? g.coordinates[0] : undefined) ?? [];
};
/** The output vertex nearest the grid corner's image (rewinding may reorder a ring). */
const vertexNear = (ring: Position[], lon: number, lat: number): Position =>
  [...ring].sort((p, q) => Math.hypot((p[0] ?? 0) - lon, (p[1] ?? 0) - lat) - Math.hypot((q[0] ?? 0) - lon, (q[1] ?? 0) - lat))[0] ?? [];

describe('VN-2000 / TM-3 metres', () => {
  const cm = 105.5;
  const towgs84 = /\+towgs84=(\S+)/.exec(vn2000Proj4Definition(cm))?.[1] ?? '';
  const vn2000Geographic = `+proj=longlat +ellps=WGS84 +towgs84=${towgs84} +no_defs`;

  it('are detected and held back with the reprojection offered', async () => {
    const r = await run('vn2000-metres.geojson');
    expect(r.detected).toEqual({ format: 'geojson', crs: 'metres', metresHint: 'unknown' });
    expect(r.offers).toEqual(['reproject-vn2000']);
    expect(r.features).toEqual([]);
    expect(r.messages[0]).toMatchObject({ code: 'metres-detected', params: { x: 500050, y: 1060050 } });
  });

  it('on the central meridian: easting 500,000 m is longitude 105°30′ in VN-2000, northing is k0 × meridian arc', async () => {
    const r = await run('vn2000-metres.geojson', { sourceCrs: { kind: 'vn2000-tm3', centralMeridianDeg: cm } });
    expect(r.detected).toEqual({ format: 'geojson', crs: 'metres', metresHint: 'vn2000-tm3' });
    expect(r.stats.kept).toBe(2);
    const ring = ring0(r, 0);
    // The corner (500000, 1060000) is the vertex with the smallest lon and lat.
    const corner = [...ring].sort((p, q) => (p[0] ?? 0) + (p[1] ?? 0) - (q[0] ?? 0) - (q[1] ?? 0))[0] ?? [];
    const [lonV, latV] = proj4('WGS84', vn2000Geographic, [corner[0] ?? NaN, corner[1] ?? NaN]);
    expect(Math.abs((lonV ?? NaN) - cm)).toBeLessThan(1e-7); // 1e-7° ≈ 1 cm (the datum shift round trip is not exact)
    expect(Math.abs(0.9999 * meridianArc(latV ?? NaN) - 1_060_000)).toBeLessThan(0.01);
  });

  it('a 100 m × 100 m grid square is 1 ha on the ellipsoid within 0.05 %, a 1 km square 100 ha', async () => {
    const r = await run('vn2000-metres.geojson', { sourceCrs: { kind: 'vn2000-tm3', centralMeridianDeg: cm } });
    const [small, large] = r.features.map((f) => areaEllipsoidalSquareMetres(f.geometry));
    expect(Math.abs((small ?? 0) / 10_000 - 1)).toBeLessThan(0.0005);
    expect(Math.abs((large ?? 0) / 1_000_000 - 1)).toBeLessThan(0.0005);
  });

  it('round-trips to the file’s grid values within 1 cm', async () => {
    const r = await run('vn2000-metres.geojson', { sourceCrs: { kind: 'vn2000-tm3', centralMeridianDeg: cm } });
    const { toVn2000 } = vn2000Projection(cm);
    const grid = r.features.flatMap((_, i) => ring0(r, i).map((p) => toVn2000(p)));
    const expected = [[500_000, 1_060_000], [500_100, 1_060_100], [551_000, 1_061_000], [552_000, 1_062_000]];
    for (const [x, y] of expected) {
      const nearest = Math.min(...grid.map(([gx, gy]) => Math.hypot(gx - (x ?? 0), gy - (y ?? 0))));
      expect(nearest).toBeLessThan(0.01);
    }
  });

  it('a Shapefile whose .prj says VN-2000 / TM-3 105°30′ lands where the GeoJSON + choice lands', async () => {
    const shp = await run('vn2000-shapefile.zip');
    const json = await run('vn2000-metres.geojson', { sourceCrs: { kind: 'vn2000-tm3', centralMeridianDeg: cm } });
    expect(shp.detected).toEqual({ format: 'shapefile', crs: 'metres', metresHint: 'vn2000-tm3' });
    expect(shp.messages[0]).toMatchObject({ code: 'prj-honoured', action: 'reprojected', params: { crs: 'VN-2000 / TM-3 105°30′' } });
    for (const i of [0, 1]) {
      for (const p of ring0(json, i)) {
        const q = vertexNear(ring0(shp, i), p[0] ?? 0, p[1] ?? 0);
        expect(Math.hypot((q[0] ?? 0) - (p[0] ?? 0), (q[1] ?? 0) - (p[1] ?? 0))).toBeLessThan(1e-9);
      }
    }
  });
});

describe('UTM 48N declared in a legacy crs member', () => {
  it('is reprojected: easting 500,000 m is exactly 105° E, northing is 0.9996 × meridian arc', async () => {
    const r = await run('utm48-metres.geojson');
    expect(r.detected).toEqual({ format: 'geojson', crs: 'metres', metresHint: 'utm48' });
    expect(r.messages[0]).toMatchObject({ code: 'crs-honoured', action: 'reprojected' });
    const ring = ring0(r, 0);
    const corner = [...ring].sort((p, q) => (p[0] ?? 0) + (p[1] ?? 0) - (q[0] ?? 0) - (q[1] ?? 0))[0] ?? [];
    expect(Math.abs((corner[0] ?? NaN) - 105)).toBeLessThan(1e-9);
    expect(Math.abs(0.9996 * meridianArc(corner[1] ?? NaN) - 1_060_000)).toBeLessThan(0.01);
  });
});
