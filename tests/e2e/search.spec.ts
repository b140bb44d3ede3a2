import {expect, hydrated, test, type Page} from './support/test';
import {searchQueries} from './search-queries';
import {tabTo} from './support/keyboard';
import {expectNoSidewaysScroll, expectTargetsAtLeast} from './support/layout';
import {openSearch, searchButton, searchField as field, searchHits as hits, searchResults} from './support/search';
import {watchPage} from './support/site';

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
  await openSearch(page);
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
  await expect(searchButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page)).toBeFocused();
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
  // At 1700 px and wider the field is always there: the first Escape closes the list, the next one empties the field.
  await page.setViewportSize({width: 1700, height: 900});
  await page.goto('/metodhandbok');
  await openSearch(page);
  await field(page).fill('qzxwv');
  await expect(page.getByRole('region', {name: 'Sökträffar'})).toContainText('Inga träffar för ”qzxwv”.');
  await field(page).press('Escape');
  await expect(page.getByRole('region', {name: 'Sökträffar'})).toBeHidden();
  await expect(field(page)).toHaveValue('qzxwv');
  await field(page).press('Escape');
  await expect(field(page)).toHaveValue('');
});

/** The number of hits the results say there are ("26 träffar, de 10 bästa visas."). */
async function totalOf(page: Page): Promise<number> {
  const text = (await searchResults(page).locator('p').first().textContent()) ?? '';
  return Number(/(\d+) träff/.exec(text)?.[1] ?? 0);
}

/** Shows every hit with "Visa fler träffar" and returns their paths. */
async function allHits(page: Page, query: string): Promise<string[]> {
  await search(page, query);
  const total = await totalOf(page);
  const more = page.getByRole('button', {name: 'Visa fler träffar'});
  while ((await hits(page).count()) < total) {
    const before = await hits(page).count();
    await more.click();
    await expect(hits(page)).toHaveCount(Math.min(before + 10, total));
  }
  await expect(more).toHaveCount(0);
  return hits(page).evaluateAll((options) => options.map((option) => new URL(option.getAttribute('data-url') ?? '', 'http://x').pathname));
}

test('fler än tio träffar går att visa, och böjda former (våldet, skalfrågan) hittar det grundformen hittar', async ({page}) => {
  await page.goto('/');
  await openSearch(page);
  // By keyboard: "Visa fler träffar" shows the next ten, says how many are shown, and the arrow keys go on from the first new hit.
  await search(page, 'våld');
  const total = await totalOf(page);
  expect(total, 'våld').toBeGreaterThan(10);
  await expect(hits(page)).toHaveCount(10);
  await page.getByRole('button', {name: 'Visa fler träffar'}).focus();
  await page.keyboard.press('Enter');
  await expect(hits(page)).toHaveCount(Math.min(20, total));
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveAttribute('aria-activedescendant', /hit-10$/);
  await expect(page.locator('[aria-live="polite"]').filter({hasText: 'träffar'})).toContainText(`${total} träffar, de ${Math.min(20, total)} bästa visas`);
  await page.keyboard.press('ArrowDown');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', /hit-11$/);

  for (const [inflected, base] of [
    ['våldet', 'våld'],
    ['skalfrågan', 'skalfråga'],
    ['ohälsan', 'ohälsa'],
  ] as const) {
    const basePaths = await allHits(page, base);
    const inflectedPaths = await allHits(page, inflected);
    console.log(`Sökning: ${base} ger ${basePaths.length} träffar, ${inflected} ${inflectedPaths.length}.`);
    expect(basePaths.filter((path) => !inflectedPaths.includes(path)), `${inflected} saknar sidor som ${base} hittar`).toEqual([]);
  }
});

test('på telefon: sökknappen öppnar fältet över menyraden, med tangentbord och med touch; Escape och Stäng stänger och fokus går tillbaka till knappen', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 320, height: 700}, hasTouch: true, isMobile: true});
  const page = await context.newPage();
  await page.goto('/');
  await hydrated(page);
  await tabTo(page, 'Sök på webbplatsen', 10);
  await expect(searchButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('metoden');
  await expect(hits(page).first()).toBeVisible();
  await expect(field(page)).toBeInViewport({ratio: 1});
  await expectTargetsAtLeast(page, 44, 'sökfältet öppet på telefon', '.navbar__inner [role="search"]');
  await expectNoSidewaysScroll(page, 'sökfältet öppet på telefon');
  await page.keyboard.press('Escape');
  await expect(field(page)).toBeHidden();
  await expect(searchResults(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();

  // By touch: the words are still there, and the close button closes.
  await searchButton(page).tap();
  await expect(field(page)).toHaveValue('metoden');
  await expect(hits(page).first()).toBeVisible();
  await hits(page).nth(1).scrollIntoViewIfNeeded();
  await expect(hits(page).nth(1)).toBeInViewport();
  await page.getByRole('button', {name: 'Stäng sökningen'}).tap();
  await expect(field(page)).toBeHidden();
  await expect(searchButton(page)).toBeFocused();
  await context.close();
});

test('sökfältets text och förstoringsglas har tillräcklig kontrast i ljust och mörkt läge, på telefon och dator', async ({page}) => {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      await page.emulateMedia({colorScheme});
      await page.setViewportSize({width, height: 800});
      await page.goto('/');
      await openSearch(page);
      const measured = await page.evaluate(() => {
        const parse = (color: string) => {
          const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
          return {r: r!, g: g!, b: b!, a};
        };
        const luminance = ({r, g, b}: {r: number; g: number; b: number}) => {
          const channel = (value: number) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [luminance(parse(a)), luminance(parse(b))].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        // The first opaque background at or behind the element.
        const background = (element: Element | null): string => {
          for (let current = element; current; current = current.parentElement) {
            const color = getComputedStyle(current).backgroundColor;
            if (parse(color).a > 0.99) return color;
          }
          return 'rgb(255, 255, 255)';
        };
        const input = document.querySelector<HTMLInputElement>('.navbar [role="search"] input')!;
        const icons = Array.from(document.querySelectorAll<SVGElement>('.navbar [role="search"] svg')).filter((icon) => icon.getBoundingClientRect().width > 0);
        return {
          placeholder: input.placeholder === '' ? 99 : ratio(getComputedStyle(input, '::placeholder').color, background(input)),
          border: ratio(getComputedStyle(input).borderTopColor, background(input.parentElement)),
          icons: icons.length === 0 ? [0] : icons.map((icon) => ratio(getComputedStyle(icon).color, background(icon.parentElement))),
        };
      });
      const state = `${colorScheme === 'light' ? 'ljust' : 'mörkt'} läge, ${width} px`;
      if (measured.placeholder < 4.5) problems.push(`${state}: platshållartexten ${measured.placeholder.toFixed(2)}:1`);
      if (measured.border < 3) problems.push(`${state}: fältets kant ${measured.border.toFixed(2)}:1`);
      for (const icon of measured.icons) if (icon < 3) problems.push(`${state}: förstoringsglaset ${icon.toFixed(2)}:1`);
    }
  }
  expect(problems).toEqual([]);
});
