/**
 * What the shipped data says, for the browser tests' expected values: the features of
 * `geodata/zones.geojson` (read with the app's own parser) and the figures of `geodata/plan.json`.
 * Specs take names, areas and counts from here, never as literals, so a data update does not break them.
 * Numbers are written the way the app writes them (`formatHa`).
 */
import { readFileSync } from 'node:fs';
import { areaVn2000SquareMetres } from '../../src/domain/area.ts';
import { formatHa, formatPublishedHa } from '../../src/domain/format.ts';
import { parsePlan, type Plan } from '../../src/domain/plan.ts';
import { matchesQuery, searchTextOf } from '../../src/domain/search.ts';
import type { Kind, Lang, ZoneProperties } from '../../src/domain/zone.ts';
import { parseZoneCollection } from '../../src/domain/zone_parser.ts';

const raw = JSON.parse(readFileSync('geodata/zones.geojson', 'utf8')) as { features: Array<{ properties: { id: string } }> };
const parsed = parseZoneCollection(raw);
// The app drops features its parser rejects; the tests expect every shipped feature on screen.
if (parsed.features.length !== raw.features.length) throw new Error('geodata/zones.geojson has features the app rejects');

/** Every shipped feature's properties, in file order. */
export const shipped: readonly ZoneProperties[] = parsed.features.map((f) => f.properties);

/** The plan's figures. */
export const plan: Plan = parsePlan(JSON.parse(readFileSync('geodata/plan.json', 'utf8')));

/** The ids of every shipped feature, sorted. */
export const shippedIds = (): string[] => raw.features.map((f) => f.properties.id).sort();

/** The VN-2000 area (ha) of a shipped feature's shape, as the app computes it. */
export function computedHa(id: string): number {
  const f = parsed.features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`no feature ${id} in geodata/zones.geojson`);
  return areaVn2000SquareMetres(f.geometry) / 10_000;
}

/** A shipped feature by id (throws when there is none). */
export function zone(id: string): ZoneProperties {
  const p = shipped.find((z) => z.id === id);
  if (!p) throw new Error(`no feature ${id} in geodata/zones.geojson`);
  return p;
}

/** The first shipped feature that fits (throws when none does). */
export function firstZone(pred: (p: ZoneProperties) => boolean): ZoneProperties {
  const p = shipped.find(pred);
  if (!p) throw new Error('no such feature in geodata/zones.geojson');
  return p;
}

/** The ids of the shipped features a search for `query` must list (the app's own folding and matching), sorted. */
export function idsMatching(query: string): string[] {
  return parsed.features.filter((f) => matchesQuery(searchTextOf(f), query)).map((f) => f.properties.id).sort();
}

/** The shipped features of one kind. */
export const ofKind = (kind: Kind): ZoneProperties[] => shipped.filter((p) => p.kind === kind);

/** A feature's official area as the app writes it, with the decimals the source gives ("243 ha", "53,9 ha"). */
export function officialArea(id: string, lang: Lang = 'vi'): string {
  const ha = zone(id).official_area_ha;
  if (ha === null) throw new Error(`${id} has no official area`);
  return formatPublishedHa(ha, lang);
}

/** A plan total with as many decimals as the figure has (4334 → "4.334 ha", 983.6 → "983,6 ha"). */
export const planHa = (ha: number, lang: Lang = 'vi'): string => formatHa(ha, lang, ha % 1 ? 1 : 0);

/** "1.234,56 ha" (Vietnamese) → 1234.56; NaN for text that is not an area. */
export const parseViHa = (text: string | null): number =>
  Number((text ?? '').replace(/\s*ha$/, '').replace(/\./g, '').replace(',', '.'));

/** A string as a regular expression matching it literally, with any whitespace where it has a space. */
export const literally = (text: string): RegExp =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s'));
