import {expect, test} from '@playwright/test';
import {siteTitle} from '../../src/config/site';
import {sitemapPaths, watchPage} from './support/site';

const paths = sitemapPaths();

test('sitemapen innehåller alla delar av webbplatsen', () => {
  for (const section of [
    '/',
    '/metodhandbok',
    '/samordningsteamen',
    '/exempel',
    '/resultat',
    '/verktyg',
    '/ordlista',
    '/om-webbplatsen',
    '/kallor',
    '/tillganglighet',
    '/nyheter',
  ]) {
    expect(paths, `${section} saknas i build/sitemap.xml`).toContain(section);
  }
});

for (const path of paths) {
  test(`${path} laddas på svenska, utan fel och utan anrop till andra webbplatser`, async ({page, baseURL}) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path, {waitUntil: 'networkidle'});
    expect(response?.status(), `HTTP-status för ${path}`).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('h1'), `${path} ska ha exakt en h1`).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(siteTitle));
    await expect(page.locator('main')).toHaveCount(1);
    expect(problems.consoleErrors, `fel i konsolen på ${path}`).toEqual([]);
    expect(problems.foreignRequests, `${path} hämtar något från en annan webbplats`).toEqual([]);
    expect(await page.context().cookies(), `${path} sätter kakor`).toEqual([]);
  });
}

test('en sida som inte finns svarar 404 på svenska', async ({page}) => {
  const response = await page.goto('/sidan-finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Sidan hittades inte');
});
