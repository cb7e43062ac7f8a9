/**
 * Generated import files for the browser tests and the benchmarks (never committed: they are large):
 * many small parcels, and one very detailed boundary. Deterministic: the same arguments give the same text.
 */

/** A small deterministic pseudo-random sequence (mulberry32) in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` square parcels of 0.4–0.9 ha scattered over the middle of the former province (105.75–106.15 E,
 * 9.45–9.8 N), each with a lot number and a declared area in hectares written with a decimal comma.
 */
export function parcelsGeoJsonText(n: number, seed = 1): string {
  const next = random(seed);
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const ha = 0.4 + next() * 0.5;
    const sideM = Math.sqrt(ha * 10_000);
    const w = 105.75 + next() * 0.4;
    const s = 9.45 + next() * 0.35;
    const [dx, dy] = [sideM / (111_320 * Math.cos((s * Math.PI) / 180)), sideM / 110_574];
    const r = (v: number): number => Math.round(v * 1e7) / 1e7;
    const ring = [[w, s], [w + dx, s], [w + dx, s + dy], [w, s + dy], [w, s]].map(([x, y]) => [r(x!), r(y!)]);
    const props = { ma_lo: `L-${String(i + 1).padStart(5, '0')}`, dien_tich: ha.toFixed(3).replace('.', ',') };
    lines.push(JSON.stringify({ type: 'Feature', id: i + 1, properties: props, geometry: { type: 'Polygon', coordinates: [ring] } }));
  }
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * One boundary of `vertices` positions: a wavy disc about 2.4 km across centred on `centre` (by default An
 * Nghiệp's anchor, so it overlaps that zone), traced with fine wiggles like a digitised survey line.
 */
export function detailedBoundaryText(vertices: number, centre: [number, number] = [105.9515, 9.6395]): string {
  const ring: number[][] = [];
  for (let i = 0; i < vertices; i++) {
    const t = (i / vertices) * 2 * Math.PI;
    const r = 0.011 * (1 + 0.04 * Math.sin(t * 23) + 0.002 * Math.sin(t * 4099));
    ring.push([Math.round((centre[0] + r * Math.cos(t)) * 1e8) / 1e8, Math.round((centre[1] + r * Math.sin(t)) * 1e8) / 1e8]);
  }
  ring.push(ring[0]!);
  const feature = { type: 'Feature', id: 'ranh-chi-tiet', properties: { ten: 'Ranh giới chi tiết' }, geometry: { type: 'Polygon', coordinates: [ring] } };
  return `{"type":"FeatureCollection","features":[${JSON.stringify(feature)}]}\n`;
}

/**
 * About `targetBytes` of GeoJSON: survey-like plots of `vertices` points each (wavy rings of 150–400 m) tiled over
 * the middle of the former province, each with a name and a declared area — a large real-looking file that stays
 * within the import's feature limit.
 */
export function surveyPlotsText(targetBytes: number, vertices = 160, seed = 7): string {
  const next = random(seed);
  const lines: string[] = [];
  let size = 40;
  for (let i = 0; size < targetBytes; i++) {
    const [cx, cy] = [105.75 + next() * 0.4, 9.45 + next() * 0.35];
    const r = 0.0015 + next() * 0.002;
    const ring: number[][] = [];
    for (let k = 0; k < vertices; k++) {
      const t = (k / vertices) * 2 * Math.PI;
      const rr = r * (1 + 0.08 * Math.sin(t * 5 + i) + 0.01 * Math.sin(t * 37));
      ring.push([Math.round((cx + rr * Math.cos(t)) * 1e7) / 1e7, Math.round((cy + rr * Math.sin(t)) * 1e7) / 1e7]);
    }
    ring.push(ring[0]!);
    const line = JSON.stringify({ type: 'Feature', id: `thua-${i + 1}`, properties: { ten: `Thửa ${i + 1}`, dien_tich_ha: Math.round(Math.PI * (r * 110_000) ** 2 / 100) / 100 }, geometry: { type: 'Polygon', coordinates: [ring] } });
    lines.push(line);
    size += line.length + 2;
  }
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
