import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Unit, component and content tests. Browser tests against the built site are in tests/e2e
 * and run with Playwright (see playwright.config.ts).
 */
export default defineConfig({
  resolve: {
    alias: [
      {find: /^@site\/(.*)$/, replacement: `${root}$1`},
      // Docusaurus' <Link> needs the router context of a running site; in component tests a plain <a> is enough.
      {find: /^@docusaurus\/Link$/, replacement: `${root}tests/support/Link.tsx`},
      // The router as Docusaurus exports it to the site (react-router 5), for hooks that read the address.
      {find: /^@docusaurus\/router$/, replacement: `${root}node_modules/@docusaurus/core/lib/client/exports/router.js`},
      // The site config as docusaurus.config.ts makes it (the parts components read).
      {find: /^@docusaurus\/useDocusaurusContext$/, replacement: `${root}tests/support/useDocusaurusContext.ts`},
      // Written by plugins/method-catalog when the site is built; tests use a small fixed catalogue.
      {find: '@generated/method-catalog/default/methods.json', replacement: `${root}tests/support/methods.json`},
      {find: '@generated/method-catalog/default/examples.json', replacement: `${root}tests/support/examples.json`},
      {find: '@generated/method-catalog/default/teams.json', replacement: `${root}tests/support/teams.json`},
      // The theme's own mobile menu, which src/theme/Navbar/MobileSidebar wraps.
      {find: '@theme-original/Navbar/MobileSidebar', replacement: `${root}tests/support/themeOriginalMobileSidebar.tsx`},
      // The docs pages' context (useDoc, DocProvider) without a running site.
      {find: /^@docusaurus\/plugin-content-docs\/client$/, replacement: `${root}tests/support/docsClient.tsx`},
      {find: '@generated/method-catalog/default/examplesByMethod.json', replacement: `${root}tests/support/examplesByMethod.json`},
      // Written by plugins/results-data from src/data/results/years; the tests read the same files with the same loader.
      {find: '@generated/results-data/default/results.json', replacement: `${root}tests/support/results.ts`},
      // Written by plugins/team-data from src/data/teams; the tests read the same files with the same loader.
      {find: '@generated/team-data/default/teams.json', replacement: `${root}tests/support/teamList.ts`},
      {find: '@generated/team-data/default/profiles.json', replacement: `${root}tests/support/teamProfiles.ts`},
    ],
  },
  oxc: {jsx: {runtime: 'automatic'}},
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // Worker threads instead of child processes: the same isolation per file, 60 → 48 s on this
    // two-core machine (measured one after the other, 1 194 tests).
    pool: 'threads',
    // One worker per core. Vitest's default in a run is one fewer than the cores, which on this
    // two-core machine is one worker: 45 → 25 s for the same tests (measured 2026-12-07).
    maxWorkers: '100%',
    globals: true,
    setupFiles: ['tests/support/setup.ts'],
    css: {modules: {classNameStrategy: 'non-scoped'}},
  },
});
