import {expect, test, type Page} from './support/test';
import {tabTo} from './support/keyboard';
import {expectNoSidewaysScroll, expectTargetsAtLeast, overlappingPairs} from './support/layout';

const sections = [
  {label: 'Metodhandbok', path: '/metodhandbok'},
  {label: 'Samordningsteamen', path: '/samordningsteamen'},
  {label: 'Exempel', path: '/exempel'},
  {label: 'Resultat', path: '/resultat'},
  {label: 'Verktyg', path: '/verktyg'},
  {label: 'Ordlista', path: '/ordlista'},
];

/** Phones from the narrowest WCAG 1.4.10 asks for to the largest common ones. */
const phoneWidths = [320, 375, 414, 430];

test.describe('stor skärm', () => {
  test('första tabbstoppet hoppar förbi menyn till innehållet', async ({page}) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText('Hoppa till huvudinnehåll');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    expect(focusedInMain, 'efter hopplänken ska nästa tabbstopp ligga i huvudinnehållet').toBe(true);
  });

  for (const section of sections) {
    test(`menyvalet ${section.label} nås och öppnas med tangentbordet`, async ({page}) => {
      await page.goto('/');
      await tabTo(page, section.label);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(section.path);
      await expect(page.getByRole('navigation', {name: 'Huvudmeny'}).getByRole('link', {name: section.label, exact: true})).toHaveClass(
        /navbar__link--active/,
      );
    });
  }

  test('undermenyn Om webbplatsen öppnas och används med tangentbordet', async ({page}) => {
    await page.goto('/');
    await tabTo(page, 'Om webbplatsen');
    await page.keyboard.press('Enter');
    const menu = page.locator('.dropdown--show .dropdown__menu');
    // The menu fades in; its links can take focus once it is visible.
    await expect(menu.getByRole('link', {name: 'Källor'})).toBeVisible();
    await tabTo(page, 'Källor', 3);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/kallor');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Källor');
  });
});

test.describe('mobil, 375 px', () => {
  test.use({viewport: {width: 375, height: 740}});

  test('menyknappen öppnar menyn och ett menyval öppnas med tangentbordet', async ({page}) => {
    await page.goto('/');
    await tabTo(page, 'Öppna menyn', 5);
    await page.keyboard.press('Enter');
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    await tabTo(page, 'Resultat');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/resultat');
    await expect(page.getByRole('heading', {level: 1})).toHaveText('Resultat');
  });

  test('Escape stänger menyn och fokus går tillbaka till menyknappen', async ({page}) => {
    await page.goto('/');
    await tabTo(page, 'Öppna menyn', 5);
    await page.keyboard.press('Enter');
    await expect(page.locator('.navbar-sidebar')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveClass(/navbar-sidebar--show/);
    await expect(page.locator('.navbar-sidebar')).not.toBeInViewport();
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', 'Öppna menyn');
  });
});

/** The header's parts that must never cover each other. */
const headerParts = ['.navbar__toggle', '.navbar__inner .navbar__logo', '.navbar__inner .navbar__title', '.navbar__inner [role="search"]', '.navbar__inner [class*="colorModeToggle"]'];

/**
 * Where the text of `selector` wraps onto a new line in the middle of a word: each line must start
 * after a space or after a soft hyphen (a break at a compound's joint, shown with a hyphen).
 */
async function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).first().evaluate((element) => {
    const breaks: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let previous = '';
    let previousTop: number | undefined;
    let line = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = Array.from(range.getClientRects()).find((box) => box.width > 0);
        if (!rect) {
          previous = text[i]!;
          continue;
        }
        if (previousTop !== undefined && rect.top > previousTop + 2 && previous !== ' ' && previous !== '\u00ad' && text[i] !== ' ') {
          breaks.push(`${line.replace(/\u00ad/g, '')}/${text.slice(i).replace(/\u00ad/g, '')}`);
        }
        if (previousTop === undefined || rect.top > previousTop + 2) line = '';
        previousTop = rect.top;
        previous = text[i]!;
        line += text[i];
      }
    }
    return breaks;
  });
}

test.describe('telefon, 320–430 px', () => {
  test.use({viewport: {width: 320, height: 740}, hasTouch: true});

  test('menyraden ryms: inget överlappar, titeln syns hel och bryts inte mitt i ett ord, knapparna är minst 44 × 44 px', async ({page}) => {
    await page.goto('/metodhandbok');
    for (const width of phoneWidths) {
      await page.setViewportSize({width, height: 740});
      const state = `menyraden vid ${width} px`;
      expect(await overlappingPairs(page, headerParts), `${state}: överlappar`).toEqual([]);
      const title = page.locator('.navbar__inner .navbar__title');
      await expect(title, state).toBeInViewport({ratio: 1});
      const clipped = await title.evaluate((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      expect(clipped, `${state}: titeln är avskuren`).toBe(false);
      expect(await midWordBreaks(page, '.navbar__inner .navbar__title'), `${state}: titeln bryts mitt i ett ord`).toEqual([]);
      await expectTargetsAtLeast(page, 44, state, '.navbar__inner');
      await expectNoSidewaysScroll(page, state);
    }
  });

  test('menyn: titeln bryts inte mitt i ett ord, inget överlappar, knapparna är minst 44 × 44 px och de lättlästa sidorna finns', async ({page}) => {
    await page.goto('/');
    for (const width of phoneWidths) {
      await page.setViewportSize({width, height: 740});
      const state = `menyn vid ${width} px`;
      await page.getByRole('button', {name: 'Öppna menyn'}).tap();
      const drawer = page.locator('.navbar-sidebar');
      await expect(drawer).toBeInViewport();
      expect(await midWordBreaks(page, '.navbar-sidebar__brand .navbar__title'), `${state}: titeln bryts mitt i ett ord`).toEqual([]);
      expect(
        await overlappingPairs(page, ['.navbar-sidebar__brand .navbar__logo', '.navbar-sidebar__brand .navbar__title', '.navbar-sidebar__brand [class*="colorModeToggle"]', '.navbar-sidebar__close']),
        `${state}: överlappar`,
      ).toEqual([]);
      await expectTargetsAtLeast(page, 44, state, '.navbar-sidebar');
      // The easy-to-read pages are in the menu, under Lättläst. The theme keeps Lättläst open between
      // openings of the menu, so it is tapped only while it is closed: a second tap would close it,
      // and the links would be found only while the closing animation still showed them.
      const easyToRead = drawer.getByRole('link', {name: 'Vad är ett samordningsteam?'});
      if (!(await easyToRead.isVisible())) await drawer.getByRole('button', {name: 'Lättläst'}).tap();
      await expect(easyToRead).toBeVisible();
      await expect(easyToRead).toHaveAttribute('href', '/lattlast/vad-ar-ett-samordningsteam');
      await expect(drawer.getByRole('link', {name: 'Så fungerar livshjulet'})).toBeVisible();
      await expect(drawer.getByRole('link', {name: 'Så fungerar livshjulet'})).toHaveAttribute('href', '/lattlast/sa-fungerar-livshjulet');
      await drawer.getByRole('button', {name: 'Stäng menyn'}).tap();
      await expect(drawer).not.toBeInViewport();
    }
  });
});

test('ett element som får fokus med Tab hamnar aldrig under den fasta menyraden, framåt eller bakåt, på telefon och dator', async ({page}) => {
  const hidden: string[] = [];
  for (const width of [375, 1280]) {
    await page.setViewportSize({width, height: 700});
    await page.goto('/metodhandbok/bip');
    const check = async (direction: string) => {
      const problem = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        const navbar = document.querySelector('.navbar');
        if (!element || !navbar || navbar.contains(element) || element === document.body) return '';
        const box = element.getBoundingClientRect();
        const bottom = navbar.getBoundingClientRect().bottom;
        return box.top < bottom - 1 ? `${(element.textContent ?? element.tagName).trim().slice(0, 30)} (överkant ${Math.round(box.top)} px, menyraden slutar ${Math.round(bottom)} px)` : '';
      });
      if (problem) hidden.push(`${width} px, ${direction}: ${problem}`);
    };
    await page.locator('footer a').last().focus();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Shift+Tab');
      await check('bakåt');
    }
    await page.getByRole('heading', {level: 1}).scrollIntoViewIfNeeded();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      await check('framåt');
    }
    // A link's target (a heading, a word in the glossary) is just below the bar: not under it, and without a gap of a second bar's height.
    for (const [path, id] of [
      ['/metodhandbok/bip', 'tips-och-fallgropar'],
      ['/ordlista', 'arbetsmarknadsenhet'],
    ]) {
      await page.goto(`${path}#${id}`);
      const target = page.locator(`[id="${id}"]`);
      await expect(target).toBeInViewport();
      const top = await target.evaluate((element) => element.getBoundingClientRect().top);
      const navbarBottom = await page.locator('.navbar').evaluate((navbar) => navbar.getBoundingClientRect().bottom);
      expect(top, `${width} px: ${path}#${id} under menyraden`).toBeGreaterThanOrEqual(navbarBottom);
      expect(top, `${width} px: ${path}#${id} långt under menyraden`).toBeLessThan(navbarBottom + 40);
    }
  }
  expect([...new Set(hidden)]).toEqual([]);
});

test('menyraden på dator ryms på en rad utan överlapp från 997 px, med Lättläst i menyn', async ({page}) => {
  await page.goto('/metodhandbok');
  for (const width of [997, 1024, 1100, 1150, 1200, 1299, 1300, 1399, 1400, 1600, 1699, 1700, 1920]) {
    await page.setViewportSize({width, height: 800});
    const state = `${width} px`;
    // One row: every visible item's middle is at the bar's middle.
    const offsets = await page.locator('.navbar__inner > .navbar__items > *').evaluateAll((items) => {
      const bar = document.querySelector('.navbar__inner')!.getBoundingClientRect();
      return items
        .map((item) => item.getBoundingClientRect())
        .filter((box) => box.width > 1)
        .map((box) => Math.round(Math.abs(box.top + box.height / 2 - (bar.top + bar.height / 2))));
    });
    expect(Math.max(...offsets), `${state}: menyraden har mer än en rad`).toBeLessThanOrEqual(4);
    expect(await overlappingPairs(page, ['.navbar__inner .navbar__brand', '.navbar__inner .navbar__item', '.navbar__inner [role="search"]', '.navbar__inner [class*="colorModeToggle"]']), state).toEqual([]);
    await expectNoSidewaysScroll(page, state);
    await expectTargetsAtLeast(page, 24, state, '.navbar__inner');
  }
  const lattlast = page.getByRole('navigation', {name: 'Huvudmeny'}).getByRole('button', {name: 'Lättläst'});
  await lattlast.click();
  await expect(page.getByRole('link', {name: 'Vad är ett samordningsteam?'})).toBeVisible();
});
