/**
 * The first-view bench's report: medians over the rounds, the ratios of the app to its two baselines, and one
 * markdown table (pages as columns) to paste into `bench/README.md`.
 */
import type { LoadResult, PageId, ThrottledResult } from './load.ts';
import { REQUEST_KINDS } from './network.ts';

/** Everything one run of the bench measured; written as JSON beside the printed report. */
export interface BenchResults {
  date: string;
  /** The app measured: 'this checkout' or the build directory given with `--app=`. */
  app: string;
  machine: Machine;
  rounds: number;
  features: number;
  loads: Record<PageId, LoadResult[]>;
  throttled: { a: ThrottledResult[]; b: ThrottledResult[] };
}

/** The machine the figures come from. */
export interface Machine {
  cpu: string;
  cpus: number;
  memoryGiB: number;
  /** 1-minute load average when the bench started (the machine is shared). */
  loadAverage: number;
  chromium: string;
  /** WebGL's unmasked renderer string, e.g. SwiftShader. */
  webgl: string;
}

export const PAGE_NAMES: Record<PageId, string> = {
  a: '(a) app',
  b: '(b) bare MapLibre, app style + data',
  c: '(c) empty style + zones',
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');
const kb = (bytes: number): string => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');
const mb = (bytes: number | null): string => (bytes !== null && Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(1)} MB` : 'not measured');
const of = (runs: LoadResult[], f: (r: LoadResult) => number): number => median(runs.map(f));

/** Frame figures pooled over a page's runs: median and 95th-percentile interval, and frames per second. */
function frameFigures(runs: LoadResult[]): { median: number; p95: number; fps: number } {
  const all = runs.flatMap((r) => r.frames);
  const total = all.reduce((s, x) => s + x, 0);
  return { median: median(all), p95: quantile(all, 0.95), fps: total > 0 ? (1000 * all.length) / total : NaN };
}

/** Time to `map-idle`: median, min, max. */
function readyStats(runs: { readyMs: number }[]): { median: number; min: number; max: number } {
  const t = runs.map((r) => r.readyMs);
  return { median: median(t), min: Math.min(...t), max: Math.max(...t) };
}

/** The app's median time over another page's. */
export function ratio(res: BenchResults, base: PageId): number {
  return readyStats(res.loads.a).median / readyStats(res.loads[base]).median;
}

/** Rows of the summary: a label and one cell per page. */
function rows(res: BenchResults): Array<[string, Record<PageId, string>]> {
  const pages: PageId[] = ['a', 'b', 'c'];
  const row = (label: string, cell: (runs: LoadResult[], id: PageId) => string): [string, Record<PageId, string>] =>
    [label, Object.fromEntries(pages.map((id) => [id, cell(res.loads[id], id)])) as Record<PageId, string>];
  const thr = (id: PageId, f: (r: ThrottledResult) => number | null): string => {
    const runs = id === 'c' ? [] : res.throttled[id];
    const xs = runs.map(f).filter((x): x is number => x !== null);
    return runs.length === 0 ? '—' : `${ms(median(xs))} (${xs.map((x) => (x / 1000).toFixed(1)).join(', ')} s)`;
  };
  return [
    row('map-idle, median (min–max)', (r) => { const s = readyStats(r); return `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`; }),
    row('app ÷ this page (medians)', (_, id) => (id === 'a' ? '1' : ratio(res, id).toFixed(2))),
    row('UI usable (list, legend, search)', (r, id) => (id === 'a' ? ms(of(r, (x) => x.uiUsableMs ?? NaN)) : '—')),
    row(`zones on the map at idle (of ${res.features})`, (r) => `${Math.min(...r.map((x) => x.idleZones ?? 0))}–${Math.max(...r.map((x) => x.idleZones ?? 0))}`),
    row('requests by idle', (r) => `${of(r, (x) => x.network.total.requests)} (${of(r, (x) => x.network.notModified)} × 304)`),
    ...REQUEST_KINDS.map((k) => row(`  ${k}: requests, wire KB`, (r) => `${of(r, (x) => x.network.byKind[k].requests)}, ${kb(of(r, (x) => x.network.byKind[k].bytes))}`)),
    row('  total wire', (r) => kb(of(r, (x) => x.network.total.bytes))),
    row('JS by idle, gzip -9: MapLibre chunk', (r) => kb(of(r, (x) => x.js.maplibre))),
    row('  everything else (page thread)', (r) => kb(of(r, (x) => x.js.rest))),
    row('  MapLibre worker', (r) => kb(of(r, (x) => x.js.worker))),
    row('long tasks by idle: count', (r) => String(of(r, (x) => x.longTasks.count))),
    row('  longest (median; max)', (r) => `${ms(of(r, (x) => x.longTasks.longestMs))}; ${ms(Math.max(...r.map((x) => x.longTasks.longestMs)))}`),
    row('  blocking (Σ over 50 ms)', (r) => ms(of(r, (x) => x.longTasks.blockingMs))),
    row('JS heap at idle: page', (r) => mb(of(r, (x) => x.heap.pageUsed))),
    row('  workers (count)', (r) => `${mb(r.some((x) => x.heap.workersUsed === null) ? null : of(r, (x) => x.heap.workersUsed ?? NaN))} (${of(r, (x) => x.heap.workers)})`),
    row('renderer RSS at idle (page + workers)', (r) => mb(r.some((x) => x.rendererRss === null) ? null : of(r, (x) => x.rendererRss ?? NaN))),
    row('pan: frame median / p95', (r) => { const f = frameFigures(r); return `${f.median.toFixed(1)} / ${f.p95.toFixed(1)} ms`; }),
    row('  frames per second', (r) => frameFigures(r).fps.toFixed(1)),
    row('throttled: map-idle, median (runs)', (_, id) => thr(id, (x) => x.readyMs)),
    row('throttled: UI usable', (_, id) => (id === 'a' ? thr(id, (x) => x.uiUsableMs) : '—')),
  ];
}

/** The summary as a markdown table. */
export function markdownTable(res: BenchResults): string {
  const head = `| | ${PAGE_NAMES.a} | ${PAGE_NAMES.b} | ${PAGE_NAMES.c} |\n| --- | --- | --- | --- |`;
  return [head, ...rows(res).map(([label, c]) => `| ${label.trim()} | ${c.a} | ${c.b} | ${c.c} |`)].join('\n');
}

/** One line describing the machine. */
export function machineLine(m: Machine): string {
  return `${m.cpus} × ${m.cpu}, ${m.memoryGiB.toFixed(1)} GiB RAM, load average ${m.loadAverage.toFixed(2)} at start; ` +
    `Chromium ${m.chromium}, headless, WebGL: ${m.webgl}`;
}

/** The printed report: the plain summary, then the markdown table. */
export function printReport(res: BenchResults, jsonPath: string): void {
  const a = readyStats(res.loads.a);
  console.log(`\nfirst view of ${res.app}: ${res.rounds} rounds of a, b, c interleaved, fresh context each, ${machineLine(res.machine)}`);
  for (const id of ['a', 'b', 'c'] as const) {
    const s = readyStats(res.loads[id]);
    console.log(`  ${PAGE_NAMES[id].padEnd(38)} map-idle median ${ms(s.median)}, min ${ms(s.min)}, max ${ms(s.max)}`);
  }
  console.log(`  ratios of medians: a/b ${ratio(res, 'b').toFixed(2)}, a/c ${ratio(res, 'c').toFixed(2)} (app ${ms(a.median)})`);
  const width = Math.max(...rows(res).map(([l]) => l.length));
  console.log(`\n${''.padEnd(width)}  ${(['a', 'b', 'c'] as const).map((id) => id.padEnd(24)).join('')}`);
  for (const [label, c] of rows(res)) console.log(`${label.padEnd(width)}  ${c.a.padEnd(24)}${c.b.padEnd(24)}${c.c}`);
  console.log('\nBytes are on the wire (headers + body as vite preview sends it: JS, CSS and JSON gzipped, .geojson, fonts and');
  console.log('PMTiles not). JS gzip -9 is weighed from the files, as `npm run size` does (page thread: MapLibre chunk + the rest).');
  console.log('Worker heap: Runtime.getHeapUsage in each dedicated worker. RSS: the page\'s renderer process (VmRSS); WebGL');
  console.log('(SwiftShader) memory is in the GPU process and not counted. Throttled: Slow 3G (page and workers) and 4×');
  console.log('CPU on the page\'s main thread (Chromium cannot throttle workers: MapLibre\'s worker runs at full speed).');
  console.log(`\nmarkdown:\n\n${markdownTable(res)}\n\nfull results: ${jsonPath}`);
}
