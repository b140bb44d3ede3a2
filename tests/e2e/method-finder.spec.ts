import {expect, test} from './support/test';
import {tabTo} from './support/keyboard';

const cards = '.markdown li:has(h3)';

test('metodväljaren filtreras med tangentbordet och valet hamnar i adressen', async ({page}) => {
  await page.goto('/metodhandbok');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^Visar alla \d+ metoder\.$/);
  const total = await page.locator(cards).count();
  expect(total).toBeGreaterThanOrEqual(12);

  // Syfte comes before Form in the tab order.
  await tabTo(page, 'Hälsa', 80);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]syfte=halsa/);
  for (const purpose of await page.locator(`${cards} dt:text-is("Syfte") + dd`).allInnerTexts()) {
    expect(purpose.toLowerCase()).toContain('hälsa');
  }

  await tabTo(page, 'I grupp', 20);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]form=grupp/);
  await expect(status).toHaveText(new RegExp(`^Visar \\d+ av ${total} metoder\\.$`));
  const shown = await page.locator(cards).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const form of await page.locator(`${cards} dt:text-is("Form") + dd`).allInnerTexts()) {
    expect(form.toLowerCase()).toContain('i grupp');
  }


  // A shared link opens with the same choice.
  await page.reload();
  await expect(page.getByRole('checkbox', {name: 'I grupp'})).toBeChecked();
  await expect(page.getByRole('checkbox', {name: 'Hälsa'})).toBeChecked();

  await tabTo(page, 'Visa alla metoder', 80);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`Visar alla ${total} metoder.`);
});

test.describe('utan JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('listar metodväljaren alla metoder', async ({page}) => {
    await page.goto('/metodhandbok');
    expect(await page.locator(cards).count()).toBeGreaterThanOrEqual(12);
  });
});

test('varje metod i väljaren har en sida med faktaruta och källor', async ({page}) => {
  await page.goto('/metodhandbok');
  const links = await page.locator(`${cards} h3 a`).evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThanOrEqual(12);
  for (const link of links) {
    await page.goto(link);
    await expect(page.getByRole('complementary', {name: 'Kort om metoden'}), link).toBeVisible();
    await expect(page.getByRole('heading', {level: 2, name: 'Källor'}), link).toBeVisible();
  }
});
