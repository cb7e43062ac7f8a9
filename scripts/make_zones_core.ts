/**
 * `npm run make:zones-core`: writes `geodata/zones-core.geojson`, the first view's part of `geodata/zones.geojson`
 * (every feature without its long-form texts, `src/domain/zone_core.ts`), after a hand edit of the whole file.
 * `npm run make:zones` writes both itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { coreCollection } from '../src/domain/zone_core.ts';
import { readableJson } from './lib/stable_json.ts';

const WHOLE = new URL('../geodata/zones.geojson', import.meta.url);
const CORE = new URL('../geodata/zones-core.geojson', import.meta.url);

writeFileSync(CORE, readableJson(coreCollection(JSON.parse(readFileSync(WHOLE, 'utf8')))));
console.log(`make:zones-core: wrote ${CORE.pathname}`);
