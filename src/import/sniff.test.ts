/** The content decides the format, not the file name: KML saved as .geojson, GeoJSON saved as .kml, saved web pages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sniffMarkup, sniffText } from './decode.ts';
import { importBytes } from './pipeline.ts';
import type { ImportResult } from './types.ts';

const DIR = join(import.meta.dirname, '../../test/fixtures/import');
const run = async (name: string): Promise<ImportResult> => importBytes(new Uint8Array(readFileSync(join(DIR, name))), name);
const withoutSummary = (r: ImportResult) => r.messages.filter((m) => m.code !== 'summary');

describe('content before extension', () => {
  it('kml-saved-as.geojson: read as KML, with a note that the content was KML despite the name', async () => {
    const r = await run('kml-saved-as.geojson');
    expect(r.detected.format).toBe('kml');
    expect(r.stats.kept).toBe(2);
    expect(withoutSummary(r)).toEqual([
      { code: 'format-by-content', severity: 'info', feature: null, params: { ext: 'geojson', format: 'KML' }, action: 'none' },
    ]);
  });

  it('geojson-saved-as.kml: read as GeoJSON, with the same note', async () => {
    const r = await run('geojson-saved-as.kml');
    expect(r.detected.format).toBe('geojson');
    expect(r.stats.kept).toBe(1);
    expect(withoutSummary(r)).toEqual([
      expect.objectContaining({ code: 'format-by-content', severity: 'info', params: { ext: 'kml', format: 'GeoJSON' } }),
    ]);
  });

  it('says nothing when the name agrees with the content', async () => {
    expect((await run('valid.kml')).messages.map((m) => m.code)).toEqual(['summary']);
  });

  it.each(['saved-web-page.geojson', 'html-page.geojson'])('%s: refused as a saved web page, not as broken JSON', async (name) => {
    const r = await run(name);
    expect(r.messages).toEqual([{ code: 'html-page', severity: 'error', feature: null, params: {}, action: 'refused' }]);
    expect(r.features).toEqual([]);
  });

  it('refuses a web page whatever its name or encoding', async () => {
    const page = '<!doctype html>\n<html><head><title>Tải về – Google Drive</title></head><body>Quét vi-rút</body></html>';
    const latin1 = Uint8Array.from('<html><body>Ch\xf4 vui</body></html>', (c) => c.charCodeAt(0));
    for (const [bytes, name] of [[new TextEncoder().encode(page), 'lo-dat.kml'], [latin1, 'x.json']] as const) {
      expect((await importBytes(bytes, name)).messages.map((m) => m.code)).toEqual(['html-page']);
    }
  });
});

describe('sniffing', () => {
  it.each([
    ['<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">', 'xml'],
    ['<kml>', 'xml'],
    ['<?xml version="1.0"?><!-- xuất từ QGIS --><kml:kml xmlns:kml="x">', 'xml'],
    ['<!DOCTYPE html><html lang="vi">', 'html'],
    ['<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html>', 'html'],
    ['<!-- saved from url=(0014)about:internet -->\n<html>', 'html'],
    ['<HEAD><TITLE>404</TITLE>', 'html'],
    ['<body>', 'html'],
    ['<gpx version="1.1">', 'xml'],
  ])('%s → %s', (head, kind) => {
    expect(sniffMarkup(head)).toBe(kind);
    expect(sniffText(`\n  ${head}`)).toBe(kind);
  });
});

describe('the content note comes only with content that was read', () => {
  it('XML that is not KML, named .geojson, is refused as broken KML without claiming it was KML', async () => {
    const gpx = new TextEncoder().encode('<?xml version="1.0"?>\n<gpx version="1.1"><trk><name>Đường</name></trk></gpx>\n');
    expect((await importBytes(gpx, 'duong.geojson')).messages.map((m) => m.code)).toEqual(['kml-invalid']);
  });
});
