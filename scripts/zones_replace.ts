/**
 * `npm run zones:replace -- <id> <file> [options]`: puts a real boundary into the map's data. The file is a
 * boundary proposed in the app's workbench (`<id>.geojson`), any GeoJSON / KML / KMZ / zipped Shapefile with one
 * polygon, or a coordinate table (`.txt`, `.csv`, `.tsv`: VN-2000 / UTM 48N / degrees / DMS). It is read with the
 * app's own import pipeline or table reader (so VN-2000 is reprojected the same way), checked — the right place,
 * no crossing edges, a dated source for "surveyed" — written to `geodata/boundaries/<id>.geojson`, and the map's
 * data rebuilt (`make:zones`) and validated with every check of `npm run validate`. Anything failing leaves
 * `geodata/` as it was and says why.
 *
 * Options (a proposed-boundary file carries these itself; flags override it):
 *   --quality surveyed|described|indicative   --source-title "Quyết định 123/QĐ-UBND …"   --source-date 2024-05-31
 *   --source-url https://…   --note "…" (both languages)   --uncertainty <m>   --cm <deg> (a table's central meridian,
 *   default 105.5)   --feature <n> (which polygon of a file with several, 1-based)
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { MultiPolygon, Polygon } from 'geojson';
import { areaVn2000SquareMetres } from '../src/domain/area.ts';
import { boundaryFeature, boundaryProblems, BOUNDARY_QUALITIES, parseBoundaryFile, type BoundaryProperties, type BoundaryQuality } from '../src/domain/boundary_file.ts';
import { pointInside } from '../src/domain/geometry.ts';
import { distanceToPolygonM } from '../src/domain/distance.ts';
import { findCrossing } from '../src/domain/segments.ts';
import { parseCoordTable } from '../src/import/coord_table/index.ts';
import { importBytes } from '../src/import/pipeline.ts';
import { renderCoordProblem } from '../src/ui/draw/coord_table_render.ts';
import { renderMessage } from '../src/ui/import/render_message.ts';
import { readableJson } from './lib/stable_json.ts';
import { ZONE_RECORDS } from './zone_records.ts';

const fail = (message: string): never => {
  console.error(`zones:replace: ${message}`);
  process.exit(1);
};

const [id, file, ...rest] = process.argv.slice(2);
if (!id || !file) fail('usage: npm run zones:replace -- <zone id> <file> [--quality …] [--source-title …] [--source-date …] (see the script’s header)');
const flags = new Map<string, string>();
for (let i = 0; i < rest.length; i += 2) {
  const [k, v] = [rest[i] ?? '', rest[i + 1]];
  if (!k.startsWith('--') || v === undefined) fail(`cannot read the option "${k}"`);
  flags.set(k.slice(2), v as string);
}
const record = ZONE_RECORDS.find((r) => r.id === id) ?? fail(`no zone or cluster "${id}"; ids: ${ZONE_RECORDS.map((r) => r.id).join(', ')}`);
if (!existsSync(file as string)) fail(`no file ${file}`);

/** The polygon in the file, and the metadata a proposed-boundary file carries. */
async function readBoundary(path: string): Promise<{ geometry: Polygon | MultiPolygon; props: Partial<BoundaryProperties> }> {
  const bytes = new Uint8Array(readFileSync(path));
  if (/^\.(txt|csv|tsv)$/i.test(extname(path))) {
    const cm = Number(flags.get('cm') ?? 105.5);
    const table = parseCoordTable(new TextDecoder().decode(bytes), { centralMeridianDeg: cm });
    for (const p of table.problems) console.error(`  ${p.severity}: ${renderCoordProblem(p, 'en')}`);
    if (!table.polygon) return fail('the coordinate table has errors (above); nothing was changed');
    return { geometry: table.polygon, props: {} };
  }
  try {
    const json = JSON.parse(new TextDecoder().decode(bytes)) as { properties?: Record<string, unknown> };
    if (json?.properties && 'geometry_quality' in json.properties && 'proposed' in json.properties) {
      const b = parseBoundaryFile(json);
      if (b.properties.id !== id) fail(`the file proposes the boundary of "${b.properties.id}", not "${id}"`);
      return { geometry: b.geometry, props: b.properties };
    }
  } catch (e) {
    if (e instanceof Error && !(e instanceof SyntaxError)) fail(`the proposed boundary is not valid: ${e.message}`);
  }
  const r = await importBytes(bytes, basename(path));
  for (const m of r.messages.filter((x) => x.severity !== 'info')) console.error(`  ${m.severity}: ${renderMessage(m, 'en')}`);
  if (r.features.length === 0) return fail('the file gives no polygon (see above); nothing was changed');
  const n = Number(flags.get('feature') ?? 1);
  if (r.features.length > 1 && !flags.has('feature')) {
    fail(`the file has ${r.features.length} polygons (${r.features.map((f, i) => `${i + 1}: ${f.label}`).join('; ')}); choose one with --feature <n>`);
  }
  const f = r.features[n - 1] ?? fail(`there is no polygon ${n}`);
  return { geometry: f.geometry, props: {} };
}

const { geometry, props } = await readBoundary(file as string);
const quality = (flags.get('quality') ?? props.geometry_quality) as BoundaryQuality | undefined;
if (!quality || !BOUNDARY_QUALITIES.includes(quality)) fail(`say how sure the boundary is: --quality ${BOUNDARY_QUALITIES.join('|')}`);
const title = flags.get('source-title') ?? props.geometry_source?.title;
const source = title ? { title, date: flags.get('source-date') ?? props.geometry_source?.date ?? null, url: flags.get('source-url') ?? props.geometry_source?.url ?? null } : null;
const note = flags.get('note');
const properties: BoundaryProperties = {
  id: record.id,
  geometry_quality: quality as BoundaryQuality,
  geometry_note: note ? { vi: note, en: note } : props.geometry_note ?? { vi: `Ranh giới từ tệp ${basename(file as string)}.`, en: `Boundary from the file ${basename(file as string)}.` },
  geometry_source: source,
  position_uncertainty_m: Number(flags.get('uncertainty') ?? props.position_uncertainty_m ?? (quality === 'surveyed' ? 1 : quality === 'described' ? 50 : 200)),
  proposed: props.proposed ?? new Date().toISOString().slice(0, 10),
};
const metaProblems = boundaryProblems(properties);
if (metaProblems.length) fail(`${metaProblems.join('; ')} (use --source-title and --source-date)`);

const crossing = findCrossing(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
if (crossing) fail(`the boundary's edges cross near ${crossing.point[0].toFixed(6)} E, ${crossing.point[1].toFixed(6)} N; nothing was changed`);
// The sources place the feature within its uncertainty of the anchor; a boundary far from that is another place.
const away = pointInside(record.anchor, geometry) ? 0 : distanceToPolygonM(record.anchor, geometry);
const reach = Math.max(record.position_uncertainty_m, 1000);
if (away > reach) {
  fail(`the boundary lies ${(away / 1000).toFixed(1)} km from where the sources place ${record.name.vi} (${record.id}) (within ${(reach / 1000).toFixed(1)} km): ` +
    'is it the right zone, the right central meridian (--cm), the right X/Y order? Nothing was changed.');
}

const DIR = new URL('../geodata/boundaries/', import.meta.url);
const OUT = new URL(`${record.id}.geojson`, DIR);
const ZONES = new URL('../geodata/zones.geojson', import.meta.url);
const CORE = new URL('../geodata/zones-core.geojson', import.meta.url);
mkdirSync(DIR, { recursive: true });
const backup = { zones: readFileSync(ZONES), core: readFileSync(CORE), boundary: existsSync(OUT) ? readFileSync(OUT) : null };
writeFileSync(OUT, readableJson(boundaryFeature(properties, geometry)));

const run = (script: string): { ok: boolean; output: string } => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
};
const made = run('scripts/make_zones.ts');
const checked = made.ok ? run('scripts/validate_zones.ts') : { ok: false, output: '' };
if (!made.ok || !checked.ok) {
  writeFileSync(ZONES, backup.zones);
  writeFileSync(CORE, backup.core);
  if (backup.boundary) writeFileSync(OUT, backup.boundary);
  else rmSync(OUT);
  console.error((made.ok ? checked.output : made.output).split('\n').filter((l) => /ERROR|Error|error/.test(l)).join('\n'));
  fail(`the map's data does not pass its checks with this boundary (above); geodata/ is as it was`);
}
const ha = areaVn2000SquareMetres(geometry) / 10_000;
const official = record.official_area_ha;
console.log(`zones:replace: ${record.id} now has a ${quality} boundary of ${ha.toFixed(2)} ha (VN-2000)` +
  (official ? `; official ${official} ha, difference ${(ha - official).toFixed(2)} ha (${(((ha - official) / official) * 100).toFixed(2)} %)` : ''));
console.log(checked.output.trim().split('\n').at(-1));
console.log(`commit: git add ${OUT.pathname.replace(`${process.cwd()}/`, '')} geodata/zones.geojson geodata/zones-core.geojson`);
