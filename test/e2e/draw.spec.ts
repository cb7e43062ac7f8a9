/**
 * The boundary workbench in the browser: draw by clicks and by keyboard, edit, paste a VN-2000 table, export and
 * read back, a malformed table, and a proposal. Expected figures are computed in node with the app's own domain
 * functions from what the page shows (the vertex list) or from the fixture itself.
 */
import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { afterEach, describe, expect, it } from 'vitest';
import { areaVn2000SquareMetres, vn2000Projection } from '../../src/domain/area.ts';
import { parseBoundaryFile } from '../../src/domain/boundary_file.ts';
import { parseCoordTable } from '../../src/import/coord_table/index.ts';
import { useSession } from './browser.ts';
import { computedHa, literally } from './geodata.ts';
import { formatHa } from '../../src/domain/format.ts';
import { openApp, openZoneFromList } from './driver.ts';
import {
  boardEmpty, boardFigures, boardVertices, chooseTool, clickPolygon, drawTable, editSelectedZone, exportBoard, keyPolygon, mapPoints, nudgeVertex,
  openWorkbench, pasteTable, proposeBoundary, tableCanDraw, tableProblems, versusOriginal,
} from './draw_driver.ts';

const s = useSession();
afterEach(() => {
  expect(s.errors).toEqual([]);
});

const TABLE = 'test/fixtures/coord_tables/tabs-vn2000.txt';
const ha = (text: string): number => Number(text.replace(/\s*ha$/, '').replace(/\./g, '').replace(',', '.'));
/** The VN-2000 area (ha) of the polygon through grid vertices [X northing, Y easting], with the app's own function. */
function areaOfVertices(vertices: Array<[number, number]>): number {
  const { fromVn2000 } = vn2000Projection();
  const ring = vertices.map(([x, y]) => fromVn2000([y, x]));
  const polygon: Polygon = { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
  return areaVn2000SquareMetres(polygon) / 10_000;
}

describe('drawing', () => {
  it('draws an area by clicks, and shows its three areas for the vertices it lists', async () => {
    await openApp(s.page, '#map=13/9.64/105.95');
    await openWorkbench(s.page);
    await clickPolygon(s.page, await mapPoints(s.page, [[0.6, 0.3], [0.85, 0.3], [0.85, 0.7], [0.6, 0.7]]));
    const f = await boardFigures(s.page);
    expect(f.vertices).toBe(4);
    const vertices = await boardVertices(s.page);
    expect(vertices).toHaveLength(4);
    expect(Math.abs(ha(f.vn2000) - areaOfVertices(vertices))).toBeLessThan(0.011);
    // The sphere reads high at this latitude, the grid a little low: VN-2000 < ellipsoidal < Turf.
    expect(ha(f.vn2000)).toBeLessThan(ha(f.ellipsoidal));
    expect(ha(f.ellipsoidal)).toBeLessThan(ha(f.turf));
  });

  it('draws an area from the keyboard alone: arrows move the map, Enter places a point at the centre', async () => {
    await openApp(s.page, '#map=14/9.64/105.95');
    await openWorkbench(s.page);
    await keyPolygon(s.page, [[], ['ArrowRight', 'ArrowRight'], ['ArrowDown', 'ArrowDown'], ['ArrowLeft', 'ArrowLeft']]);
    await chooseTool(s.page, 'edit');
    const f = await boardFigures(s.page);
    expect(f.vertices).toBe(4);
    expect(Math.abs(ha(f.vn2000) - areaOfVertices(await boardVertices(s.page)))).toBeLessThan(0.011);
    expect(ha(f.vn2000)).toBeGreaterThan(0);
  });

  it('moves a vertex from the keyboard by the step, and the area follows', async () => {
    await openApp(s.page);
    await openWorkbench(s.page);
    await pasteTable(s.page, TABLE);
    await drawTable(s.page);
    const before = await boardVertices(s.page);
    // M1 is the north-west corner: 10 m east moves it into the area.
    await nudgeVertex(s.page, 0, 'ArrowRight', 10);
    const after = await boardVertices(s.page);
    expect(after[0]![1] - before[0]![1]).toBeCloseTo(10, 2);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(Math.abs(ha((await boardFigures(s.page)).vn2000) - areaOfVertices(after))).toBeLessThan(0.011);
    expect(areaOfVertices(after)).toBeLessThan(areaOfVertices(before));
  });
});

it('copies a zone’s outline onto the board and compares every edit with it', async () => {
  await openApp(s.page);
  await openZoneFromList(s.page, 'an-nghiep');
  await editSelectedZone(s.page);
  const same = new RegExp(`Chồng lấn ${literally(formatHa(computedHa('an-nghiep'), 'vi')).source} \\(100,0% của bản gốc, 100,0% của hình vẽ\\); hình vẽ chênh \\+?0,00\\sha`);
  expect(await versusOriginal(s.page)).toMatch(same);
  await nudgeVertex(s.page, 0, 'ArrowUp', 10);
  expect(await versusOriginal(s.page)).not.toMatch(same);
});

describe('coordinate tables', () => {
  const expected = parseCoordTable(readFileSync(TABLE, 'utf8'));

  it('reads a pasted VN-2000 table into the expected polygon and area', async () => {
    await openApp(s.page);
    await openWorkbench(s.page);
    await pasteTable(s.page, TABLE);
    expect(await tableProblems(s.page)).toEqual([]);
    await drawTable(s.page);
    expect(ha((await boardFigures(s.page)).vn2000)).toBeCloseTo(areaVn2000SquareMetres(expected.polygon!) / 10_000, 2);
    const table = expected.rows.slice(0, -1).map((r) => [r.x, r.y]);
    expect(new Set((await boardVertices(s.page)).map((v) => v.join(' ')))).toEqual(new Set(table.map((v) => v.join(' '))));
  });

  it('exports it as CSV and DXF that read back to the same coordinates, to the millimetre', async () => {
    await openApp(s.page);
    await openWorkbench(s.page);
    await pasteTable(s.page, TABLE);
    await drawTable(s.page);
    const csv = await exportBoard(s.page, 'csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const back = parseCoordTable(csv.text.slice(1));
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(back.rows.map((r) => [r.name, r.x, r.y])).toEqual(expected.rows.slice(0, -1).map((r) => [r.name, r.x, r.y]));
    const dxf = await exportBoard(s.page, 'dxf');
    expect(dxf.name).toMatch(/\.dxf$/);
    for (const r of expected.rows.slice(0, -1)) {
      // Group codes 10 and 20: easting and northing of a vertex, to the millimetre.
      expect(dxf.text).toMatch(new RegExp(`\\n\\s*10\\r?\\n${r.y.toFixed(3)}\\r?\\n\\s*20\\r?\\n${r.x.toFixed(3)}`));
    }
    expect(dxf.text).toMatch(/POLYLINE[\s\S]*SEQEND/);
  });

  it('names the row and column of every problem in a malformed table, and draws nothing', async () => {
    await openApp(s.page);
    await openWorkbench(s.page);
    await pasteTable(s.page, 'test/fixtures/coord_tables/garbage.txt');
    const problems = await tableProblems(s.page);
    const inNode = parseCoordTable(readFileSync('test/fixtures/coord_tables/garbage.txt', 'utf8')).problems;
    expect(problems.map((p) => [p.line, p.code])).toEqual(inNode.map((p) => [String(p.line ?? ''), p.code]));
    expect(problems.some((p) => p.code === 'garbage-line' && p.text.startsWith(`Dòng ${p.line}`))).toBe(true);
    expect(await tableCanDraw(s.page)).toBe(false);
    expect(await boardEmpty(s.page)).toBe(true);
  });

  it('proposes the drawn table as a zone’s surveyed boundary, in a file that zones:replace reads', async () => {
    await openApp(s.page);
    await openWorkbench(s.page);
    await pasteTable(s.page, TABLE);
    await drawTable(s.page);
    const file = await proposeBoundary(s.page, 'an-nghiep', 'surveyed', { title: 'Quyết định thử 1/QĐ-UBND', date: '2024-05-31' });
    expect(file.name).toBe('an-nghiep.geojson');
    const b = parseBoundaryFile(JSON.parse(file.text));
    expect(b.properties).toMatchObject({ id: 'an-nghiep', geometry_quality: 'surveyed', geometry_source: { title: 'Quyết định thử 1/QĐ-UBND', date: '2024-05-31' } });
    expect(areaVn2000SquareMetres(b.geometry)).toBeCloseTo(areaVn2000SquareMetres(expected.polygon!), -1);
  });
});
