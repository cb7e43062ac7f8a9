/**
 * Regenerates the cached GSHHG/WDBII intermediates in scripts/basemap/data/ from GMT.
 * Needs the Debian packages `gmt` and `gmt-gshhg-full` (GSHHG 2.3.x, LGPL-3+); the tile build does not.
 *
 *   npx tsx scripts/basemap/extract_gshhg.ts
 *
 * Two regions: the detailed frame at full resolution (-Df, all rivers and canals) for z9–z14, and the wider
 * context frame at high resolution (-Dh, major rivers, national borders) for z6–z8.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clipLineToFrame, roundPosition } from './clip.ts';
import { CONTEXT_FRAME, FRAME, PATHS } from './config.ts';
import { smoothShoreline } from './smooth.ts';
import { joinSegments, parseGmtSegments, polygoniseLand, sideProbes, type Chain, type Frame, type Position } from './shoreline.ts';
import { stableStringify } from '../lib/stable_json.ts';

/** Runs gmt in a scratch folder so its gmt.history file stays out of the repository. */
const scratch = mkdtempSync(join(tmpdir(), 'basemap-gmt-'));
const gmt = (args: string[], input?: string): string =>
  execFileSync('gmt', args, { input, cwd: scratch, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

/** WDBII river levels (GMT `coast -I` docs): 1–4 rivers by size, 5–8 intermittent, 10–12 canals. */
function riverKind(level: number): { kind: string; rank: number } | null {
  if (level >= 1 && level <= 4) return { kind: 'river', rank: level };
  if (level >= 5 && level <= 8) return { kind: 'intermittent', rank: level - 4 };
  if (level >= 10 && level <= 12) return { kind: 'canal', rank: level - 9 };
  return null;
}

interface Region {
  frame: Frame;
  /** GMT resolution letter: f full, h high. */
  resolution: 'f' | 'h';
  /** `coast -I` selections for rivers. */
  rivers: string[];
  /** Add WDBII national borders (`coast -N1`) to the lines file. */
  borders: boolean;
  landPath: string;
  linesPath: string;
}

const REGIONS: Region[] = [
  { frame: FRAME, resolution: 'f', rivers: ['-Ia'], borders: false, landPath: PATHS.land, linesPath: PATHS.rivers },
  { frame: CONTEXT_FRAME, resolution: 'h', rivers: ['-I1', '-I2'], borders: true, landPath: PATHS.contextLand, linesPath: PATHS.contextLines },
];

function extract(r: Region): string {
  const region = `-R${r.frame[0]}/${r.frame[2]}/${r.frame[1]}/${r.frame[3]}`;
  const res = `-D${r.resolution}`;
  /** Asks `gmt select` which probe points are on land (ocean/lake/pond skipped, land/island kept). */
  const landFlags = (points: Position[]): boolean[] => {
    const input = points.map((p, i) => `${p[0]} ${p[1]} ${i}`).join('\n') + '\n';
    const kept = new Set(gmt(['select', region, res, '-Ns/k/s/k/s'], input).trim().split('\n').filter(Boolean)
      .map((l) => Number(l.trim().split(/\s+/)[2])));
    return points.map((_, i) => kept.has(i));
  };
  const raw = joinSegments(parseGmtSegments(gmt(['coast', region, res, '-W', '-M'])));
  const probes = raw.map((c) => sideProbes(c));
  const flags = landFlags(probes.flatMap((p) => [p.left, p.right]));
  const rawLeft = raw.map((c, i) => {
    const left = flags[2 * i] ?? false;
    if (!c.closed && left === (flags[2 * i + 1] ?? false)) throw new Error(`cannot tell the land side of a level-${c.level} shoreline`);
    return left;
  });
  const smoothed = raw.map((c) => ({ ...c, points: r.resolution === 'f' ? smoothShoreline(c.points, c.closed) : c.points }));
  const chains = smoothed.filter((c): c is Chain => c.points !== null);
  const left = rawLeft.filter((_, i) => smoothed[i]?.points !== null);
  const [w, s, e, n] = r.frame;
  const frameIsLand = landFlags([[(w + e) / 2, (s + n) / 2]])[0] ?? false;
  const land = polygoniseLand(chains, left, r.frame, frameIsLand).map((poly) => poly.map((ring) => ring.map((p) => roundPosition(p))));
  writeFileSync(resolve(r.landPath), stableStringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { source: `GSHHG 2.3 (gmt coast -D${r.resolution})`, frame: r.frame },
      geometry: { type: 'MultiPolygon', coordinates: land } }],
  }));
  const line = (points: Position[], properties: Record<string, string | number>): object[] =>
    clipLineToFrame(points, r.frame).map((l) => ({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: l.map((p) => roundPosition(p)) } }));
  const rivers = parseGmtSegments(gmt(['coast', region, res, ...r.rivers, '-M'])).flatMap((seg) => {
    const k = riverKind(seg.level);
    const pts = r.resolution === 'f' ? smoothShoreline(seg.points, false) ?? seg.points : seg.points;
    return k ? line(pts, { kind: k.kind, rank: k.rank, level: seg.level }) : [];
  });
  const borders = r.borders
    ? parseGmtSegments(gmt(['coast', region, res, '-N1', '-M'])).flatMap((seg) => line(seg.points, { kind: 'country' }))
    : [];
  writeFileSync(resolve(r.linesPath), stableStringify({ type: 'FeatureCollection', features: [...rivers, ...borders] }));
  return `${r.landPath}: ${land.length} polygons from ${chains.length} shorelines; ${r.linesPath}: ${rivers.length} rivers, ${borders.length} borders`;
}

try {
  for (const r of REGIONS) console.log(extract(r));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
