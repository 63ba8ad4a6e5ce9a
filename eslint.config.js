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

/**
 * Architecture boundaries (ARCHITECTURE.md): what each folder may not import. One entry per folder,
 * because a later config for the same rule replaces an earlier one rather than adding to it.
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
    ],
  },
  {
    files: ['src/app/**'],
    patterns: [JOSE, HEAVY],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
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
  ...boundaries.map(({ files, ignores, patterns }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'e2e/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
