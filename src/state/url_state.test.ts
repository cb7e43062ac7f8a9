import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KINDS, LANGS, STAGES } from '../domain/zone.ts';
import {
  DEFAULT_URL_STATE, ID_PATTERN, LAT_RANGE, LON_RANGE, MAX_QUERY_LENGTH, PITCH_RANGE, ZOOM_RANGE,
  cameraPrecision, decodeUrlState, encodeUrlState, formatCamera, normaliseQuery,
  type Camera, type UrlState,
} from './url_state.ts';
import { BASE_LAYERS } from './view.ts';
import { CASE_KNOWN_IDS, URL_CASES, caseUrl } from '../../test/url_cases.ts';
import { sameShareableState } from '../../test/url_compare.ts';

/** mulberry32: a small seeded generator, so every run sees the same "random" states. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['An', 'Nghiệp', 'Trần', 'Đề', 'Đại', 'Ngãi', 'KCN', 'ccn', 'Ngã', 'Năm', '2030', 'khu', 'x'];
const PUNCTUATION = ['<script>', '"', "'", '&', '%', '+', '#', '=', '?', '/', ',', '(', ')', 'é', '😀', ':', '[x]'];

/** A fresh state; `punctuation` adds characters that URLs treat specially to the query. */
function randomState(rng: () => number, punctuation = false): UrlState {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const some = <T>(xs: readonly T[]): T[] => xs.filter(() => rng() < 0.3);
  const between = ([lo, hi]: readonly [number, number]) => lo + rng() * (hi - lo);
  const words = Array.from({ length: Math.floor(rng() * 4) }, () => (punctuation && rng() < 0.4 ? pick(PUNCTUATION) : pick(WORDS)));
  const rotated = rng() < 0.3;
  return {
    camera: rng() < 0.15 ? null : {
      zoom: between(ZOOM_RANGE), lat: between(LAT_RANGE), lon: between(LON_RANGE),
      bearing: rotated ? between([-180, 180]) : 0, pitch: rotated && rng() < 0.5 ? between(PITCH_RANGE) : 0,
    },
    selected: rng() < 0.5 ? pick([...CASE_KNOWN_IDS]) : null,
    hiddenStages: some(STAGES).reverse(), hiddenKinds: some(KINDS),
    query: words.join(rng() < 0.5 ? ' ' : ''),
    lang: pick(LANGS), layer: pick(BASE_LAYERS), view: pick(['map', 'table'] as const), embed: rng() < 0.3,
    compare: rng() < 0.4 ? some([...CASE_KNOWN_IDS]).slice(0, 4) : [],
    year: rng() < 0.3 ? 2005 + Math.floor(rng() * 46) : null,
  };
}

const cam = (zoom: number, lat: number, lon: number, bearing = 0, pitch = 0): Camera => ({ zoom, lat, lon, bearing, pitch });
const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, hiddenStages: [], hiddenKinds: [], ...over });

/** What must hold for any decoded state, whatever the input. */
function expectSafe(s: UrlState): void {
  if (s.camera) {
    expect(s.camera.zoom).toBeGreaterThanOrEqual(ZOOM_RANGE[0]);
    expect(s.camera.zoom).toBeLessThanOrEqual(ZOOM_RANGE[1]);
    expect(s.camera.lat).toBeGreaterThanOrEqual(LAT_RANGE[0]);
    expect(s.camera.lat).toBeLessThanOrEqual(LAT_RANGE[1]);
    expect(s.camera.lon).toBeGreaterThanOrEqual(LON_RANGE[0]);
    expect(s.camera.lon).toBeLessThanOrEqual(LON_RANGE[1]);
    expect(Math.abs(s.camera.bearing)).toBeLessThanOrEqual(180);
  }
  if (s.selected !== null) expect(s.selected).toMatch(ID_PATTERN);
  expect(Array.from(s.query).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(s.query).not.toMatch(/[\p{Cc}&%+#=]/u);
  expect(s.query).toBe(s.query.normalize('NFC'));
}

describe('encodeUrlState', () => {
  it('writes nothing for the default state', () => {
    expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(encodeUrlState(state({ query: '  \t ', selected: 'Not a slug!' }))).toBe('');
  });

  it('writes keys in a fixed order, filters as compact codes in canonical order', () => {
    const s = state({ camera: cam(10, 9.6, 105.9), selected: 'an-nghiep', hiddenStages: ['planned', 'operating', 'planned'],
      hiddenKinds: ['economic-zone', 'zone'], query: 'Trần Đề', lang: 'en', layer: 'osm', view: 'table', embed: true });
    expect(encodeUrlState(s)).toBe('#map=10/9.6/105.9&z=an-nghiep&hs=op&hk=ze&q=Tr%E1%BA%A7n+%C4%90%E1%BB%81&l=en&b=osm&v=t&e=1');
    expect(encodeUrlState(state({ layer: 'satellite' }))).toBe('#b=sat');
  });

  it('rounds lat/lon to the decimals the zoom needs, zoom to 2 decimals', () => {
    const c = (zoom: number) => cam(zoom, 9.604123456, 105.912345678);
    expect([6, 9, 12, 14.567, 16].map(cameraPrecision)).toEqual([3, 4, 5, 5, 6]);
    expect(formatCamera(c(6))).toBe('6/9.604/105.912');
    expect(formatCamera(c(9.004))).toBe('9/9.6041/105.9123');
    expect(formatCamera(c(14.567))).toBe('14.57/9.60412/105.91235');
    expect(formatCamera(c(16))).toBe('16/9.604123/105.912346');
  });

  it('writes bearing only when bearing or pitch is non-zero, pitch only when non-zero', () => {
    expect(formatCamera(cam(10, 9.6, 105.9, 12.34))).toBe('10/9.6/105.9/12.3');
    expect(formatCamera(cam(10, 9.6, 105.9, 0, 40.4))).toBe('10/9.6/105.9/0/40');
    expect(formatCamera(cam(10, 9.6, 105.9, -0.04))).toBe('10/9.6/105.9/0');
  });

  it('never throws on broken states', () => {
    const broken = state({ camera: cam(NaN, 9, 105), query: 'a\ud800b', hiddenStages: ['nope' as never] });
    expect(encodeUrlState(broken)).toBe('#q=a%EF%BF%BDb');
  });
});

describe('round trip', () => {
  it('decode(encode(s)) is the same shareable state, and encoding is a fixed point', () => {
    const rng = seeded(20260101);
    for (let i = 0; i < 500; i++) {
      const s = randomState(rng, i % 2 === 1);
      const hash = encodeUrlState(s);
      const back = decodeUrlState(hash, { knownIds: CASE_KNOWN_IDS });
      expect(sameShareableState(back, s), `${JSON.stringify(s)} → ${hash}`).toBe(true);
      expect(encodeUrlState(back)).toBe(hash);
      expect(decodeUrlState(`https://example.vn/app/?fbclid=IwAR1#${hash.slice(1)}&zarsi=9`, { knownIds: CASE_KNOWN_IDS })).toEqual(back);
    }
  });
});

describe('hostile and malformed links (test/url_cases.ts)', () => {
  it('has at least 40 cases with unique names', () => {
    expect(URL_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(URL_CASES.map((c) => c.name)).size).toBe(URL_CASES.length);
  });

  it('knows only ids present in geodata/zones.geojson', () => {
    const data = JSON.parse(readFileSync(new URL('../../geodata/zones.geojson', import.meta.url), 'utf8')) as
      { features: { properties: { id: string } }[] };
    const ids = new Set(data.features.map((f) => f.properties.id));
    for (const id of CASE_KNOWN_IDS) expect(ids.has(id), id).toBe(true);
  });

  it.each(URL_CASES)('$name', (c) => {
    const got = decodeUrlState(c.input, { knownIds: CASE_KNOWN_IDS });
    expect(got).toEqual(state(c.expect));
    expectSafe(got);
    // What the browser hands the app after parsing the URL decodes the same.
    const seen = new URL(caseUrl(c, 'http://localhost:4310/')).href;
    expect(decodeUrlState(seen, { knownIds: CASE_KNOWN_IDS })).toEqual(got);
  });

  it('never throws and stays safe on 3,000 generated garbage hashes', () => {
    const rng = seeded(7);
    const bits = ['map=', 'z=', 'q=', 'hs=', 'l=', '&', '=', '#', '?', '/', '%', '%E0', '%A4', '%2', '+', '.', '-', '9', 'e',
      'NaN', 'an-nghiep', 'ø', '\u202e', '\u0000', 'zarsi=', 'stages=', 's=1', '<', '"', 'x'.repeat(700)];
    for (let i = 0; i < 3000; i++) {
      const input = Array.from({ length: 1 + Math.floor(rng() * 12) }, () => bits[Math.floor(rng() * bits.length)]).join('');
      const got = decodeUrlState(input);
      expectSafe(got);
      expect(decodeUrlState(encodeUrlState(got))).toEqual(got);
    }
  });
});

describe('version 1 links', () => {
  it('reads long keys, visible-stage lists and the unnamed camera', () => {
    expect(decodeUrlState('#10/9.6/105.9&zone=tran-de&stages=operating,%20built&kinds=cluster&lang=en')).toEqual(state({
      camera: cam(10, 9.6, 105.9), selected: 'tran-de', hiddenStages: ['planned', 'land-clearance'],
      hiddenKinds: ['zone', 'economic-zone'], lang: 'en',
    }));
  });

  it('re-encodes a v1 link in the current short form', () => {
    const v1 = '#map=11/9.7/106.01&zone=dai-ngai&stages=planned&search=%C4%90%E1%BA%A1i+Ng%C3%A3i&basemap=osm&view=table';
    expect(encodeUrlState(decodeUrlState(v1))).toBe('#map=11/9.7/106.01&z=dai-ngai&hs=obc&q=%C4%90%E1%BA%A1i+Ng%C3%A3i&b=osm&v=t');
  });
});

describe('normaliseQuery', () => {
  it('keeps text as text: NFC, no controls, URL-breaking signs as spaces, capped by code points', () => {
    expect(normaliseQuery('  Tra\u0302\u0300n\u0000 Đề\u202e ')).toBe('Trần Đề');
    expect(normaliseQuery('R&D 100% a+b #1 x=y')).toBe('R D 100  a b  1 x y');
    expect(normaliseQuery('😀'.repeat(120))).toBe('😀'.repeat(100));
  });
});

describe('sameShareableState', () => {
  const base = state({ camera: cam(12.3, 9.61234, 105.95678, 10, 20), hiddenStages: ['built', 'operating'] });

  it('compares cameras within rounding and filters as sets', () => {
    expect(sameShareableState(base, { ...base, camera: cam(12.304, 9.612345, 105.956775, 10.04, 20.4),
      hiddenStages: ['operating', 'built'] })).toBe(true);
    expect(sameShareableState(base, { ...base, camera: cam(12.3, 9.6125, 105.95678, 10, 20) })).toBe(false);
    expect(sameShareableState(base, { ...base, camera: null })).toBe(false);
    expect(sameShareableState(base, { ...base, query: 'x' })).toBe(false);
  });

  it('takes a looser tolerance for a browser that nudged the camera', () => {
    const moved = { ...base, camera: cam(12.2, 9.613, 105.957, 10, 20) };
    expect(sameShareableState(base, moved)).toBe(false);
    expect(sameShareableState(base, moved, { zoom: 0.15, degrees: 0.002 })).toBe(true);
  });

  it('wraps bearings across ±180', () => {
    const a = state({ camera: cam(10, 9.6, 105.9, 179.98) });
    expect(sameShareableState(a, state({ camera: cam(10, 9.6, 105.9, -179.98) }))).toBe(true);
  });
});

/**
 * MapLibre's `hash: "map"` rewrites the whole hash on every move. Its real `Hash` class (test-only import) is
 * driven with a stand-in map; the browser's URL parser is `new URL()`.
 */
describe('beside MapLibre’s own hash writer', () => {
  let writeHash: (hash: string, c: Camera) => string;
  beforeAll(async () => {
    vi.stubGlobal('window', { location: { hash: '' } });
    const { Hash } = await import('maplibre-gl');
    writeHash = (hash, c) => {
      const w = globalThis.window as unknown as { location: { hash: string } };
      w.location.hash = hash;
      const h = new Hash('map');
      const standIn = {
        getCenter: () => ({ lng: c.lon, lat: c.lat }), getZoom: () => c.zoom, getBearing: () => c.bearing, getPitch: () => c.pitch,
        _camera: { transform: { worldCoordinateHelper: { wraps: true } } },
      };
      Object.assign(h, { _map: standIn });
      return new URL(h.getHashString(), 'http://localhost/').hash;
    };
  });
  afterAll(() => vi.unstubAllGlobals());

  it('leaves our hash byte for byte unchanged when the query is words and spaces', () => {
    const rng = seeded(99);
    for (let i = 0; i < 300; i++) {
      const s = randomState(rng);
      if (!s.camera) continue;
      const ours = encodeUrlState(s);
      expect(writeHash(ours, s.camera)).toBe(ours);
    }
  });

  it('rewrites punctuation in the query without changing what it decodes to', () => {
    const rng = seeded(123);
    for (let i = 0; i < 300; i++) {
      const s = randomState(rng, true);
      if (!s.camera) continue;
      const ours = encodeUrlState(s);
      expect(decodeUrlState(writeHash(ours, s.camera))).toEqual(decodeUrlState(ours));
    }
  });

  it('adds map= after our keys when the hash had no camera', () => {
    expect(writeHash('#z=an-nghiep&l=en', cam(9, 9.6, 105.9))).toBe('#z=an-nghiep&l=en&map=9/9.6/105.9');
    expect(decodeUrlState('#z=an-nghiep&l=en&map=9/9.6/105.9').camera).toEqual(cam(9, 9.6, 105.9));
  });
});
