import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const JOSE = { group: ['jose', 'jose/*'], message: 'jose is used in src/core only.' };
const HEAVY = {
  regex: '^(monaco-editor|@monaco-editor/[^/]+|mermaid)(/.*)?$',
  allowTypeImports: true,
  message: 'Heavy libraries load through their lazy adapter in src/lib.',
};
const APP_CODE = ['**/store', '**/store/**', '**/panels/**', '**/ui/**', '**/lib/**', '**/app/**'];

/** Shipped code runs in the browser: no `node:*` and no bare built-in (`fs`, `crypto`, `fs/promises`…). */
const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtinModules.filter((name) => !name.startsWith('node:') && !name.includes('/')).join('|')})(/.*)?)$`,
  message: 'Shipped code runs in the browser: Node built-ins are for tests, test-support, e2e and scripts.',
};
const TEST_SUPPORT = {
  group: ['**/test-support', '**/test-support/**'],
  message: 'test-support is for *.test.ts(x) files only; shipped code never imports it.',
};
/** Patterns that bind shipped files only: a folder's *.test.ts(x) files keep its other boundaries. */
const SHIPPED_ONLY = [NODE_BUILTINS, TEST_SUPPORT];
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** Syntax that inspects a `.message` to decide something: string tests, comparisons, regexes, keys of a Set. */
const MESSAGE_DECISIONS = [
  "CallExpression[callee.object.property.name='message'][callee.property.name=/^(startsWith|endsWith|includes|indexOf|lastIndexOf|match|matchAll|search|slice|substring|split|localeCompare)$/]",
  "BinaryExpression[operator=/^(===|!==|==|!=)$/] > MemberExpression.left[property.name='message']",
  "BinaryExpression[operator=/^(===|!==|==|!=)$/] > MemberExpression.right[property.name='message']",
  "CallExpression[callee.property.name=/^(test|exec)$/] > MemberExpression.arguments[property.name='message']",
  "NewExpression[callee.name=/^(Set|Map)$/] MemberExpression[property.name='message']",
  "SwitchStatement > MemberExpression.discriminant[property.name='message']",
];

/**
 * Architecture boundaries (ARCHITECTURE.md): what each folder may not import. One entry per folder,
 * because a later config for the same rule replaces an earlier one rather than adding to it. Each entry
 * is applied twice below: in full to shipped files, and without SHIPPED_ONLY to the folder's tests.
 */
const boundaries = [
  {
    files: ['src/core/**'],
    patterns: [
      { group: APP_CODE, message: 'core is pure: it imports no app code.' },
      {
        group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'],
        message: 'core is pure TypeScript: no React, no store library.',
      },
      HEAVY,
      ...SHIPPED_ONLY,
    ],
  },
  {
    files: ['src/store/**'],
    patterns: [
      {
        group: [...APP_CODE.filter((g) => !g.includes('store')), 'react', 'react-dom'],
        message: 'store imports only core.',
      },
      JOSE,
      HEAVY,
      ...SHIPPED_ONLY,
    ],
  },
  {
    files: ['src/ui/**'],
    patterns: [
      {
        group: APP_CODE.filter((g) => !g.includes('ui')),
        message: 'ui is presentational: no store, no panels, no adapters.',
      },
      JOSE,
      HEAVY,
      ...SHIPPED_ONLY,
    ],
  },
  {
    files: ['src/panels/**'],
    patterns: [
      {
        group: ['../*/*', '!../../*', '**/panels/**', '**/app/**'],
        message: 'panels never import each other or the app; src/app composes them.',
      },
      JOSE,
      ...SHIPPED_ONLY,
    ],
  },
  {
    files: ['src/panels/**'],
    // Monaco editor components are themselves loaded lazily (React.lazy) by their panel.
    ignores: ['src/panels/**/*-monaco.tsx'],
    patterns: [
      {
        group: ['../*/*', '!../../*', '**/panels/**', '**/app/**'],
        message: 'panels never import each other or the app; src/app composes them.',
      },
      JOSE,
      HEAVY,
      ...SHIPPED_ONLY,
    ],
  },
  {
    files: ['src/lib/**'],
    patterns: [
      {
        group: ['**/store', '**/store/**', '**/panels/**', '**/ui/**', '**/app/**'],
        message: 'lib adapters wrap libraries only.',
      },
      JOSE,
      ...SHIPPED_ONLY,
    ],
  },
  {
    files: ['src/app/**'],
    patterns: [JOSE, HEAVY, ...SHIPPED_ONLY],
  },
  {
    // The first paint runs before React: the decoder, the catalogues and plain tables only (issue 16).
    files: ['src/first-paint/**'],
    patterns: [
      {
        group: [
          'react',
          'react-dom',
          'react/*',
          'react-dom/*',
          'zustand',
          'zustand/*',
          '**/store',
          '**/store/**',
          '**/panels/**',
          '**/lib/**',
          '**/*.tsx',
        ],
        message:
          'the first paint loads before React: import core and the plain tables (ui/look.ts, app/chrome.ts) only; the app arrives through import().',
      },
      JOSE,
      HEAVY,
      ...SHIPPED_ONLY,
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-floor', 'dist-floor-editor', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.flatConfigs.recommended.rules },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  ...boundaries.flatMap(({ files, ignores = [], patterns }) => [
    // Shipped files of the folder: every pattern.
    { files, ignores: [...ignores, ...TESTS], rules: { 'no-restricted-imports': ['error', { patterns }] } },
    // The folder's unit tests run in Node: the same boundaries, but built-ins and test-support allowed.
    {
      files: files.flatMap((glob) => TESTS.map((test) => [glob, test])),
      ignores,
      rules: {
        'no-restricted-imports': ['error', { patterns: patterns.filter((p) => !SHIPPED_ONLY.includes(p)) }],
      },
    },
  ]),
  {
    // The report carries facts: code that renders findings decides on their fields (code, stage, source,
    // keySelection), never on their wording, so a reworded message cannot break a panel.
    files: [
      'src/panels/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
      'src/store/**/*.ts',
      'src/ui/**/*.tsx',
      'src/core/flow/**/*.ts',
    ],
    ignores: TESTS,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...MESSAGE_DECISIONS.map((selector) => ({
          selector,
          message: 'Decide on a finding’s fields (code, stage, source, keySelection), not on its message text.',
        })),
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'e2e/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
