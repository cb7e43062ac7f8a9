/**
 * Builds `geodata/zones.geojson` from the bilingual records in `zone_records.ts`: draws each
 * indicative polygon (sized by bisection to its official or placeholder area, moved to the nearest
 * spot inside the province outline that overlaps no earlier shape), then checks the result and
 * writes it. A feature already in the file with `geometry_quality: "surveyed"` keeps its geometry
 * and geometry note: real boundaries pasted into the file are never overwritten.
 * Deterministic: same records, outline and surveyed shapes → same bytes. Run with `npm run make:zones`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { PLACEMENT_ORDER, ZONE_RECORDS, type ZoneRecord } from './zone_records.ts';
import { areaM2, fits, offsetOf, placeAdjoining, placeBelt, placeBlock, sharedM2, type PlacedBlock } from './zones/place.ts';
import { adjoinSentence, beltSentence, blockSentence, joinNotes, shiftSentence } from './zones/notes.ts';
import { cleanGeometry, stableJson } from './zones/geo.ts';
import type { BlockShape } from './zones/shapes.ts';
import { parseProvince } from '../src/domain/province.ts';
import { parseZoneCollection } from '../src/domain/zone_parser.ts';
import type { Bilingual, GeometryQuality, ZoneFeature, ZoneProperties } from '../src/domain/zone.ts';

const PROVINCE = new URL('../geodata/province.geojson', import.meta.url);
const OUT = new URL('../geodata/zones.geojson', import.meta.url);
/** Largest allowed gap between computed and target area after rounding (relative). */
const AREA_TOLERANCE = 0.001;

const outline = parseProvince(JSON.parse(readFileSync(PROVINCE, 'utf8'))).geometry;
const byId = new Map(ZONE_RECORDS.map((r) => [r.id, r]));
if (byId.size !== ZONE_RECORDS.length || PLACEMENT_ORDER.length !== byId.size || PLACEMENT_ORDER.some((id) => !byId.has(id))) {
  throw new Error('make_zones: PLACEMENT_ORDER must list every record id exactly once');
}

/** Surveyed boundaries already in the output file, kept as they are. */
function readSurveyed(): Map<string, ZoneFeature> {
  if (!existsSync(OUT)) return new Map();
  const { features } = parseZoneCollection(JSON.parse(readFileSync(OUT, 'utf8')));
  return new Map(features.filter((f) => f.properties.geometry_quality === 'surveyed' && byId.has(f.properties.id)).map((f) => [f.properties.id, f]));
}

const surveyed = readSurveyed();
const blocks = new Map<string, PlacedBlock>();
const drawn = new Map<string, { geometry: Polygon | MultiPolygon; note: Bilingual; quality: GeometryQuality }>();
for (const [id, f] of surveyed) drawn.set(id, { geometry: f.geometry, note: f.properties.geometry_note, quality: 'surveyed' });
const taken = (): (Polygon | MultiPolygon)[] =>
  [...drawn.entries()].filter(([id]) => byId.get(id)?.kind !== 'economic-zone').map(([, d]) => d.geometry);

function draw(r: ZoneRecord): { geometry: Polygon | MultiPolygon; note: Bilingual } {
  const target = r.footprint_ha * 10000;
  const official = r.official_area_ha !== null;
  const shape = r.shape;
  if (shape.kind === 'belt') {
    const belt = placeBelt(shape, target, outline);
    return { geometry: belt.geometry, note: joinNotes([r.geometry_note, beltSentence(shape.spine, belt.depth_m, shape.seaward_km, r.footprint_ha)]) };
  }
  if (shape.kind === 'adjoin') {
    const parent = blocks.get(shape.parent);
    const parentRecord = byId.get(shape.parent);
    if (!parentRecord) throw new Error(`make_zones: ${r.id} adjoins unknown ${shape.parent}`);
    // A surveyed parent has no drawn block to attach to: fall back to a square at the anchor.
    if (!parent) return drawBlock(r, { kind: 'rect', aspect: 1, rotation_deg: 0 }, target, official);
    const block = placeAdjoining(parent, shape.gap_m, target, { outline, taken: taken() });
    blocks.set(r.id, block);
    const off = offsetOf(r.anchor, block.centre);
    const width = parent.length_m * parent.shape.aspect;
    return {
      geometry: block.geometry,
      note: joinNotes([
        r.geometry_note,
        adjoinSentence(parentRecord.short_name, parent.shape.rotation_deg, shape.gap_m, width, block.length_m, r.footprint_ha),
        shiftSentence(off.metres, off.bearing, 'adjoin'),
      ]),
    };
  }
  return drawBlock(r, shape, target, official);
}

function drawBlock(r: ZoneRecord, shape: BlockShape, target: number, official: boolean): { geometry: Polygon | MultiPolygon; note: Bilingual } {
  const block = placeBlock(shape, r.anchor, target, { outline, taken: taken() });
  blocks.set(r.id, block);
  const off = offsetOf(r.anchor, block.centre);
  const kind = shape.kind === 'octagon' ? 'octagon' : (shape.corner ?? 0) > 0 ? 'rounded' : 'rect';
  return {
    geometry: block.geometry,
    note: joinNotes([
      r.geometry_note,
      blockSentence(kind, block.length_m, block.length_m * shape.aspect, shape.rotation_deg, r.footprint_ha, official),
      shiftSentence(off.metres, off.bearing, 'fit'),
    ]),
  };
}

for (const id of PLACEMENT_ORDER) {
  const r = byId.get(id);
  if (!r || surveyed.has(id)) continue;
  const d = draw(r);
  drawn.set(id, { geometry: cleanGeometry(d.geometry), note: d.note, quality: r.geometry_quality });
}

// Final checks on the rounded output: area, outline, overlaps. Fail loudly.
for (const r of ZONE_RECORDS) {
  const d = drawn.get(r.id);
  if (!d) throw new Error(`make_zones: ${r.id} not drawn`);
  if (d.quality === 'surveyed') continue;
  const got = areaM2(d.geometry) / 10000;
  const off = Math.abs(got - r.footprint_ha) / r.footprint_ha;
  if (off > AREA_TOLERANCE) throw new Error(`make_zones: ${r.id} area ${got.toFixed(2)} ha is ${(off * 100).toFixed(3)} % off ${r.footprint_ha} ha`);
  const others = ZONE_RECORDS.filter((o) => o.id !== r.id && o.kind !== 'economic-zone' && r.kind !== 'economic-zone')
    .map((o) => drawn.get(o.id)?.geometry)
    .filter((g): g is Polygon | MultiPolygon => g !== undefined);
  if (!fits(d.geometry, { outline, taken: others })) {
    const overlaps = others.map((g) => sharedM2(d.geometry, g)).filter((m2) => m2 > 1);
    throw new Error(`make_zones: ${r.id} leaves the province outline or overlaps (${overlaps.length} overlap(s))`);
  }
}

function toFeature(r: ZoneRecord): ZoneFeature {
  const { shape: _shape, footprint_ha: _footprint, ...base } = r;
  const d = drawn.get(r.id);
  if (!d) throw new Error(`make_zones: ${r.id} not drawn`);
  const properties: ZoneProperties = { ...base, geometry_quality: d.quality, geometry_note: d.note };
  return { type: 'Feature', id: r.id, properties, geometry: d.geometry };
}

const features = ZONE_RECORDS.map(toFeature);
writeFileSync(OUT, stableJson({ type: 'FeatureCollection', features }));
for (const f of features) {
  const ha = areaM2(f.geometry) / 10000;
  console.log(`${f.properties.id.padEnd(22)} ${ha.toFixed(2).padStart(10)} ha  ${f.properties.geometry_quality}`);
}
console.log(`make_zones: wrote ${features.length} features to ${OUT.pathname}`);
