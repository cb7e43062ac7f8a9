import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'public/', 'coverage/', '.cache/', 'test-results/', '.smoke_*'] },
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
);
