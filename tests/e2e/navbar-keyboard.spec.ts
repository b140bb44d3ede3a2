import {expect, test} from '@playwright/test';
import {tabTo} from './support/keyboard';

const sections = [
  {label: 'Metodhandbok', path: '/metodhandbok'},
  {label: 'Samordningsteamen', path: '/samordningsteamen'},
  {label: 'Exempel', path: '/exempel'},
  {label: 'Resultat', path: '/resultat'},
  {label: 'Verktyg', path: '/verktyg'},
  {label: 'Ordlista', path: '/ordlista'},
];

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
