/**
 * Writes the import fixtures (test/fixtures/import/, one file per case, named by the case) and,
 * with `--large <file> [MB]`, a large valid GeoJSON for browser tests and the bench (never committed).
 * The metre fixtures use round grid values, not `toVn2000` output, so the reprojection tests are
 * not circular. Binary fixtures are zipped with a fixed timestamp so re-running gives the same bytes.
 *   npx tsx scripts/make_import_fixtures.ts
 *   npx tsx scripts/make_import_fixtures.ts --large /tmp/large.geojson 20
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import shpwrite from '@mapbox/shp-write';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { FeatureCollection, Position } from 'geojson';

const DIR = 'test/fixtures/import';
const MTIME = new Date('2025-07-01T00:00:00Z');

/** Axis-aligned square ring, counter-clockwise, closed: [w,s] → [e,s] → [e,n] → [w,n] → [w,s]. */
export function square(w: number, s: number, size: number): Position[] {
  return [[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]];
}

const fc = (features: unknown[], extra: object = {}): string =>
  `${JSON.stringify({ type: 'FeatureCollection', ...extra, features }, null, 1)}\n`;
const feature = (name: string | null, geometry: unknown, props: object = {}): object =>
  ({ type: 'Feature', properties: name === null ? { ...props } : { name, ...props }, geometry });
const poly = (...rings: unknown[][][]): object => ({ type: 'Polygon', coordinates: rings });

/** Two clean features near Sóc Trăng, one with a hole (clockwise, as RFC 7946 wants). */
const VALID_FEATURES = [
  feature('Lô A – KCN thử nghiệm', poly(square(105.95, 9.58, 0.01), [...square(105.953, 9.583, 0.002)].reverse()), { dien_tich_ha: 120.5 }),
  feature('Lô B “Đại Ngãi”', poly(square(106.0, 9.62, 0.005))),
];

function kmlText(): string {
  const coords = (ring: Position[]): string => ring.map((p) => `${p[0]},${p[1]},0`).join(' ');
  const placemark = (name: string, outer: Position[], inner?: Position[]): string => `
    <Placemark><name>${name}</name><description><![CDATA[<b>Ghi chú</b> & <i>thử</i>]]></description>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>${coords(outer)}</coordinates></LinearRing></outerBoundaryIs>${
        inner ? `<innerBoundaryIs><LinearRing><coordinates>${coords([...inner].reverse())}</coordinates></LinearRing></innerBoundaryIs>` : ''}
      </Polygon></Placemark>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Thử KML</name>${
  placemark('Lô A – KCN thử nghiệm', square(105.95, 9.58, 0.01), square(105.953, 9.583, 0.002))}${
  placemark('Lô B &amp; C', square(106.0, 9.62, 0.005))}
</Document></kml>
`;
}

/** Re-zips entries with a fixed timestamp (jszip stamps the current time). */
function stableZip(entries: Record<string, Uint8Array>): Uint8Array {
  const input: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [k, v] of Object.entries(entries)) input[k] = [v, { mtime: MTIME }];
  return zipSync(input, { level: 6 });
}

/** ESRI WKT of VN-2000 / TM-3 with central meridian 105°30′ (k = 0.9999, false easting 500 km). */
export const VN2000_TM3_105_30_PRJ = 'PROJCS["VN_2000_TM3_105_30",GEOGCS["GCS_VN_2000",DATUM["D_Vietnam_2000",' +
  'SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],' +
  'PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],' +
  'PARAMETER["Central_Meridian",105.5],PARAMETER["Scale_Factor",0.9999],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/**
 * A dBase III table in UTF-8 with one text field `name` (100 bytes) and one number `area_ha`:
 * the shp-write dbf writer keeps only the low byte of each character, which garbles Vietnamese.
 */
export function utf8Dbf(rows: Array<{ name: string; area_ha: number | null }>): Uint8Array<ArrayBuffer> {
  const fields = [{ name: 'name', type: 'C', len: 100, dec: 0 }, { name: 'area_ha', type: 'N', len: 12, dec: 2 }];
  const headerLen = 32 + 32 * fields.length + 1;
  const recLen = 1 + fields.reduce((n, f) => n + f.len, 0);
  const out = new Uint8Array(headerLen + rows.length * recLen + 1).fill(0);
  const view = new DataView(out.buffer);
  out.set([0x03, 125, 7, 1]);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLen, true);
  view.setUint16(10, recLen, true);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(strToU8(f.name), at);
    out[at + 11] = f.type.charCodeAt(0);
    out[at + 16] = f.len;
    out[at + 17] = f.dec;
  });
  out[headerLen - 1] = 0x0d;
  rows.forEach((row, r) => {
    const at = headerLen + r * recLen;
    out.fill(0x20, at, at + recLen);
    out.set(strToU8(row.name).subarray(0, 100), at + 1);
    const num = row.area_ha === null ? '' : row.area_ha.toFixed(2);
    out.set(strToU8(num.padStart(12, ' ')), at + 1 + 100);
  });
  out[out.length - 1] = 0x1a;
  return out;
}

async function shapefileZip(gj: FeatureCollection, prj?: string): Promise<Uint8Array> {
  const opts = { outputType: 'uint8array' as const, compression: 'DEFLATE' as const, types: { polygon: 'lo_dat' }, ...(prj ? { prj } : {}) };
  const entries: Record<string, Uint8Array> = unzipSync(await shpwrite.zip<'uint8array'>(gj, opts));
  const rows = gj.features.map((f) => ({
    name: String(f.properties?.['name'] ?? ''),
    area_ha: typeof f.properties?.['dien_tich_ha'] === 'number' ? f.properties['dien_tich_ha'] : null,
  }));
  entries['lo_dat.dbf'] = utf8Dbf(rows);
  entries['lo_dat.cpg'] = strToU8('UTF-8');
  return stableZip(entries);
}

/** GeoJSON fixtures, as exact text (some are deliberately broken). */
function textFixtures(): Record<string, string> {
  const valid = fc(VALID_FEATURES);
  return {
    'valid-feature-collection.geojson': valid,
    'valid-bare-polygon.geojson': `${JSON.stringify(poly(square(105.97, 9.6, 0.01)))}\n`,
    'valid-single-feature.geojson': `${JSON.stringify(feature('Lô đơn', poly(square(105.97, 9.6, 0.01))))}\n`,
    'truncated.geojson': valid.slice(0, Math.floor(valid.length / 2)),
    'empty.geojson': '',
    'not-json.geojson': 'ten,kinh_do,vi_do\nLô A,105.97,9.60\n',
    'html-page.geojson': '<!DOCTYPE html><html><body>404 Not Found</body></html>\n',
    'topojson.json': `${JSON.stringify({ type: 'Topology', objects: { lo: { type: 'GeometryCollection', geometries: [] } }, arcs: [] })}\n`,
    'esri.json': `${JSON.stringify({ geometryType: 'esriGeometryPolygon', spatialReference: { wkid: 4326 },
      features: [{ attributes: { NAME: 'Lô A' }, geometry: { rings: [square(105.97, 9.6, 0.01)] } }] })}\n`,
    'json-not-geojson.json': `${JSON.stringify({ ten: 'Lô A', dien_tich: 12 })}\n`,
    'no-geometry.geojson': fc([feature('Không hình 1', null), { type: 'Feature', properties: { name: 'Không hình 2' } }, VALID_FEATURES[1]]),
    'points-and-lines.geojson': fc([
      feature('Cổng', { type: 'Point', coordinates: [105.97, 9.6] }),
      feature('Đường nội bộ', { type: 'LineString', coordinates: [[105.97, 9.6], [105.98, 9.61]] }),
      feature('Cột mốc', { type: 'MultiPoint', coordinates: [[105.97, 9.6], [105.98, 9.6]] }),
      VALID_FEATURES[1],
    ]),
    'geometry-collection.geojson': fc([feature('Lô và cổng', { type: 'GeometryCollection', geometries: [
      poly(square(105.97, 9.6, 0.01)), { type: 'Point', coordinates: [105.975, 9.605] }] })]),
    'unclosed-ring.geojson': fc([feature('Lô hở', poly(square(105.97, 9.6, 0.01).slice(0, 4)))]),
    'too-few-positions.geojson': fc([
      feature('Vòng ngoài 2 điểm', poly([[105.97, 9.6], [105.98, 9.6], [105.97, 9.6]])),
      feature('Lỗ 2 điểm', poly(square(105.97, 9.6, 0.01), [[105.972, 9.602], [105.973, 9.602], [105.972, 9.602]])),
      feature('Vòng đủ', poly(square(106.0, 9.62, 0.005))),
    ]),
    'self-intersection.geojson': fc([feature('Nơ bướm', poly([[105.97, 9.6], [105.98, 9.61], [105.98, 9.6], [105.97, 9.61], [105.97, 9.6]]))]),
    'hole-outside-shell.geojson': fc([feature('Lỗ lạc', poly(square(105.97, 9.6, 0.01), [...square(105.99, 9.6, 0.002)].reverse()))]),
    'clockwise-exterior.geojson': fc([feature('Vòng ngược', poly([...square(105.97, 9.6, 0.01)].reverse(), square(105.972, 9.602, 0.002)))]),
    '3d-coordinates.geojson': fc([feature('Có độ cao', poly(square(105.97, 9.6, 0.01).map((p) => [p[0] ?? 0, p[1] ?? 0, 2.5])))]),
    'nan-coordinates.geojson': fc([
      feature('Chữ', poly([[105.97, 9.6], ['105.98', 9.6], [105.98, 9.61], [105.97, 9.6]])),
      feature('Rỗng', poly([[105.97, 9.6], [null, 9.6], [105.98, 9.61], [105.97, 9.6]])),
      VALID_FEATURES[1],
    ]),
    'infinite-coordinates.geojson': '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Vô hạn"},' +
      '"geometry":{"type":"Polygon","coordinates":[[[105.97,9.6],[1e999,9.6],[105.98,9.61],[105.97,9.6]]]}}]}\n',
    'outside-vietnam.geojson': fc([feature('Paris', poly(square(2.33, 48.85, 0.01))), VALID_FEATURES[1]]),
    'coordinates-out-of-range.geojson': fc([feature('Quá 180', poly(square(185, 9.6, 0.01))), VALID_FEATURES[1]]),
    'swapped-lat-lon.geojson': fc([feature('Lô đảo', poly(square(105.97, 9.6, 0.01).map((p) => [p[1] ?? 0, p[0] ?? 0])))]),
    // Round grid values: a 100 m square on the central meridian and a 1 km square near Sóc Trăng.
    'vn2000-metres.geojson': fc([
      feature('Trên kinh tuyến trục', poly(square(500_000, 1_060_000, 100))),
      feature('Lô 1 km', poly(square(551_000, 1_061_000, 1000))),
    ]),
    'utm48-metres.geojson': fc([feature('Lô UTM', poly(square(500_000, 1_060_000, 100)))],
      { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32648' } } }),
    'legacy-crs-4326.geojson': fc([VALID_FEATURES[1]], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4326' } } }),
    'unknown-crs.geojson': fc([VALID_FEATURES[1]], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::9999' } } }),
    'overlapping-parts.geojson': fc([feature('Hai phần chồng', { type: 'MultiPolygon',
      coordinates: [[square(105.97, 9.6, 0.01)], [square(105.972, 9.602, 0.002)]] })]),
    'deeply-nested.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'broken.kml': '<?xml version="1.0"?><kml><Document><Placemark><name>Hở</name></Document>',
    'deeply-nested.kml': `<kml>${'<Folder>'.repeat(10_000)}${'</Folder>'.repeat(10_000)}</kml>`,
  };
}

/** A valid FeatureCollection of about `targetBytes`: 24-vertex polygons tiled near Sóc Trăng. */
export function largeGeoJsonText(targetBytes: number): string {
  const parts: string[] = ['{"type":"FeatureCollection","features":[\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < targetBytes; i++) {
    const cx = 105.8 + (i % 400) * 0.0012;
    const cy = 9.4 + Math.floor(i / 400) * 0.0012;
    const ring: string[] = [];
    for (let k = 0; k <= 24; k++) {
      const a = ((k % 24) / 24) * 2 * Math.PI;
      ring.push(`[${(cx + 0.0005 * Math.cos(a)).toFixed(7)},${(cy + 0.0005 * Math.sin(a)).toFixed(7)}]`);
    }
    const f = `${i === 0 ? '' : ',\n'}{"type":"Feature","properties":{"name":"Lô số ${i + 1}","ma":"L-${i + 1}","ghi_chu":"Dữ liệu thử nghiệm"},` +
      `"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
    parts.push(f);
    size += f.length;
  }
  parts.push('\n]}\n');
  return parts.join('');
}

/** Writes every fixture into `dir`. */
export async function writeFixtures(dir: string = DIR): Promise<void> {
  for (const [name, text] of Object.entries(textFixtures())) writeFileSync(join(dir, name), text);
  const valid = fc(VALID_FEATURES);
  writeFileSync(join(dir, 'utf8-bom.geojson'), `\ufeff${valid}`);
  const utf16 = new Uint8Array(2 + valid.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < valid.length; i++) { utf16[2 + 2 * i] = valid.charCodeAt(i) & 0xff; utf16[3 + 2 * i] = valid.charCodeAt(i) >> 8; }
  writeFileSync(join(dir, 'utf16.geojson'), utf16);
  // "Lô" in Latin-1: ô is the single byte 0xF4, which is not valid UTF-8.
  writeFileSync(join(dir, 'latin1.geojson'), Uint8Array.from(fc([VALID_FEATURES[1]]), (c) => c.charCodeAt(0) & 0xff));
  writeFileSync(join(dir, 'valid.kml'), kmlText());
  writeFileSync(join(dir, 'valid.kmz'), stableZip({ 'doc.kml': strToU8(kmlText()) }));
  const gj = JSON.parse(valid) as FeatureCollection;
  writeFileSync(join(dir, 'valid-shapefile.zip'), await shapefileZip(gj));
  const metres = JSON.parse(textFixtures()['vn2000-metres.geojson'] ?? '{}') as FeatureCollection;
  writeFileSync(join(dir, 'vn2000-shapefile.zip'), await shapefileZip(metres, VN2000_TM3_105_30_PRJ));
  writeFileSync(join(dir, 'zip-without-data.zip'), stableZip({ 'doc/readme.txt': strToU8('Không có dữ liệu bản đồ') }));
  writeFileSync(join(dir, 'lone.shp'), (await shapefileZipEntries(gj))['lo_dat.shp'] ?? new Uint8Array());
  // 160 MB of zeros deflate to about 160 kB: refused at MAX_UNZIPPED_BYTES.
  const bomb = zipSync({ 'bomb.shp': [new Uint8Array(160 * 1024 * 1024), { mtime: MTIME, level: 9 }] });
  writeFileSync(join(dir, 'zip-bomb.zip'), bomb);
}

async function shapefileZipEntries(gj: FeatureCollection): Promise<Record<string, Uint8Array>> {
  return unzipSync(await shapefileZip(gj));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--large');
  if (i >= 0) {
    const file = process.argv[i + 1] ?? '/tmp/large-import.geojson';
    const mb = Number(process.argv[i + 2] ?? 20);
    writeFileSync(file, largeGeoJsonText(mb * 1024 * 1024));
    console.log(`wrote ${file} (${mb} MB)`);
  } else {
    await writeFixtures();
    console.log(`wrote fixtures to ${DIR}`);
  }
}
