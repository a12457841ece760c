import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Files that are tables of data (UI strings, the indicator catalogue, codebooks): their long texts stay on one line. */
const DATA_TABLES = [
  'src/i18n/strings/**',
  'src/indicators/catalogue/**',
  'scripts/demo/*codebook.ts',
  'scripts/demo/manifest.ts',
];

export default defineConfig(
  { ignores: ['dist/', 'dist-bench/', 'bench/', 'data/', 'test/fixtures/', 'test-results/'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  {
    rules: {
      // A test's name is its sentence: Prettier keeps test calls on one line, so their lines may run long.
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreRegExpLiterals: true,
          ignorePattern: String.raw`^\s*(it|describe|test)(\.each\(.*\))?\(`,
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: DATA_TABLES, rules: { 'max-len': 'off' } },
);
