import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', 'bench/.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-console': 'off',
    },
  },
  {
    // core is pure and isomorphic: no Node built-ins, and it never imports an upper layer.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts', 'packages/core/src/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'core is isomorphic: no Node built-ins.' },
            {
              group: ['@hindsight/cli', '@hindsight/server', '@hindsight/web'],
              message: 'Imports point down: core imports no other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hindsight/server/**', '@hindsight/web', '@hindsight/web/**'],
              message: 'The CLI reaches the server only through its public entry point.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web app runs in the browser: DOM globals, no Node built-ins, and it reaches the
    // server over HTTP only. The one exception is the API's types (`import type` from
    // `@hindsight/server/api-types`), which are erased from the bundle.
    files: ['packages/web/src/**/*.{ts,tsx}'],
    ignores: ['packages/web/src/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@hindsight/server/api-types',
              allowTypeImports: true,
              message: 'Only types come from the server: use `import type`.',
            },
          ],
          patterns: [
            { group: ['node:*'], message: 'The web app runs in the browser: no Node built-ins.' },
            {
              group: [
                '@hindsight/server',
                '@hindsight/server/**',
                '!@hindsight/server/api-types',
                '@hindsight/cli',
              ],
              message: 'The web app talks to the server over HTTP (src/api), never by import.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
