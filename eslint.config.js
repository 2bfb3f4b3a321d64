// ESLint: rules that catch bugs, not taste (Prettier owns the layout). `npm run lint`; part of `npm test`.
// - JavaScript's and typescript-eslint's recommended sets (unused variables, fallthrough, unreachable
//   code, duplicate keys...), and eslint-plugin-astro's for .astro files;
// - eqeqeq (`== null` allowed), and a few more that name real mistakes (see `bugs` below);
// - no HTML strings written into the DOM (innerHTML, outerHTML, insertAdjacentHTML, document.write):
//   the CSP and the no-JavaScript pages rely on markup coming from the server, and text goes in as text;
// - promises that nobody awaits or catches, with type information, in TypeScript code and tests (a
//   forgotten `await expect(...)` in a Playwright test passes whatever the page does).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HTML_STRINGS = 'Build DOM nodes and set textContent: HTML strings bypass the escaping the CSP relies on.';

/** Rules that name a mistake, whatever the style. */
const bugs = {
  eqeqeq: ['error', 'always', { null: 'ignore' }],
  'no-fallthrough': 'error',
  'no-self-compare': 'error',
  'no-template-curly-in-string': 'error',
  'no-unmodified-loop-condition': 'error',
  'no-unreachable-loop': 'error',
  'no-constructor-return': 'error',
  'array-callback-return': 'error',
  'no-restricted-syntax': [
    'error',
    {
      selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
      message: HTML_STRINGS,
    },
    { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: HTML_STRINGS },
    {
      selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
      message: HTML_STRINGS,
    },
  ],
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
  ],
  // Taste, not bugs: `any` is a choice the type checker already reports where it matters.
  '@typescript-eslint/no-explicit-any': 'off',
};

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  { rules: bugs },
  // Node: the tools, the configs, the build steps and the tests.
  { files: ['**/*.mjs', '**/*.js', '**/*.ts'], languageOptions: { globals: { ...globals.node } } },
  // The browser: client scripts and the scripts inside components.
  {
    files: ['src/scripts/**/*.ts', '**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // The service worker: its own global scope (src/service-worker/tsconfig.json types it).
  { files: ['src/service-worker/**/*.ts'], languageOptions: { globals: { ...globals.serviceworker } } },
  // Promises nobody awaits: needs the TypeScript program, so only for TypeScript files.
  {
    files: ['**/*.ts'],
    ignores: ['**/*.astro/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
]);
