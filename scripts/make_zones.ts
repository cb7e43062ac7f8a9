/**
 * Builds `geodata/zones.geojson` from the bilingual records in `zone_records.ts`. Each indicative
 * polygon is sized by bisection to its official area and placed, nearest to its researched anchor,
 * where the map's own layers allow it (`zones/place.ts`: on land, no town centre inside, not crossed
 * by the roads its description names as edges, beside the river when described so, no overlap). A
 * location-only feature gets the disc of its position uncertainty; the economic zone a schematic
 * band. A feature with a committed boundary (`geodata/boundaries/<id>.geojson`, written by
 * `npm run zones:replace`) takes that boundary instead — its geometry, quality, note and source — and its anchor
 * becomes a point inside it: real boundaries are never re-drawn.
 * Deterministic: same records, layers and boundary files → same bytes. Run with `npm run make:zones`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { PLACEMENT_ORDER, ZONE_RECORDS, type ZoneRecord } from './zone_records.ts';
import { areaM2, discPolygon, misfits, offsetOf, placeAdjoining, placeBand, placeBlock, type PlacedBlock, type Placement } from './zones/place.ts';
import { adjoinSentence, bandSentence, blockSentence, joinNotes, shiftSentence, SIZED_NOTE } from './zones/notes.ts';
import { interiorPoint, rfc7946Geometry } from '../src/domain/geometry.ts';
import { parseBoundaryFile, type BoundaryFeature } from '../src/domain/boundary_file.ts';
import { readableJson } from './lib/stable_json.ts';
import { loadMapContext } from './zones/map_context.ts';
import { landNear } from './zones/context_checks.ts';
import { LOCATION_ONLY_NOTE } from './zones/record.ts';
import type { Bilingual, GeometryQuality, ZoneFeature, ZoneProperties } from '../src/domain/zone.ts';
import { coreCollection } from '../src/domain/zone_core.ts';

const OUT = new URL('../geodata/zones.geojson', import.meta.url);
/** The first view's part of it (`src/domain/zone_core.ts`). */
const CORE = new URL('../geodata/zones-core.geojson', import.meta.url);
/** Largest allowed gap between computed and target area after rounding (relative). */
const AREA_TOLERANCE = 0.001;

const ctx = loadMapContext();
const byId = new Map(ZONE_RECORDS.map((r) => [r.id, r]));
if (byId.size !== ZONE_RECORDS.length || PLACEMENT_ORDER.length !== byId.size || PLACEMENT_ORDER.some((id) => !byId.has(id))) {
  throw new Error('make_zones: PLACEMENT_ORDER must list every record id exactly once');
}

const BOUNDARIES = new URL('../geodata/boundaries/', import.meta.url);

/** Committed boundaries (`geodata/boundaries/<id>.geojson`), by zone id; each must name a record. */
function readBoundaries(): Map<string, BoundaryFeature> {
  if (!existsSync(BOUNDARIES)) return new Map();
  const out = new Map<string, BoundaryFeature>();
  for (const name of readdirSync(BOUNDARIES).filter((n) => n.endsWith('.geojson')).sort()) {
    const b = parseBoundaryFile(JSON.parse(readFileSync(new URL(name, BOUNDARIES), 'utf8')));
    if (`${b.properties.id}.geojson` !== name) throw new Error(`make_zones: ${name} holds the boundary of ${b.properties.id}`);
    if (!byId.has(b.properties.id)) throw new Error(`make_zones: ${name} is the boundary of ${b.properties.id}, which has no record`);
    out.set(b.properties.id, b);
  }
  return out;
}

/** The sentence a committed boundary adds to its note: where it comes from. */
function boundarySentence(b: BoundaryFeature): Bilingual {
  const s = b.properties.geometry_source;
  const from = s ? `${s.title}${s.date ? ` (${s.date})` : ''}` : null;
  return from
    ? { vi: `Ranh giới lấy từ ${from}, đưa vào ngày ${b.properties.proposed}.`, en: `Boundary taken from ${from}, committed on ${b.properties.proposed}.` }
    : { vi: `Ranh giới đưa vào ngày ${b.properties.proposed}.`, en: `Boundary committed on ${b.properties.proposed}.` };
}

interface Drawn {
  geometry: Polygon | MultiPolygon;
  note: Bilingual;
  quality: GeometryQuality;
  sized: boolean;
}

const boundaries = readBoundaries();
const blocks = new Map<string, PlacedBlock>();
const drawn = new Map<string, Drawn>();
for (const [id, b] of boundaries) {
  drawn.set(id, { geometry: rfc7946Geometry(b.geometry, 6), note: joinNotes([b.properties.geometry_note, boundarySentence(b)]), quality: b.properties.geometry_quality, sized: false });
}

/** Footprints that later shapes must not overlap: zones and clusters, not the economic zone or location-only discs. */
function placement(r: ZoneRecord): Placement {
  const taken = [...drawn.entries()]
    .filter(([id, d]) => byId.get(id)?.kind !== 'economic-zone' && d.quality !== 'location-only' && id !== r.id)
    .map(([, d]) => d.geometry);
  return { ctx, taken, edges: r.described_edges };
}

function draw(r: ZoneRecord): Drawn {
  const shape = r.shape;
  if (shape.kind === 'disc') {
    return { geometry: discPolygon(r.anchor, r.position_uncertainty_m), note: joinNotes([r.geometry_note, LOCATION_ONLY_NOTE]), quality: 'location-only', sized: false };
  }
  if (r.footprint_ha === null) throw new Error(`make_zones: ${r.id} has a ${shape.kind} shape but no footprint`);
  if (r.footprint_ha !== r.official_area_ha) throw new Error(`make_zones: ${r.id} is drawn to ${r.footprint_ha} ha, not its official area: only official sizes are drawn`);
  const target = r.footprint_ha * 10000;
  if (shape.kind === 'band') {
    const band = placeBand(shape, target);
    return { geometry: band.geometry, note: joinNotes([r.geometry_note, bandSentence(shape.spine, band.half_width_m, r.footprint_ha), SIZED_NOTE]), quality: r.geometry_quality, sized: true };
  }
  if (shape.kind === 'adjoin' && boundaries.has(shape.parent)) {
    // The parent's true boundary replaced its block: this estimate no longer leans on it and stands at its own anchor.
    const block = placeBlock({ kind: 'rect', aspect: 1, rotation_deg: 0 }, r.anchor, target, placement(r));
    blocks.set(r.id, block);
    const off = offsetOf(r.anchor, block.centre);
    return {
      geometry: block.geometry,
      note: joinNotes([r.geometry_note, blockSentence('rect', block.length_m, block.length_m, 0, r.footprint_ha, false), shiftSentence(off.metres, off.bearing, block.moved_because), SIZED_NOTE]),
      quality: r.geometry_quality,
      sized: true,
    };
  }
  if (shape.kind === 'adjoin') {
    const parent = blocks.get(shape.parent);
    const parentRecord = byId.get(shape.parent);
    if (!parent || !parentRecord) throw new Error(`make_zones: ${r.id} adjoins ${shape.parent}, which has no drawn block`);
    const block = placeAdjoining(parent, shape.side_deg, shape.gap_m, target, placement(r));
    blocks.set(r.id, block);
    const off = offsetOf(r.anchor, block.centre);
    return {
      geometry: block.geometry,
      note: joinNotes([
        r.geometry_note,
        adjoinSentence(parentRecord.short_name, block.shape.rotation_deg, shape.gap_m, block.length_m * block.shape.aspect, block.length_m, r.footprint_ha),
        shiftSentence(off.metres, off.bearing, []),
        SIZED_NOTE,
      ]),
      quality: r.geometry_quality,
      sized: true,
    };
  }
  const block = placeBlock(shape, r.anchor, target, placement(r));
  blocks.set(r.id, block);
  const off = offsetOf(r.anchor, block.centre);
  const kind = shape.kind === 'octagon' ? 'octagon' : (shape.corner ?? 0) > 0 ? 'rounded' : 'rect';
  return {
    geometry: block.geometry,
    note: joinNotes([
      r.geometry_note,
      blockSentence(kind, block.length_m, block.length_m * shape.aspect, block.shape.rotation_deg, r.footprint_ha, shape.rotation_deg === 'bank'),
      shiftSentence(off.metres, off.bearing, block.moved_because),
      SIZED_NOTE,
    ]),
    quality: r.geometry_quality,
    sized: true,
  };
}

for (const id of PLACEMENT_ORDER) {
  const r = byId.get(id);
  if (!r || boundaries.has(id)) continue;
  const d = draw(r);
  if (r.shape.kind === 'disc' && r.geometry_quality !== 'location-only') throw new Error(`make_zones: ${r.id} is drawn as a disc but its quality is ${r.geometry_quality}`);
  drawn.set(id, { ...d, geometry: rfc7946Geometry(d.geometry, 6) });
}

// Final checks on the rounded output: area, and the placement rules again. Fail loudly.
for (const r of ZONE_RECORDS) {
  const d = drawn.get(r.id);
  if (!d) throw new Error(`make_zones: ${r.id} not drawn`);
  if (!d.sized || r.footprint_ha === null) continue;
  const got = areaM2(d.geometry) / 10000;
  const off = Math.abs(got - r.footprint_ha) / r.footprint_ha;
  if (off > AREA_TOLERANCE) throw new Error(`make_zones: ${r.id} area ${got.toFixed(2)} ha is ${(off * 100).toFixed(3)} % off ${r.footprint_ha} ha`);
  if (r.kind === 'economic-zone') continue;
  // Margin well past the river check's 450 m reach, so the clip's cut edges never read as water.
  const land = landNear(d.geometry, ctx.land, 3000);
  const wrong = land ? misfits(d.geometry, placement(r), land, true) : ['water'];
  if (wrong.length > 0) throw new Error(`make_zones: ${r.id} after rounding: ${wrong.join(', ')}`);
}

function toFeature(r: ZoneRecord): ZoneFeature {
  const { shape: _shape, footprint_ha: _footprint, ...base } = r;
  const d = drawn.get(r.id);
  if (!d) throw new Error(`make_zones: ${r.id} not drawn`);
  const properties: ZoneProperties = { ...base, geometry_quality: d.quality, geometry_note: d.note, shape_sized_to_official: d.sized };
  const b = boundaries.get(r.id);
  if (b) {
    // The boundary fixes the position: the anchor moves inside it, and its uncertainty is the boundary's own.
    const note = boundarySentence(b);
    Object.assign(properties, {
      anchor: interiorPoint(d.geometry).map((v) => Math.round(v * 1e6) / 1e6) as [number, number],
      position_uncertainty_m: b.properties.position_uncertainty_m,
      position_note: { vi: `Vị trí theo ranh giới đã đưa vào. ${note.vi}`, en: `Position from the committed boundary. ${note.en}` },
    });
  }
  return { type: 'Feature', id: r.id, properties, geometry: d.geometry };
}

const features = ZONE_RECORDS.map(toFeature);
const collection = { type: 'FeatureCollection', features };
writeFileSync(OUT, readableJson(collection));
writeFileSync(CORE, readableJson(coreCollection(collection)));
for (const f of features) {
  const ha = areaM2(f.geometry) / 10000;
  console.log(`${f.properties.id.padEnd(22)} ${ha.toFixed(2).padStart(10)} ha  ${f.properties.geometry_quality}`);
}
console.log(`make_zones: wrote ${features.length} features to ${OUT.pathname} and their core part to ${CORE.pathname}`);
