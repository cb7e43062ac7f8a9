/**
 * The rooms of `src/` are lint rules, not habits: each import that breaks the one direction
 * (ui → map → state → import → domain, MapLibre only in src/map) fails ESLint, and the allowed ones pass.
 */
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

interface Case { file: string; code: string; rule: string }
const CASES = JSON.parse(readFileSync(new URL('../fixtures/lint/rooms.json', import.meta.url), 'utf8')) as Case[];
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('rooms as lint rules', () => {
  it.each(CASES)('refuses $file importing $rule', async ({ file, code, rule }) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(rule === 'maplibre' ? /Only src\/map imports MapLibre/ : new RegExp(`may not import src/${rule}`));
  }, 30_000);

  it('allows the imports the direction permits', async () => {
    expect(await importErrors('src/ui/fixture.tsx', "import { THEME } from '../map/theme.ts';\nimport { createAppState } from '../state/app_state.ts';\nexport const x = [THEME, createAppState];\n")).toEqual([]);
    expect(await importErrors('src/map/fixture.ts', "import { Map } from 'maplibre-gl';\nimport { createAppState } from '../state/app_state.ts';\nexport const x = [Map, createAppState];\n")).toEqual([]);
    expect(await importErrors('src/state/fixture.ts', "import { importFile } from '../import/client.ts';\nexport const x = importFile;\n")).toEqual([]);
    expect(await importErrors('src/import/fixture.ts', "import { areasOf } from '../domain/area.ts';\nexport const x = areasOf;\n")).toEqual([]);
  }, 30_000);
});
