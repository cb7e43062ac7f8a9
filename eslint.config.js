import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The rooms of `src/` and the one direction of their imports (STYLE.md): ui → map → state → import →
 * domain; ui may also read state and domain directly. Only `src/map` imports MapLibre. A file breaking
 * these rules fails `npm run lint`; `test/unit/lint_rooms.test.ts` proves each rule fires.
 */
const room = (name) => [`**/${name}/*`, `**/${name}/**`];
const MAPLIBRE = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map imports MapLibre: go through the map controller.' };
const roomRule = (forbidden, extra = []) => ['error', {
  patterns: [
    ...forbidden.map((name) => ({ group: room(name), message: `This room may not import src/${name} (imports point ui → map → state → import → domain).` })),
    ...extra,
  ],
}];
const ROOMS = [
  { files: ['src/domain/**/*.{ts,tsx}'], rule: roomRule(['import', 'state', 'map', 'ui'], [MAPLIBRE]) },
  { files: ['src/import/**/*.{ts,tsx}'], rule: roomRule(['state', 'map', 'ui'], [MAPLIBRE]) },
  { files: ['src/state/**/*.{ts,tsx}'], rule: roomRule(['map', 'ui'], [MAPLIBRE]) },
  { files: ['src/map/**/*.{ts,tsx}'], rule: roomRule(['ui']) },
  { files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'], rule: roomRule([], [MAPLIBRE]) },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-bench/', 'bench/results/', 'node_modules/', 'public/', 'coverage/', '.cache/', 'test-results/', '.smoke_*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', performance: 'readonly',
        navigator: 'readonly', location: 'readonly', history: 'readonly', fetch: 'readonly',
        URL: 'readonly', process: 'readonly', self: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Untrusted text never becomes HTML.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Use text nodes; never put data into HTML.' },
        { property: 'outerHTML', message: 'Use text nodes; never put data into HTML.' },
        { property: 'insertAdjacentHTML', message: 'Use text nodes; never put data into HTML.' },
        { property: 'setHTML', message: 'Use text nodes; never put data into HTML.' },
        { property: 'setHTMLUnsafe', message: 'Use text nodes; never put data into HTML.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never put data into HTML.' },
      ],
    },
  },
  ...ROOMS.map(({ files, rule }) => ({ files, ignores: ['**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': rule } })),
);
