import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Page} from '@playwright/test';

/** The production build; the tests run from the project folder (npm test, npx playwright test). */
export const buildDir = join(process.cwd(), 'build');

/** Every page path in the built sitemap, e.g. "/metodhandbok". */
export function sitemapPaths(): string[] {
  let xml: string;
  try {
    xml = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
  } catch {
    throw new Error('build/sitemap.xml saknas: kör "npm run build" före webbläsartesterna (npm test gör det).');
  }
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (paths.length === 0) throw new Error('build/sitemap.xml innehåller inga sidor.');
  return [...new Set(paths)].sort();
}

export interface PageProblems {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Starts recording console errors, uncaught errors and requests that leave the site's own origin. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = {consoleErrors: [], foreignRequests: []};
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
  });
  return problems;
}
