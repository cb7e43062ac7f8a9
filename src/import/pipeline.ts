/**
 * The import pipeline, pure (runs in node tests and in the import worker): bytes of a GeoJSON,
 * KML, KMZ or zipped Shapefile → valid WGS84 polygons with RFC 7946 winding, plus one message per
 * problem saying what was done. Never throws for bad input; limits are in `limits.ts`.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { readParts, type Part, type ReadParts } from './coordinates.ts';
import { decideCrs, inVietnam, type CrsDecision } from './crs.ts';
import { extractPolygons } from './geometry_extract.ts';
import { MAX_IMPORT_BYTES, MAX_VERTICES_PER_FEATURE, megabytes } from './limits.ts';
import { featureLabel, MessageLog } from './messages.ts';
import { checkIds, sourceIdOf } from './ids.ts';
import { logMeasures, measureFeature } from './measure.ts';
import { nameOf, plainProperties } from './properties.ts';
import type { RawFeature } from './raw_feature.ts';
import { readInput } from './read_input.ts';
import { checkParts } from './rings.ts';
import type { Detected, ImportedFeature, ImportOptions, ImportResult, ImportStage, JsonValue } from './types.ts';
import { bboxCentre, ringsBbox } from '../domain/geometry.ts';

/** A feature that passed reading, waiting for the coordinate-system decision. */
interface Candidate {
  index: number;
  label: string;
  name: string | null;
  sourceId: string | number | undefined;
  props: { [key: string]: JsonValue } | null;
  read: ReadParts;
  droppedParts: boolean;
}

type Progress = (fraction: number, stage: ImportStage) => void;

/** Progress callback that reports a loop of `n` steps between two fractions about every 2 %. */
function loopProgress(progress: Progress, n: number, from: number, to: number): (i: number) => void {
  const every = Math.max(1, Math.floor(n / 50));
  return (i) => {
    if (i % every === 0) progress(from + ((to - from) * i) / n, 'validate');
  };
}

/** Centre of the bounds of a feature's exterior rings. */
function partsCentre(parts: Part[]): [number, number] {
  return bboxCentre(ringsBbox(parts.map((p) => p[0] ?? [])));
}

function readCandidates(raw: RawFeature[], log: MessageLog, tick: (i: number) => void): Candidate[] {
  const out: Candidate[] = [];
  raw.forEach((f, i) => {
    tick(i);
    const props = plainProperties(f.properties);
    const sourceId = sourceIdOf(f.id);
    // A feature without a name is known by its own id, then by its place in the file.
    const name = nameOf(props) ?? (sourceId === undefined ? null : String(sourceId));
    const label = featureLabel(i + 1, name);
    const extracted = extractPolygons(f.geometry, label, log);
    const read = extracted && readParts(extracted.polygons, label, log, MAX_VERTICES_PER_FEATURE);
    if (extracted && read) out.push({ index: i + 1, label, name, sourceId, props, read, droppedParts: extracted.droppedParts });
  });
  return out;
}

/** Transforms, range-checks and validates one candidate; null (logged) if rejected. */
function finish(c: Candidate, decision: CrsDecision, log: MessageLog): { geometry: Polygon | MultiPolygon; rewound: boolean; repaired: boolean } | null {
  const { transform } = decision;
  for (const ring of c.read.parts.flat()) {
    for (let k = 0; k < ring.length; k++) {
      const p = ring[k] ?? [NaN, NaN];
      const q = transform ? transform(p[0], p[1]) : p;
      if (!(Math.abs(q[0]) <= 180 && Math.abs(q[1]) <= 90)) {
        log.add('coordinates-out-of-range', c.label, 'rejected', { lon: q[0], lat: q[1] });
        return null;
      }
      ring[k] = q;
    }
  }
  const checked = checkParts(c.read.parts, c.label, log, c.read.numbers);
  if (!checked) return null;
  const [lon, lat] = partsCentre(checked.parts);
  if (!inVietnam(lon, lat)) {
    log.add('outside-vietnam', c.label, 'kept', { lon: Math.round(lon * 1e4) / 1e4, lat: Math.round(lat * 1e4) / 1e4 });
  }
  const geometry: Polygon | MultiPolygon = checked.parts.length === 1
    ? { type: 'Polygon', coordinates: checked.parts[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: checked.parts };
  return { geometry, rewound: checked.rewound, repaired: checked.repaired || c.read.repaired || c.droppedParts };
}

/**
 * Imports one file's bytes. `fileName` only breaks ties between formats (content decides first).
 * With `opts.swapLatLon` or `opts.sourceCrs` the matching fix is applied to every position.
 */
export async function importBytes(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const progress: Progress = opts.onProgress ?? (() => undefined);
  const log = new MessageLog();
  const refused = (format: Detected['format'], inputFeatures = 0): ImportResult => ({
    features: [], messages: log.finish(), detected: { format, crs: 'unknown' }, offers: [],
    stats: { inputFeatures, kept: 0, skipped: inputFeatures, repaired: 0 },
  });
  progress(0, 'read');
  if (bytes.length > MAX_IMPORT_BYTES) {
    log.add('file-too-large', null, 'refused', { sizeMb: megabytes(bytes.length), limitMb: megabytes(MAX_IMPORT_BYTES) });
    return refused('unknown');
  }
  if (bytes.length === 0) {
    log.add('empty-file', null, 'refused');
    return refused('unknown');
  }
  progress(0.05, 'parse');
  const { format, input } = readInput(bytes, fileName, log);
  if (!input) return refused(format);
  const n = input.features.length + (input.unreadable ?? 0);
  if (n === 0) {
    log.add('no-features', null, 'none');
    return refused(format);
  }
  progress(0.3, 'validate');
  const candidates = readCandidates(input.features, log, loopProgress(progress, input.features.length, 0.3, 0.6));
  const decision = decideCrs(candidates.map((c) => partsCentre(c.read.parts)), input.declared, opts, log);
  // Positions of four or more numbers (x, y, z, m) are not "3D": they get their own note, counted apart from Z.
  const zCount = candidates.filter((c) => c.read.hadZ && c.read.extraValues === 0).length;
  if (zCount > 0) log.add('z-dropped', null, 'dropped-z', { count: zCount });
  const extra = candidates.filter((c) => c.read.extraValues > 0);
  if (extra.length > 0) {
    const values = extra.reduce((most, c) => Math.max(most, c.read.extraValues), 0);
    log.add('extra-values-dropped', null, 'dropped-extra', { count: extra.length, values });
  }
  const features: ImportedFeature[] = [];
  const labels = new Map<ImportedFeature, string>();
  let rewound = 0;
  let repaired = 0;
  if (!decision.holdBack) {
    const tick = loopProgress(progress, candidates.length, 0.6, 0.99);
    candidates.forEach((c, i) => {
      tick(i);
      const done = finish(c, decision, log);
      if (!done) return;
      if (done.rewound) rewound++;
      if (done.repaired) repaired++;
      const feature: ImportedFeature = {
        type: 'Feature', id: `import-${features.length + 1}`, index: c.index, label: c.name ?? `#${c.index}`,
        properties: c.props, geometry: done.geometry, measure: measureFeature(done.geometry, c.props),
      };
      if (c.sourceId !== undefined) feature.sourceId = c.sourceId;
      features.push(feature);
      labels.set(feature, c.label);
    });
  }
  checkIds(features.map((f) => ({ sourceId: f.sourceId, label: labels.get(f) ?? f.label })), log);
  logMeasures(features, (f) => labels.get(f) ?? f.label, log);
  if (rewound > 0) log.add('winding-fixed', null, 'rewound', { count: rewound });
  if (features.length === 0 && !decision.holdBack) log.add('no-polygons', null, 'none');
  const stats = { inputFeatures: n, kept: features.length, skipped: n - features.length, repaired };
  log.add('summary', null, 'none', { input: n, kept: stats.kept, skipped: stats.skipped, repaired });
  progress(1, 'done');
  const detected: Detected = { format, crs: decision.crs };
  if (decision.metresHint) detected.metresHint = decision.metresHint;
  if (input.convertedFrom && decision.crs === 'wgs84') Object.assign(detected, { crs: 'metres', metresHint: input.convertedFrom });
  return { features, messages: log.finish(), detected, offers: decision.offers, stats };
}
