/**
 * Regenerates the cached GSHHG/WDBII intermediates in scripts/basemap/data/ from GMT.
 * Needs the Debian packages `gmt` and `gmt-gshhg-full` (GSHHG 2.3.x, LGPL-3+); the tile build does not.
 *
 *   npx tsx scripts/basemap/extract_gshhg.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { clipLineToFrame, roundPosition } from './clip.ts';
import { FRAME, PATHS } from './config.ts';
import { smoothShoreline } from './smooth.ts';
import { joinSegments, parseGmtSegments, polygoniseLand, sideProbes, type Chain, type Position } from './shoreline.ts';
import { stableStringify } from './stable_json.ts';

const region = `-R${FRAME[0]}/${FRAME[2]}/${FRAME[1]}/${FRAME[3]}`;
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

/** Asks `gmt select` which of the probe points are on land (ocean/lake/pond skipped, land/island kept). */
function landFlags(points: Position[]): boolean[] {
  const input = points.map((p, i) => `${p[0]} ${p[1]} ${i}`).join('\n') + '\n';
  const kept = new Set(
    gmt(['select', region, '-Df', '-Ns/k/s/k/s'], input).trim().split('\n').filter(Boolean)
      .map((l) => Number(l.trim().split(/\s+/)[2])),
  );
  return points.map((_, i) => kept.has(i));
}

function orientations(chains: Chain[]): boolean[] {
  const probes = chains.map((c) => sideProbes(c));
  const flags = landFlags(probes.flatMap((p) => [p.left, p.right]));
  return chains.map((c, i) => {
    const left = flags[2 * i] ?? false;
    const right = flags[2 * i + 1] ?? false;
    if (!c.closed && left === right) throw new Error(`cannot tell the land side of a level-${c.level} shoreline`);
    return left;
  });
}

function main(): void {
  const raw = joinSegments(parseGmtSegments(gmt(['coast', region, '-Df', '-W', '-M'])));
  const rawLeft = orientations(raw);
  const smoothed = raw.map((c) => ({ ...c, points: smoothShoreline(c.points, c.closed) }));
  const chains = smoothed.filter((c): c is Chain => c.points !== null);
  const left = rawLeft.filter((_, i) => smoothed[i]?.points !== null);
  const [w, s, e, n] = FRAME;
  const frameIsLand = landFlags([[(w + e) / 2, (s + n) / 2]])[0] ?? false;
  const land = polygoniseLand(chains, left, FRAME, frameIsLand)
    .map((poly) => poly.map((ring) => ring.map((p) => roundPosition(p))));
  const landFc = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { source: 'GSHHG 2.3 full resolution (gmt coast -Df)', frame: FRAME },
      geometry: { type: 'MultiPolygon', coordinates: land } }],
  };
  writeFileSync(resolve(PATHS.land), stableStringify(landFc));

  const rivers = parseGmtSegments(gmt(['coast', region, '-Df', '-Ia', '-M']));
  const riverFeatures = rivers.flatMap((seg) => {
    const k = riverKind(seg.level);
    if (!k) return [];
    return clipLineToFrame(smoothShoreline(seg.points, false) ?? seg.points, FRAME).map((line) => ({
      type: 'Feature', properties: { kind: k.kind, rank: k.rank, level: seg.level },
      geometry: { type: 'LineString', coordinates: line.map((p) => roundPosition(p)) },
    }));
  });
  writeFileSync(resolve(PATHS.rivers), stableStringify({ type: 'FeatureCollection', features: riverFeatures }));
  console.log(`land: ${land.length} polygons; rivers: ${riverFeatures.length} lines (${chains.length} shoreline chains)`);
}

try {
  main();
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
