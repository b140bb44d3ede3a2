import {expect, test} from './support/test';
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
    expect(response?.headers()['content-security-policy'], `${path} saknar Content-Security-Policy`).toContain("default-src 'self'");

    // Landmarks and heading order.
    await expect(page.getByRole('navigation', {name: 'Huvudmeny'})).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    const levels = await page.evaluate(() =>
      Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
        .filter((heading) => (heading as HTMLElement).offsetParent !== null || heading.getClientRects().length > 0)
        .map((heading) => Number(heading.tagName[1])),
    );
    expect(levels[0], `${path}: första rubriken ska vara h1`).toBe(1);
    levels.forEach((level, index) => {
      const previous = levels[index - 1];
      if (previous !== undefined) expect(level, `${path}: rubriknivå hoppar från h${previous} till h${level}`).toBeLessThanOrEqual(previous + 1);
    });

    // The first Tab reaches the skip link, which is visible with a focus ring and leads to the content.
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveText('Hoppa till huvudinnehåll');
    await expect(skip).toBeInViewport();
    const ring = await skip.evaluate((element) => {
      const style = getComputedStyle(element);
      return {outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, shadow: style.boxShadow !== 'none'};
    });
    expect(ring.outline || ring.shadow, `${path}: hopplänken har ingen synlig fokusmarkering`).toBe(true);
    const target = await skip.getAttribute('href');
    expect(target).toMatch(/^#/);
    await expect(page.locator(target!)).toHaveCount(1);
  });
}

test('en sida som inte finns svarar 404 på svenska', async ({page}) => {
  const response = await page.goto('/sidan-finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Sidan hittades inte');
});
