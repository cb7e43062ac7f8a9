/**
 * Times the import pipeline (`npm run bench:import`) on files generated in memory, each against a baseline
 * measured in the same run — `JSON.parse` of the same text — so the ratio means something on a shared machine:
 * - a 47 MB GeoJSON of survey-like plots of 160 points each near Sóc Trăng (`scripts/import_samples.ts`);
 * - 30,000 small parcels with declared areas (`scripts/import_samples.ts`);
 * - one boundary of 200,000 points, then its overlap with the shipped zones (what the overlap worker does).
 * Prints decode+parse and validate+measure times, the longest gap between progress reports, and peak memory
 * sampled at every progress report (the pipeline is synchronous, so a timer could not sample it).
 * `npm run bench:import -- 20` uses a 20 MB file instead of 47 MB.
 */
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detailedBoundaryText, parcelsGeoJsonText, surveyPlotsText } from '../scripts/import_samples.ts';
import { parseZoneCollection } from '../src/domain/zone_parser.ts';
import { analyseOverlap } from '../src/import/overlap.ts';
import { importBytes } from '../src/import/pipeline.ts';
import type { ImportResult } from '../src/import/types.ts';

// A gc() between runs, so each run's memory is measured from the same floor.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const LARGE_MB = Number(process.argv[2] ?? 47);
const RUNS = 2;
const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);

/** Imports `text` RUNS times, printing each run against JSON.parse of the same text; returns the last result. */
async function bench(label: string, name: string, text: string): Promise<ImportResult> {
  const bytes = new TextEncoder().encode(text);
  console.log(`\n${label}: ${(bytes.length / 1e6).toFixed(1)} MB`);
  let result: ImportResult | undefined;
  for (let run = 1; run <= RUNS; run++) {
    gc();
    const p0 = performance.now();
    JSON.parse(text);
    const parseBaseline = performance.now() - p0;
    gc();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const marks = new Map<string, number>();
    let reports = 0;
    let last = performance.now();
    let maxGap = 0;
    const t0 = performance.now();
    result = await importBytes(bytes, name, {
      onProgress: (_fraction, stage) => {
        const now = performance.now();
        reports++;
        maxGap = Math.max(maxGap, now - last);
        last = now;
        if (!marks.has(stage)) marks.set(stage, now);
        const m = process.memoryUsage();
        peakRss = Math.max(peakRss, m.rss);
        peakHeap = Math.max(peakHeap, m.heapUsed);
      },
    });
    const total = performance.now() - t0;
    if (result.stats.kept === 0) {
      console.log(`run ${run}: nothing kept (${result.messages.map((m) => m.code).join(', ')}) in ${total.toFixed(0)} ms`);
      continue;
    }
    const parse = (marks.get('validate') ?? 0) - (marks.get('parse') ?? 0);
    const validate = (marks.get('done') ?? 0) - (marks.get('validate') ?? 0);
    console.log(
      `run ${run}: ${result.stats.inputFeatures} features, ${result.stats.kept} kept; ` +
      `decode+parse ${parse.toFixed(0)} ms, validate+measure ${validate.toFixed(0)} ms, total ${total.toFixed(0)} ms ` +
      `= ${(total / parseBaseline).toFixed(1)} × JSON.parse (${parseBaseline.toFixed(0)} ms); ` +
      `${reports} progress reports, longest gap ${maxGap.toFixed(0)} ms; ` +
      `peak RSS ${mb(peakRss)} MB, peak heap ${mb(peakHeap)} MB (heap before ${mb(base.heapUsed)} MB)`,
    );
  }
  return result!;
}

await bench(`large GeoJSON of survey plots (${LARGE_MB} MB target)`, 'large.geojson', surveyPlotsText(LARGE_MB * 1e6));
await bench('30,000 parcels', 'parcels.geojson', parcelsGeoJsonText(30_000));
const detailed = await bench('one boundary of 200,000 points', 'detailed.geojson', detailedBoundaryText(200_000));

const zones = parseZoneCollection(JSON.parse(readFileSync(new URL('../geodata/zones.geojson', import.meta.url), 'utf8')) as unknown).features
  .map((z) => ({ id: z.properties.id, geometry: z.geometry, officialHa: z.properties.official_area_ha, comparable: z.properties.kind !== 'economic-zone' }));
const f = detailed.features[0]!;
for (let run = 1; run <= RUNS; run++) {
  const t0 = performance.now();
  const a = analyseOverlap(f.geometry, f.measure.areas.vn2000M2, zones);
  const ms = performance.now() - t0;
  console.log(
    `overlap run ${run}: ${ms.toFixed(0)} ms in the worker's code; outline ${a.simplified ? `simplified ${a.simplified.from} → ${a.simplified.to} points (within ${a.simplified.toleranceM.toFixed(1)} m)` : 'not simplified'}; ` +
    `overlaps ${a.overlaps.map((o) => `${o.id} ${o.overlapHa.toFixed(2)} ha`).join(', ') || 'none'}`,
  );
}
