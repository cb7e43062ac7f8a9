/**
 * Times the import pipeline (`npm run bench:import`) on a ~20 MB GeoJSON generated in memory
 * (24-vertex polygons near Sóc Trăng, `scripts/make_import_fixtures.ts`). Prints decode+parse and
 * validate times, the longest gap between progress reports, and peak memory sampled at every
 * progress report (the pipeline is synchronous, so a timer could not sample it).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { largeGeoJsonText } from '../scripts/make_import_fixtures.ts';
import { importBytes } from '../src/import/pipeline.ts';

// A gc() between runs, so each run's memory is measured from the same floor.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TARGET_MB = Number(process.argv[2] ?? 20);
const RUNS = 3;
const mb = (bytes: number): string => (bytes / 1048576).toFixed(0);

const text = largeGeoJsonText(TARGET_MB * 1024 * 1024);
const bytes = new TextEncoder().encode(text);
console.log(`input: ${(bytes.length / 1048576).toFixed(1)} MB GeoJSON`);

for (let run = 1; run <= RUNS; run++) {
  gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const marks = new Map<string, number>();
  let reports = 0;
  let last = performance.now();
  let maxGap = 0;
  const t0 = performance.now();
  const result = await importBytes(bytes, 'bench.geojson', {
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
  const parse = (marks.get('validate') ?? 0) - (marks.get('parse') ?? 0);
  const validate = (marks.get('done') ?? 0) - (marks.get('validate') ?? 0);
  console.log(
    `run ${run}: ${result.stats.inputFeatures} features, ${result.stats.kept} kept, ` +
    `decode+parse ${parse.toFixed(0)} ms, validate ${validate.toFixed(0)} ms, total ${total.toFixed(0)} ms; ` +
    `${reports} progress reports, longest gap ${maxGap.toFixed(0)} ms; ` +
    `peak RSS ${mb(peakRss)} MB, peak heap ${mb(peakHeap)} MB (heap before ${mb(base.heapUsed)} MB)`,
  );
}
