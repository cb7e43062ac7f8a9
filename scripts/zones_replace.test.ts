/**
 * `npm run zones:replace` end to end, in a throwaway copy of the repository's data and scripts (the real `geodata/`
 * is never touched): a table goes in and the map's data is rebuilt around it; a boundary without its document, in
 * the wrong place, or failing the data checks is refused and `geodata/` stays byte for byte as it was.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { parseCoordTable } from '../src/import/coord_table/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const TABLE = join(ROOT, 'test/fixtures/coord_tables/tabs-vn2000.txt');
const HALF_IN_RIVER = join(ROOT, 'test/fixtures/zones_replace/half-in-river.txt');
let dir = '';

function replace(...args: string[]): { code: number | null; out: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/zones_replace.ts', ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}
const zonesText = (): string => readFileSync(join(dir, 'geodata/zones.geojson'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zones-replace-'));
  for (const part of ['scripts', 'src', 'geodata', 'package.json', 'tsconfig.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('zones:replace', () => {
  it('refuses a surveyed boundary without its dated document, changing nothing', () => {
    const before = zonesText();
    const r = replace('an-nghiep', TABLE, '--quality', 'surveyed', '--source-title', 'Quyết định thử');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/surveyed boundary needs the source document: its title and date/);
    expect(zonesText()).toBe(before);
    expect(existsSync(join(dir, 'geodata/boundaries/an-nghiep.geojson'))).toBe(false);
  });

  it('refuses a boundary far from where the sources place the zone', () => {
    const before = zonesText();
    const r = replace('tran-de', TABLE, '--quality', 'indicative');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/lies \d+\.\d km from where the sources place Khu công nghiệp Trần Đề \(tran-de\)/);
    expect(zonesText()).toBe(before);
  });

  it('refuses, and restores geodata/, when the rebuilt data fails its checks (half in the river)', { timeout: 60_000 }, () => {
    const before = zonesText();
    const r = replace('tran-de', HALF_IN_RIVER, '--quality', 'indicative');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/tran-de\s+geometry: only \d+\.\d % of the shape lies on land/);
    expect(zonesText()).toBe(before);
    expect(existsSync(join(dir, 'geodata/boundaries/tran-de.geojson'))).toBe(false);
  });

  it('puts a surveyed table in: the zone takes its exact shape, quality, source and an anchor inside it', { timeout: 60_000 }, () => {
    const r = replace('an-nghiep', TABLE, '--quality', 'surveyed', '--source-title', 'Quyết định thử 1/QĐ-UBND', '--source-date', '2024-05-31');
    expect(r.code, r.out).toBe(0);
    const expected = parseCoordTable(readFileSync(TABLE, 'utf8')).polygon!;
    const zones = JSON.parse(zonesText()) as FeatureCollection<Polygon, Record<string, unknown>>;
    const f = zones.features.find((z) => z.properties['id'] === 'an-nghiep')!;
    expect(f.properties['geometry_quality']).toBe('surveyed');
    expect(f.properties['shape_sized_to_official']).toBe(false);
    expect(JSON.stringify(f.properties['geometry_note'])).toContain('Quyết định thử 1/QĐ-UBND (2024-05-31)');
    // Same ring, to the 6 decimals the data keeps (about 10 cm).
    const round = (p: number[]) => p.map((v) => Math.round(v * 1e6) / 1e6);
    expect(f.geometry.coordinates[0]!.map(round)).toEqual(expected.coordinates[0]!.map(round));
    const boundary = JSON.parse(readFileSync(join(dir, 'geodata/boundaries/an-nghiep.geojson'), 'utf8')) as { properties: Record<string, unknown> };
    expect(boundary.properties['geometry_source']).toEqual({ title: 'Quyết định thử 1/QĐ-UBND', date: '2024-05-31', url: null });
    expect(r.out).toMatch(/validate: 17 features checked \(17 valid\), 0 error/);
  });
});
