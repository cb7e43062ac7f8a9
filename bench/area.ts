/**
 * Times the three area methods (`npm run bench:area`) on two 200-vertex polygons near Sóc Trăng:
 * a zone-sized one (~200 ha, edges ~25 m) and a large one (~1,270 km², edges ~630 m, so the
 * VN-2000 method also densifies). Prints milliseconds per call.
 */
import type { Polygon } from 'geojson';
import {
  areaEllipsoidalSquareMetres, areaTurfSquareMetres, areaVn2000SquareMetres,
} from '../src/domain/area.ts';

const ITERATIONS = 1_000;
const VERTICES = 200;

/** A wobbly closed ring of `VERTICES` points around (lon, lat); deterministic, radius in metres. */
function blob(lon: number, lat: number, radiusM: number): Polygon {
  const ring: [number, number][] = [];
  for (let i = 0; i < VERTICES; i++) {
    const t = (2 * Math.PI * i) / VERTICES;
    const r = radiusM * (1 + 0.15 * Math.sin(5 * t) + 0.05 * Math.cos(13 * t));
    ring.push([
      lon + (r * Math.cos(t)) / (111_320 * Math.cos((lat * Math.PI) / 180)),
      lat + (r * Math.sin(t)) / 110_574,
    ]);
  }
  ring.push(ring[0] ?? [lon, lat]);
  return { type: 'Polygon', coordinates: [ring] };
}

const cases: [string, Polygon][] = [
  ['zone-sized (~200 ha)', blob(105.97, 9.6, 800)],
  ['large (~1,270 km²)', blob(106.0, 9.55, 20_000)],
];
const methods: [string, (g: Polygon) => number][] = [
  ['Turf (spherical)', areaTurfSquareMetres],
  ['ellipsoidal (GeographicLib)', areaEllipsoidalSquareMetres],
  ['VN-2000 TM-3 (proj4)', (g) => areaVn2000SquareMetres(g)],
];

console.log(`${ITERATIONS} calls each, ${VERTICES}-vertex polygons, Node ${process.versions.node}`);
for (const [caseName, geom] of cases) {
  console.log(`\n${caseName}`);
  for (const [name, area] of methods) {
    let sink = 0;
    for (let i = 0; i < 50; i++) sink += area(geom); // warm-up
    const start = performance.now();
    for (let i = 0; i < ITERATIONS; i++) sink += area(geom);
    const msPerCall = (performance.now() - start) / ITERATIONS;
    const ha = sink / (ITERATIONS + 50) / 10_000;
    console.log(`  ${name.padEnd(30)} ${msPerCall.toFixed(4)} ms/call   ${ha.toFixed(2)} ha`);
  }
}
