import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Feature, Position } from 'geojson';
import type { MultiPolygon } from 'topojson-specification';
import { fixName, loadFixedTopology } from './admin1.ts';
import { provinceBoundaries, provinceLabels } from './boundaries.ts';
import { FRAME } from './config.ts';
import { asciiName, buildPlaces, type ResearchPlace } from './places.ts';
import { buildRoads } from './roads.ts';
import type { MultiPolygonCoords } from './shoreline.ts';

/** A land square over the whole frame, so clipping to land keeps every border inside the frame. */
const allLand: MultiPolygonCoords = [[[[FRAME[0], FRAME[1]], [FRAME[2], FRAME[1]], [FRAME[2], FRAME[3]], [FRAME[0], FRAME[3]], [FRAME[0], FRAME[1]]]]];

const research = (id: string, lon: number, lat: number, kind = 'road-point', basis = 'VNPT site table'): ResearchPlace =>
  ({ id, name_vi: id, name_en: id, kind, lat, lon, confidence: 'medium', basis });

describe('former provincial boundaries', () => {
  it('restores mis-encoded and unaccented names in NFC', () => {
    expect(fixName('Ð?ng Tháp')).toBe('Đồng Tháp');
    expect(fixName('Can Tho')).toBe('Cần Thơ');
    expect(fixName('Đông Nam Bộ')).toBe('Đồng Nai');
    expect(fixName('Sóc Trăng')).toBe('Sóc Trăng'.normalize('NFC'));
  });

  it('draws Sóc Trăng borders with its land neighbours (Trà Vinh lies across the river, no shared border)', () => {
    const lines = provinceBoundaries(FRAME, allLand);
    const neighbours = new Set(lines.filter((l) => l.properties.soc_trang)
      .map((l) => (l.properties.left === 'Sóc Trăng' ? l.properties.right : l.properties.left)));
    expect([...neighbours].sort()).toEqual(['Bạc Liêu', 'Hậu Giang']);
    for (const l of lines) for (const [lon, lat] of l.geometry.coordinates) {
      expect(lon).toBeGreaterThanOrEqual(FRAME[0]);
      expect(lat).toBeGreaterThanOrEqual(FRAME[1]);
    }
    expect(lines.every((l) => l.properties.former)).toBe(true);
  });

  it('drops the Côn Đảo islands from Sóc Trăng and fixes names in the topology', () => {
    const topo = loadFixedTopology();
    const st = topo.objects.vnm.geometries.find((g) => g.id === 'VN.ST');
    expect(st?.type).toBe('MultiPolygon');
    const part = feature(topo, st as MultiPolygon) as Feature;
    const polys: Position[][][] = part.geometry.type === 'MultiPolygon' ? part.geometry.coordinates : [];
    expect(polys.length).toBeGreaterThan(0);
    for (const poly of polys) expect(Math.max(...(poly[0] ?? []).map((p) => p[1] ?? 0))).toBeGreaterThanOrEqual(9);
    const names = topo.objects.vnm.geometries.map((g) => (g.properties as { name: string }).name);
    expect(names).toContain('Đồng Tháp');
    expect(names).not.toContain('Can Tho');
  });

  it('names the current unit of Sóc Trăng, Trà Vinh and Bạc Liêu', () => {
    const labels = new Map(provinceLabels(FRAME).map((l) => [l.name, l.current_vi]));
    expect(labels.get('Sóc Trăng')).toBe('TP Cần Thơ');
    expect(labels.get('Trà Vinh')).toBe('tỉnh Vĩnh Long');
    expect(labels.get('Bạc Liêu')).toBe('tỉnh Cà Mau');
  });
});

describe('places', () => {
  const places = buildPlaces(FRAME, [
    research('soc-trang-city', 105.972, 9.6029, 'city'),
    research('chau-thanh-town', 105.915, 9.69, 'district-town', 'GUESS: near QL1A'),
    research('tran-de-fishing-port', 106.203, 9.527, 'port'),
  ]);

  it('prefers sourced research points over GeoNames twins and GeoNames over guessed points', () => {
    const soc = places.filter((p) => p.properties.name === 'Sóc Trăng');
    expect(soc.map((p) => p.properties.id)).toEqual(['soc-trang-city']);
    expect(places.some((p) => p.properties.id === 'chau-thanh-town')).toBe(false);
    expect(places.some((p) => p.properties.name === 'Châu Thành' && p.properties.source.startsWith('GeoNames'))).toBe(true);
  });

  it('stores NFC names, ASCII English names and ranks from 1', () => {
    for (const p of places) {
      expect(p.properties.name).toBe(p.properties.name.normalize('NFC'));
      expect(p.properties.rank).toBeGreaterThanOrEqual(1);
    }
    expect(asciiName('Đại Ngãi')).toBe('Dai Ngai');
    expect(places[0]?.properties.rank).toBe(1);
    expect(places.find((p) => p.properties.id === 'tran-de-fishing-port')?.properties.kind).toBe('port');
  });
});

describe('schematic roads', () => {
  it('fails loudly when a waypoint is missing from the research file', () => {
    expect(() => buildRoads([])).toThrow(/has no point/);
  });

  it('keeps the committed roads schematic, noted in both languages, in NFC', () => {
    const roads = JSON.parse(readFileSync('geodata/roads.geojson', 'utf8')) as {
      features: { properties: { schematic: boolean; note_vi: string; note_en: string; name: string; via: string[] }; geometry: { coordinates: number[][] } }[];
    };
    expect(roads.features.length).toBeGreaterThanOrEqual(3);
    for (const r of roads.features) {
      expect(r.properties.schematic).toBe(true);
      expect(r.properties.note_vi.length).toBeGreaterThan(20);
      expect(r.properties.note_en.length).toBeGreaterThan(20);
      expect(r.properties.name).toBe(r.properties.name.normalize('NFC'));
      expect(r.geometry.coordinates).toHaveLength(r.properties.via.length);
    }
  });
});
