/**
 * Hostile and malformed links with the state each must decode to. Used by `url_state.test.ts` (decoded with
 * `knownIds: CASE_KNOWN_IDS`) and by the browser tests, which open the app at `caseUrl(c, appBase)`.
 * Inputs are written percent-encoded wherever a browser would change raw characters, so the page sees what
 * the unit test sees.
 */
import type { Camera, UrlState } from '../src/state/url_state.ts';

export interface UrlCase {
  /** Kebab-case: what is odd about the input. */
  name: string;
  /** A hash (with or without `#`), or a full URL as pasted from a chat app or document. */
  input: string;
  /** The decoded state as differences from `DEFAULT_URL_STATE`; `{}` means the default view. */
  expect: Partial<UrlState>;
}

/** Feature ids the cases treat as known; each exists in `geodata/zones.geojson`. */
export const CASE_KNOWN_IDS: ReadonlySet<string> = new Set(['an-nghiep', 'tran-de', 'dai-ngai', 'ccn-nga-nam']);

const cam = (zoom: number, lat: number, lon: number, bearing = 0, pitch = 0): Camera => ({ zoom, lat, lon, bearing, pitch });
const HOST = 'https://khucongnghiep.example.vn/ban-do/';

export const URL_CASES: readonly UrlCase[] = [
  // Empty and realistic links.
  { name: 'empty-input', input: '', expect: {} },
  { name: 'only-hash-sign', input: '#', expect: {} },
  { name: 'full-url-without-hash', input: `${HOST}?fbclid=IwAR3xYz`, expect: {} },
  { name: 'every-key-set', input: '#map=12.5/9.61/105.97/30.5/45&z=dai-ngai&hs=oc&hk=e&q=Tr%E1%BA%A7n+%C4%90%E1%BB%81&l=en&b=sat&v=t&e=1',
    expect: { camera: cam(12.5, 9.61, 105.97, 30.5, 45), selected: 'dai-ngai', hiddenStages: ['operating', 'land-clearance'],
      hiddenKinds: ['economic-zone'], query: 'Trần Đề', lang: 'en', layer: 'satellite', view: 'table', embed: true } },
  { name: 'facebook-fbclid-appended-to-hash', input: `${HOST}#map=9/9.6/105.9&z=an-nghiep&fbclid=IwAR0aBcD-eFgH_1234`,
    expect: { camera: cam(9, 9.6, 105.9), selected: 'an-nghiep' } },
  { name: 'fbclid-in-query-string', input: `${HOST}?fbclid=IwAR2qW#map=11.5/9.62/105.95&l=en`,
    expect: { camera: cam(11.5, 9.62, 105.95), lang: 'en' } },
  { name: 'zarsi-glued-with-question-mark', input: `${HOST}#map=10/9.6/105.9&z=tran-de?zarsi=a1b2c3`,
    expect: { camera: cam(10, 9.6, 105.9), selected: 'tran-de' } },
  { name: 'utm-parameters-in-hash', input: '#z=dai-ngai&utm_source=zalo&utm_medium=chat&utm_campaign=kcn',
    expect: { selected: 'dai-ngai' } },
  { name: 'gclid-and-ga-in-query-string', input: `${HOST}?gclid=Cj0KCQ&_ga=2.1.1#hs=p`, expect: { hiddenStages: ['planned'] } },
  { name: 'utm-glued-to-map-value', input: '#map=9/9.6/105.9?utm_source=email', expect: { camera: cam(9, 9.6, 105.9) } },
  { name: 'trailing-period-from-a-sentence', input: `${HOST}#map=9/9.6/105.9&z=an-nghiep.`,
    expect: { camera: cam(9, 9.6, 105.9), selected: 'an-nghiep' } },
  { name: 'second-hash-sign-as-separator', input: '#map=9/9.6/105.9#z=tran-de', expect: { camera: cam(9, 9.6, 105.9), selected: 'tran-de' } },
  { name: 'hash-without-hash-sign', input: 'map=9/9.6/105.9&l=en', expect: { camera: cam(9, 9.6, 105.9), lang: 'en' } },
  // Camera.
  { name: 'camera-garbage-numbers', input: '#map=abc/def/ghi&l=en', expect: { lang: 'en' } },
  { name: 'camera-too-few-parts', input: '#map=9/9.6', expect: {} },
  { name: 'camera-hex-number', input: '#map=0x10/9.6/105.9', expect: {} },
  { name: 'camera-infinity', input: '#map=Infinity/9.6/105.9', expect: {} },
  { name: 'camera-nan', input: '#map=NaN/NaN/NaN', expect: {} },
  { name: 'camera-empty-parts', input: '#map=//', expect: {} },
  { name: 'camera-exponent-notation', input: '#map=1e1/9.6/105.9', expect: { camera: cam(10, 9.6, 105.9) } },
  { name: 'camera-plus-signs-and-spaces', input: '#map=+9/%2B9.6/%20105.9', expect: { camera: cam(9, 9.6, 105.9) } },
  { name: 'zoom-above-range', input: '#map=25/9.6/105.9', expect: { camera: cam(16, 9.6, 105.9) } },
  { name: 'zoom-negative', input: '#map=-3/9.6/105.9', expect: { camera: cam(6, 9.6, 105.9) } },
  { name: 'lat-lon-outside-the-world', input: '#map=10/95/-200', expect: { camera: cam(10, 11.5, 104) } },
  { name: 'camera-over-paris', input: '#map=12/48.85/2.35', expect: { camera: cam(12, 11.5, 104) } },
  { name: 'camera-south-east-of-range', input: '#map=8/-33.9/151.2', expect: { camera: cam(8, 8, 108) } },
  { name: 'bearing-beyond-180', input: '#map=10/9.6/105.9/540', expect: { camera: cam(10, 9.6, 105.9, -180) } },
  { name: 'pitch-above-range', input: '#map=10/9.6/105.9/0/89', expect: { camera: cam(10, 9.6, 105.9, 0, 60) } },
  { name: 'bearing-and-pitch-garbage', input: '#map=10/9.6/105.9/x/y', expect: { camera: cam(10, 9.6, 105.9) } },
  { name: 'camera-extra-parts', input: '#map=10/9.6/105.9/10/20/30/40', expect: { camera: cam(10, 9.6, 105.9, 10, 20) } },
  { name: 'camera-percent-encoded-slashes', input: '#map=9%2F9.6%2F105.9', expect: { camera: cam(9, 9.6, 105.9) } },
  { name: 'repeated-map-first-wins', input: '#map=9/9.6/105.9&map=14/9.7/106', expect: { camera: cam(9, 9.6, 105.9) } },
  // Selected feature id.
  { name: 'unknown-id', input: '#z=khu-khong-ton-tai', expect: {} },
  { name: 'id-script-tag', input: '#z=%3Cscript%3Ealert(1)%3C/script%3E', expect: {} },
  { name: 'id-javascript-url', input: '#z=javascript:alert(document.cookie)', expect: {} },
  { name: 'id-quote-breakout', input: '#z=an-nghiep%22%20onmouseover=%22alert(1)', expect: {} },
  { name: 'id-too-long', input: `#z=${'a'.repeat(65)}`, expect: {} },
  { name: 'id-nul-byte', input: '#z=an-nghiep%00', expect: {} },
  { name: 'id-dotless-i-lookalike', input: '#z=an-ngh%C4%B1ep', expect: {} },
  { name: 'id-upper-case', input: '#z=AN-NGHIEP', expect: { selected: 'an-nghiep' } },
  { name: 'repeated-id-first-wins', input: '#z=tran-de&z=an-nghiep&l=en&l=vi', expect: { selected: 'tran-de', lang: 'en' } },
  // Search text.
  { name: 'query-script-tag-kept-as-text', input: '#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', expect: { query: '<script>alert(1)</script>' } },
  { name: 'query-html-attribute-breakout', input: '#q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    expect: { query: '"><img src x onerror alert(1)>' } },
  { name: 'query-plus-as-space', input: '#q=tran+de', expect: { query: 'tran de' } },
  { name: 'query-percent-20-as-space', input: '#q=tran%20de', expect: { query: 'tran de' } },
  { name: 'query-encoded-ampersand', input: '#q=a%26b&l=en', expect: { query: 'a b', lang: 'en' } },
  { name: 'query-decomposed-unicode-to-nfc', input: '#q=Tra%CC%82%CC%80n%20%C4%90e%CC%82%CC%80', expect: { query: 'Trần Đề' } },
  { name: 'query-control-characters', input: '#q=a%00b%07c%0Ad%1B', expect: { query: 'abc d' } },
  { name: 'query-bidi-override', input: '#q=abc%E2%80%AEfed', expect: { query: 'abcfed' } },
  { name: 'query-whitespace-only', input: '#q=+%20+%09', expect: {} },
  { name: 'query-too-long', input: `#q=${'%C4%91'.repeat(150)}`, expect: { query: 'đ'.repeat(100) } },
  { name: 'query-truncated-utf8-sequence', input: '#q=%E0%A4%A&l=en', expect: { lang: 'en' } },
  { name: 'query-lone-percent', input: '#q=%&z=an-nghiep', expect: { selected: 'an-nghiep' } },
  { name: 'query-bad-hex-digits', input: '#q=%zz&b=osm', expect: { layer: 'osm' } },
  { name: 'query-invalid-utf8', input: '#q=%FF%FE%C0%AF', expect: {} },
  { name: 'query-encoded-surrogate', input: '#q=%ED%A0%80', expect: {} },
  // Filters, language, layer, view, embed.
  { name: 'hidden-stages-codes', input: '#hs=po', expect: { hiddenStages: ['operating', 'planned'] } },
  { name: 'hidden-stages-junk-and-repeats', input: '#hs=xxoo%21p', expect: { hiddenStages: ['operating', 'planned'] } },
  { name: 'hidden-kinds-codes', input: '#hk=ec', expect: { hiddenKinds: ['cluster', 'economic-zone'] } },
  { name: 'unknown-language', input: '#l=fr', expect: {} },
  { name: 'language-with-region', input: '#l=EN-us', expect: { lang: 'en' } },
  { name: 'unknown-layer', input: '#b=google', expect: {} },
  { name: 'layer-data-url', input: '#b=data:text/html,%3Cscript%3Ealert(1)%3C/script%3E', expect: {} },
  { name: 'layer-long-name-and-table-view', input: '#b=satellite&v=table', expect: { layer: 'satellite', view: 'table' } },
  { name: 'embed-flag-values', input: '#e=yes&v=x', expect: {} },
  { name: 'keys-without-equals', input: '#e&v&l&z', expect: {} },
  { name: 'empty-keys-and-separators', input: '#&&=x&=&map=9/9.6/105.9&&', expect: { camera: cam(9, 9.6, 105.9) } },
  { name: 'percent-encoded-key', input: '#%7A=an-nghiep', expect: { selected: 'an-nghiep' } },
  { name: 'upper-case-keys-are-unknown', input: '#Z=an-nghiep&L=en', expect: {} },
  // Length caps.
  { name: 'very-long-query-value-dropped', input: `#z=an-nghiep&q=${'a'.repeat(5000)}&l=en`, expect: { selected: 'an-nghiep' } },
  { name: 'many-junk-pairs-push-keys-past-cap', input: `#${'x=1&'.repeat(600)}z=an-nghiep`, expect: {} },
  // Versions.
  { name: 'v1-long-keys-and-unnamed-camera',
    input: '#9.5/9.6/105.9&zone=ccn-nga-nam&stages=operating,built&kinds=zone,cluster&search=Ng%C3%A3+N%C4%83m&lang=en&basemap=satellite&view=table&embed=1',
    expect: { camera: cam(9.5, 9.6, 105.9), selected: 'ccn-nga-nam', hiddenStages: ['planned', 'land-clearance'],
      hiddenKinds: ['economic-zone'], query: 'Ngã Năm', lang: 'en', layer: 'satellite', view: 'table', embed: true } },
  { name: 'v1-explicit-version-empty-stages', input: '#s=1&zone=tran-de&stages=', expect: { selected: 'tran-de' } },
  { name: 'v1-unknown-stage-names', input: '#stages=foo,bar&kinds=zone', expect: { hiddenKinds: ['cluster', 'economic-zone'] } },
  { name: 'short-keys-win-over-v1', input: '#zone=an-nghiep&z=tran-de&lang=en&l=vi', expect: { selected: 'tran-de' } },
  { name: 'future-version-read-best-effort', input: '#s=9&z=an-nghiep&xyz=1&zone=tran-de', expect: { selected: 'an-nghiep' } },
  { name: 'javascript-scheme-input', input: 'javascript:alert(document.cookie)', expect: {} },
  // Comparison (c) and timeline year (y).
  { name: 'compare-three', input: '#c=tran-de,an-nghiep,ccn-nga-nam', expect: { compare: ['tran-de', 'an-nghiep', 'ccn-nga-nam'] } },
  { name: 'compare-unknown-malformed-duplicate-dropped', input: '#c=tran-de,%3Cscript%3E,,khu-gia,TRAN-DE,an-nghiep,tran-de&l=en', expect: { compare: ['tran-de', 'an-nghiep'], lang: 'en' } },
  { name: 'compare-more-than-four-cut', input: '#c=an-nghiep,tran-de,dai-ngai,ccn-nga-nam,an-nghiep-x,tran-de', expect: { compare: ['an-nghiep', 'tran-de', 'dai-ngai', 'ccn-nga-nam'] } },
  { name: 'compare-huge-list', input: `#c=${'x,'.repeat(900)}an-nghiep`, expect: { compare: ['an-nghiep'] } },
  { name: 'compare-encoded-commas-and-spaces', input: '#c=tran-de%2C%20an-nghiep%2C', expect: { compare: ['tran-de', 'an-nghiep'] } },
  { name: 'year-plain', input: '#y=2020&z=tran-de', expect: { year: 2020, selected: 'tran-de' } },
  { name: 'year-clamped-to-range', input: '#y=1975', expect: { year: 2005 } },
  { name: 'year-after-range-clamped', input: '#y=2099', expect: { year: 2050 } },
  { name: 'year-not-a-year', input: '#y=2020.5&l=en', expect: { lang: 'en' } },
  { name: 'year-script', input: '#y=%3Cscript%3E2020', expect: {} },
  { name: 'year-exponent-and-sign', input: '#y=2e3', expect: {} },
  { name: 'year-trailing-punctuation-from-chat', input: '#y=2023).', expect: { year: 2023 } },
];

/**
 * The URL a browser test opens for a case: the case's query string and hash put on `appBase`
 * (e.g. `http://localhost:4310/`), which must have neither.
 */
export function caseUrl(c: UrlCase, appBase: string): string {
  if (/^https?:\/\//i.test(c.input)) {
    const cut = c.input.search(/[?#]/);
    return appBase + (cut < 0 ? '' : c.input.slice(cut));
  }
  if (c.input === '' || /^[#?]/.test(c.input)) return appBase + c.input;
  return `${appBase}#${c.input}`;
}
