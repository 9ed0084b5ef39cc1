// Lint rules for the whole project (kept under test/ so the top level stays as the brief lists it).
//
// Boundaries (boundaries.js, rule `okno/boundaries`): a feature in src/features/<x>/ imports only src/ui,
// src/client, src/domain, src/i18n and its own files; what two features share moves to one of those.
// A new feature registers its routes in its own src/features/<x>/routes.tsx: open pages take
// `getParentRoute: () => rootRoute` (src/ui/rootRoute.tsx); pages for a signed-in citizen take
// `getParentRoute: () => signedInRoute` (src/ui/signedIn.tsx) — the guard sends a signed-out visitor to
// «Войти» and back — and read their account with `useAccount()`. src/router.tsx then adds the feature's
// routes to the tree, under rootRoute or inside `signedInRoute.addChildren([...])`.
import tseslint from 'typescript-eslint';
import { boundaries } from './boundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { okno: boundaries },
    rules: {
      'okno/boundaries': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render user text as text, never as markup.' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/features|ui\\//]',
          message: 'Workers and the server import only src/domain and their own code.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/server/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.{js,ts}', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
