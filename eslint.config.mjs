// ESLint: typescript-eslint's type-checked rules on every TypeScript file (src/ and test/, through tsconfig.test.json),
// Lit's and web components' rules on the element's code, plain JavaScript rules on the .mjs/.js scripts.
// Formatting belongs to Prettier (eslint-config-prettier, last, turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'custom-elements.json', 'demo/reseaux.json', 'test/fixtures/', '**/node_modules/', 'examples/*/dist/'],
  },
  {
    // The framework types and the React and Vue examples have their own TypeScript setups (React's and
    // Vue's types are installed only in the examples): .ci/examples type-checks them with tsc and vue-tsc.
    ignores: ['types/', 'examples/react/', 'examples/vue/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        project: './tsconfig.test.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // @open-wc/semantic-dom-diff types every chai `.equal` as returning a Promise (for its `.dom.to.equal`);
      // a plain `expect(x).to.equal(y)` is synchronous, so only that declaration is exempt.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'Equal', package: '@open-wc/semantic-dom-diff' }] },
      ],
      // Lit calls `@event=${this.method}` listeners with the element as `this`, which TypeScript cannot see.
      '@typescript-eslint/unbound-method': 'off',
      // Without noUncheckedIndexedAccess a `record[key]` reads as always defined, so the rule calls real guards
      // (`answers[id]?.includes`) unnecessary: it would push code the wrong way.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `() => clearTimeout(handle)` and `@keydown=${(e) => e.key === 'Escape' && onBack()}` are clear as they are.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Numbers in messages are the point of most of them (`ligne ${line}`).
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A global interface merged into the DOM's event map is declared empty on purpose.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // parse.ts throws RecordIssue (not an Error: no stack captured per skipped record) and catches it in the same file.
      '@typescript-eslint/only-throw-error': ['error', { allow: [{ from: 'file', name: 'RecordIssue' }] }],
    },
  },
  {
    // In a test, a missing element should throw right where it is used: that failure is the assertion.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ignores: ['src/cli/**'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
  },
  {
    // Scripts run by Node: the build, the test runners' configs, the node tests, the benchmark and the demo's data generators.
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    // The demo page's script runs in the browser.
    files: ['demo/**/*.js', 'examples/**/*.js', 'wordpress/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The benchmark and the CI's browser checks drive pages: the functions it hands to page.evaluate run in the browser.
    files: ['test/bench/**/*.mjs', '.ci/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
