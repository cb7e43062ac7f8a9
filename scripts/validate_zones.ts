/**
 * `npm run validate [zones.geojson]`: checks geodata/zones.geojson (or the given file) (GeoJSON structure via geojson-validation, our
 * schema via parseZoneCollection, geometry and quality rules via zone_checks, the shapes against the map's land, water,
 * roads and towns via zones/context_checks), geodata/plan.json (parsePlan) and that geodata/zones-core.geojson is the
 * shipped file's core part (zone_core.ts).
 * Prints one line per problem and a summary; exits non-zero on any error.
 */
import { readFileSync } from 'node:fs';
import { valid } from 'geojson-validation';
import { parseZoneCollection } from '../src/domain/zone_parser.ts';
import { checkZones } from '../src/domain/zone_checks.ts';
import { coreCollection } from '../src/domain/zone_core.ts';
import { parseProvince } from '../src/domain/province.ts';
import { checkPlanAgainstZones, parsePlan } from '../src/domain/plan.ts';
import type { Problem } from '../src/domain/zone.ts';
import { checkMapContext } from './zones/context_checks.ts';
import { loadMapContext } from './zones/map_context.ts';

const ZONES = process.argv[2] ? new URL(process.argv[2], `file://${process.cwd()}/`) : new URL('../geodata/zones.geojson', import.meta.url);
const PROVINCE = new URL('../geodata/province.geojson', import.meta.url);
const PLAN = new URL('../geodata/plan.json', import.meta.url);
const CORE = new URL('../geodata/zones-core.geojson', import.meta.url);

function readJson(url: URL, problems: Problem[], label: string): unknown {
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (e) {
    problems.push({ feature: label, field: '(file)', message: `cannot read ${url.pathname}: ${(e as Error).message}`, severity: 'error' });
    return undefined;
  }
}

const problems: Problem[] = [];
const raw = readJson(ZONES, problems, '(zones.geojson)');

// 1. Plain GeoJSON structure, feature by feature so each message names its feature.
if (raw !== undefined) {
  const features = (raw as { features?: unknown }).features;
  const list = Array.isArray(features) ? features : [];
  if (!Array.isArray(features)) for (const m of valid(raw, true)) problems.push({ feature: '(collection)', field: 'geojson', message: m, severity: 'error' });
  list.forEach((f, i) => {
    const id = (f as { properties?: { id?: unknown } } | null)?.properties?.id;
    for (const m of valid(f, true)) problems.push({ feature: typeof id === 'string' ? id : `#${i}`, field: 'geojson', message: m, severity: 'error' });
  });
}

// 2. Our schema (types, enums, texts, dates, urls, unique ids), then 3. geometry checks.
const { features, problems: parseProblems } = raw === undefined ? { features: [], problems: [] } : parseZoneCollection(raw);
problems.push(...parseProblems);
let province = null;
try {
  const rawProvince = readJson(PROVINCE, problems, '(province.geojson)');
  if (rawProvince !== undefined) province = parseProvince(rawProvince);
} catch (e) {
  problems.push({ feature: '(province.geojson)', field: '(file)', message: (e as Error).message, severity: 'error' });
}
problems.push(...checkZones(features, province));

// 4. Against the map's own layers: land and water, schematic roads, town centres.
problems.push(...checkMapContext(features, loadMapContext()));

// 5. The plan's figures.
const rawPlan = readJson(PLAN, problems, '(plan.json)');
if (rawPlan !== undefined) {
  try {
    const plan = parsePlan(rawPlan);
    for (const m of checkPlanAgainstZones(plan, features)) problems.push({ feature: '(plan.json)', field: 'cross-check', message: m, severity: 'error' });
  } catch (e) {
    problems.push({ feature: '(plan.json)', field: '(file)', message: (e as Error).message, severity: 'error' });
  }
}

// 6. The first view's core file is the whole file without its long-form texts (checked for the shipped data only).
if (!process.argv[2] && raw !== undefined) {
  const core = readJson(CORE, problems, '(zones-core.geojson)');
  if (core !== undefined && JSON.stringify(core) !== JSON.stringify(coreCollection(raw))) {
    problems.push({ feature: '(zones-core.geojson)', field: '(file)', message: 'is not zones.geojson without its long-form texts: run npm run make:zones-core', severity: 'error' });
  }
}

for (const p of problems) {
  console.log(`${p.severity === 'error' ? 'ERROR  ' : 'warning'}  ${p.feature}  ${p.field}: ${p.message}`);
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const count = Array.isArray((raw as { features?: unknown } | undefined)?.features) ? (raw as { features: unknown[] }).features.length : 0;
console.log(`validate: ${count} features checked (${features.length} valid), ${errors} error(s), ${warnings} warning(s); province outline ${province ? 'used' : 'missing'}; plan.json checked`);
process.exitCode = errors > 0 ? 1 : 0;
