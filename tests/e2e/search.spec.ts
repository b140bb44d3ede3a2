import {expect, test, type Page} from '@playwright/test';
import {searchQueries} from './search-queries';
import {tabTo} from './support/keyboard';
import {watchPage} from './support/site';

const field = (page: Page) => page.getByRole('combobox', {name: 'Sök på webbplatsen'});
const hits = (page: Page) => page.getByRole('listbox', {name: 'Sökträffar'}).getByRole('option');

/** The paths of the hits shown for `query`, best first. */
async function search(page: Page, query: string): Promise<string[]> {
  // Empty first, so that the list shown is this query's and not the one before.
  await field(page).fill('');
  await expect(hits(page)).toHaveCount(0);
  await field(page).fill(query);
  await expect(page.getByRole('region', {name: 'Sökträffar'})).toContainText(/\d+ träff|Inga träffar/);
  return (await hits(page).evaluateAll((options) => options.map((option) => option.getAttribute('data-url') ?? ''))).map(
    (url) => new URL(url, 'http://x').pathname,
  );
}

test('sökningen hittar det den ska för varje fråga i mätlistan, också böjda former', async ({page}) => {
  await page.goto('/');
  const misses: string[] = [];
  let inTopThree = 0;
  for (const {query, expect: expected} of searchQueries) {
    const paths = await search(page, query);
    if (!paths.some((path) => expected.includes(path))) misses.push(`${query}: ${paths.join(', ')}`);
    if (paths.slice(0, 3).some((path) => expected.includes(path))) inTopThree += 1;
  }
  console.log(`Sökning: ${searchQueries.length - misses.length} av ${searchQueries.length} frågor hittar en väntad sida bland tio träffar, ${inTopThree} bland de tre första.`);
  expect(misses).toEqual([]);
  expect(inTopThree).toBeGreaterThanOrEqual(searchQueries.length - 3);
});

test('sök med bara tangentbordet: träffar med utdrag, pil ner och Enter öppnar sidan', async ({page, baseURL}) => {
  // Under the site's Content-Security-Policy (nginx): a blocked WebAssembly or script would be a console error.
  const problems = watchPage(page, new URL(baseURL!).origin);
  await page.goto('/');
  // Nothing of the search loads with the page.
  const loaded: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) loaded.push(request.url());
  });
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);

  await tabTo(page, 'Sök på webbplatsen', 30);
  await page.keyboard.type('arbetsträningen');
  await expect(hits(page).first()).toBeVisible();
  await expect(hits(page).first().locator('mark').first()).toBeVisible();
  await expect(page.getByRole('region', {name: 'Sökträffar'})).toContainText(/\d+ träff/);
  await page.keyboard.press('ArrowDown');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', /hit-0$/);
  const target = new URL((await hits(page).first().getAttribute('data-url'))!, 'http://x').pathname;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}(#.*)?$`));
  expect(loaded.length).toBeGreaterThan(0);
  expect(problems.consoleErrors).toEqual([]);
  expect(problems.foreignRequests).toEqual([]);
});

test('en sökning utan träffar säger det på svenska, och Escape stänger och tömmer', async ({page}) => {
  await page.goto('/metodhandbok');
  await field(page).fill('qzxwv');
  await expect(page.getByRole('region', {name: 'Sökträffar'})).toContainText('Inga träffar för ”qzxwv”.');
  await field(page).press('Escape');
  await expect(page.getByRole('region', {name: 'Sökträffar'})).toBeHidden();
  await expect(field(page)).toHaveValue('qzxwv');
  await field(page).press('Escape');
  await expect(field(page)).toHaveValue('');
});
