import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from './support/test';
import type {ExampleEntry} from '../../src/data/schemas';
import {tabTo} from './support/keyboard';

/** The catalogue the build wrote from the examples' front matter. */
function catalogue(): ExampleEntry[] {
  return JSON.parse(readFileSync(join(process.cwd(), '.docusaurus/method-catalog/default/examples.json'), 'utf8')) as ExampleEntry[];
}

const cards = '.markdown li:has(h3)';

test('filtrering på metod visar exakt de exempel som har metoden, och valet hamnar i adressen', async ({page}) => {
  const examples = catalogue();
  expect(examples.length).toBeGreaterThanOrEqual(16);
  const method = 'supported-employment';
  const expected = examples.filter((example) => example.methods.includes(method)).map((example) => example.title).sort();
  expect(expected.length).toBeGreaterThan(0);

  await page.goto('/exempel');
  await expect(page.getByRole('status')).toHaveText(`Visar alla ${examples.length} exempel.`);
  await tabTo(page, 'Metod', 80);
  // Choose by keyboard: type to select the option, as a keyboard user does in a closed select.
  await page.keyboard.type('Supported');
  await expect(page).toHaveURL(new RegExp(`[?&]metod=${method}`));
  const titles = (await page.locator(`${cards} h3`).allInnerTexts()).sort();
  expect(titles).toEqual(expected);

  await page.reload();
  await expect(page.getByRole('combobox', {name: 'Metod'})).toHaveValue(method);
  expect((await page.locator(`${cards} h3`).allInnerTexts()).sort()).toEqual(expected);
});

test('filtrering på slags resultat med kryssruta', async ({page}) => {
  const expected = catalogue().filter((example) => example.resultKinds.includes('struktur')).map((example) => example.title).sort();
  await page.goto('/exempel');
  await tabTo(page, 'Struktur', 80);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/[?&]resultat=struktur/);
  expect((await page.locator(`${cards} h3`).allInnerTexts()).sort()).toEqual(expected);
});

test('varje exempel har faktaruta, siffror och källor, och metodsidor länkar tillbaka', async ({page}) => {
  for (const example of catalogue()) {
    await page.goto(example.permalink);
    await expect(page.getByRole('complementary', {name: 'Kort om exemplet'}), example.permalink).toBeVisible();
    await expect(page.getByRole('heading', {level: 2, name: 'Siffror'}), example.permalink).toBeVisible();
    await expect(page.getByRole('heading', {level: 2, name: 'Källor'}), example.permalink).toBeVisible();
  }
  const uffe = catalogue().find((example) => example.methods.includes('supported-employment'))!;
  await page.goto('/metodhandbok/supported-employment');
  await expect(page.getByRole('complementary', {name: 'Kort om metoden'}).getByRole('link', {name: uffe.title})).toHaveAttribute('href', uffe.permalink);
});
