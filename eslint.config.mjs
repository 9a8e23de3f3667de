// ESLint (flat config) with typescript-eslint. `npm run lint`; `npm test` runs it before the suites.
//
// The plugin's own code is held strictest: no `any`, and no unchecked casts
// (`x as unknown as T`, `x as never`) in server/src beyond a few named ones,
// each with an eslint-disable comment saying why the types cannot follow.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uncheckedCasts = [
  {
    selector: 'TSAsExpression > TSAsExpression[typeAnnotation.type="TSUnknownKeyword"]',
    message: 'An unchecked cast (`as unknown as T`): narrow the value, or name the exception in an eslint-disable comment with the reason.',
  },
  {
    selector: 'TSAsExpression[typeAnnotation.type="TSNeverKeyword"]',
    message: 'An unchecked cast (`as never`): type the value, or name the exception in an eslint-disable comment with the reason.',
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'build/**', '.tmp/**', '.strapi/**', 'types/generated/**', 'public/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['src/plugins/newsroom/server/src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...uncheckedCasts],
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Every pattern reads its input in linear time: the plugin's patterns read user text (reports up to 2 MB, titles, query strings).
    // A pattern these rules flag is rewritten (or replaced by a loop), not disabled.
    files: ['src/plugins/newsroom/{server,shared,admin}/**/*.{ts,tsx}'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
      'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
      'regexp/no-trivially-nested-quantifier': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/confusing-quantifier': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-dupe-disjunctions': ['error', { report: 'all' }],
    },
  },
  {
    // The API layer does not reach into the Document Service middlewares: what both need lives in strapi/, slugs/ or editorial/.
    files: ['src/plugins/newsroom/server/src/{controllers,routes,graphql}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/hooks', '**/hooks/**'], message: 'controllers/, routes/ and graphql/ do not import from hooks/.' }] }],
    },
  },
  {
    files: ['src/plugins/newsroom/admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The rules of hooks; not the React Compiler's rules of the plugin's recommended set (no compiler here).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests read untyped JSON answers (`body.data…`) as a frontend would: `any` is allowed there, not in the plugin.
    files: ['tests/**/*.{ts,js}', 'scripts/**/*.mjs'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  }
);
