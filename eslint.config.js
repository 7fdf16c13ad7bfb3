// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

/** Imports that would make `shared/` impure: it must run unchanged in the renderer, main and CLI. */
const impureModules = [
  { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
  {
    group: [
      'fs',
      'fs/*',
      'path',
      'os',
      'child_process',
      'crypto',
      'url',
      'http',
      'https',
      'events',
      'stream',
      'util',
      'buffer',
    ],
    message: 'shared/ is pure: no Node built-ins.',
  },
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  { group: ['better-sqlite3'], message: 'shared/ is pure: no database.' },
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    message: 'shared/ is pure: no React.',
  },
  {
    group: ['**/electron/**', '**/renderer/**'],
    message: 'shared/ must not reach into other layers.',
  },
]

/**
 * The plain-Node layers (the service, its database, the web host, the CLI, the service's utility
 * process and the helpers they share) run outside Electron too: no Electron, and nothing of main.
 */
const plainNodeFolders = [
  'electron/service/**/*.ts',
  'electron/db/**/*.ts',
  'electron/host/**/*.ts',
  'electron/cli/**/*.ts',
  'electron/common/**/*.ts',
  'electron/serviceProcess/**/*.ts',
]
const electronFree = [
  {
    group: ['electron', 'electron/*'],
    message: 'This layer runs in plain Node (web host, CLI, utility process): no Electron.',
  },
  {
    group: ['**/main/*', '**/electron/main/**'],
    message: 'Electron main is the top layer: move what both need to electron/common.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: impureModules }] },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/charts/**'],
    rules: {
      // Numbers must come out the same in the app and the CLI: see shared/portableMath.ts. (Chart
      // builders may use them for axes: nothing they compute is a number a user reads as a result.)
      'no-restricted-properties': [
        'error',
        ...['exp', 'log', 'log1p', 'pow', 'expm1', 'log2', 'log10', 'cbrt'].map((property) => ({
          object: 'Math',
          property,
          message: 'Engines round this differently: use shared/portableMath.ts.',
        })),
      ],
    },
  },
  {
    files: plainNodeFolders,
    rules: { 'no-restricted-imports': ['error', { patterns: electronFree }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['better-sqlite3', 'node:*', 'fs', 'path'],
              message: 'The renderer talks to the service only through shared/api.',
            },
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the service only through shared/api.',
            },
          ],
        },
      ],
    },
  },
)
