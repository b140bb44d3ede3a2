import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {tabTo} from './support/keyboard';

const path = '/verktyg/samhallsekonomisk-kalkyl';
const headline = (page: Page) => page.locator('#resultat-rubrik ~ p[aria-live]');
const field = (page: Page, name: string) => page.getByRole('textbox', {name, exact: true});

/** Opens the calculator and waits until React has taken over the page, so typing is not overwritten by the address being read. */
async function open(page: Page, search = '') {
  await page.goto(`${path}${search}`);
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
}

/** Text without thin or no-break spaces, so numbers compare as typed. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function expectNoBrokenNumbers(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
}

test('fyll i med bara tangentbordet: resultatet ändras, scenariot hamnar i adressen och finns kvar efter omladdning', async ({page}) => {
  await open(page);
  await expect(headline(page)).toContainText('har betalat sig efter 3 månader');
  await tabTo(page, 'Antal deltagare', 80);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await tabTo(page, 'Från sjukpenning, Till arbete', 40);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expect(page).toHaveURL(/[?&]deltagare=10(&|$)/);
  await expect(page).toHaveURL(/[?&]sjukpenning-arbete=2(&|$)/);
  const sentence = plain(await headline(page).textContent());
  expect(sentence).toContain('Insatsen kostar 800 000 kr');

  await page.reload();
  await expect(field(page, 'Antal deltagare')).toHaveValue('10');
  await expect(field(page, 'Från sjukpenning, Till arbete')).toHaveValue('2');
  expect(plain(await headline(page).textContent())).toBe(sentence);
  await expectNoBrokenNumbers(page);
});

test('en delad länk öppnar samma scenario; två ändrade tal ger en ny mening', async ({page}) => {
  await open(page, '?deltagare=20&kostnad=50000&forsorjningsstod-arbete=3');
  await expect(field(page, 'Kostnad per deltagare')).toHaveValue('50 000'.replace(' ', '\u00a0'));
  expect(plain(await headline(page).textContent())).toContain('Insatsen kostar 1 000 000 kr');
  await field(page, 'Från försörjningsstöd, Till arbete').fill('6');
  await field(page, 'Kostnad per deltagare').fill('40000');
  expect(plain(await headline(page).textContent())).toMatch(/^Insatsen kostar 800 000 kr, ger samhället cirka [\d ]+ kr per år och har betalat sig efter \d+ månader?\./);
  await expect(page).toHaveURL(/kostnad=40000/);
  await expect(page.getByRole('textbox', {name: 'Sammanfattning'})).toHaveValue(/Räkna själv: .*\/verktyg\/samhallsekonomisk-kalkyl\?.*kostnad=40000/);
});

test('fel värden ger ett meddelande vid fältet, inga trasiga tal, och det senaste giltiga resultatet står kvar', async ({page}) => {
  await open(page);
  const before = await headline(page).textContent();
  const cases: [string, string, string][] = [
    ['Kostnad per deltagare', '-5', 'Talet kan inte vara negativt.'],
    ['Lön i arbete', 'tjugo', 'Skriv bara siffror, till exempel 23 000.'],
    ['Studiebidrag', '', 'Fyll i ett tal. Skriv 0 om det inte gäller.'],
    ['Lön i arbete med lönestöd', '99999999999', 'Talet är orimligt stort.'],
    ['Lönestödets andel av lönekostnaden', '150', 'Andelen kan vara högst 100 procent.'],
  ];
  for (const [name, text, message] of cases) {
    const input = field(page, name);
    await input.fill(text);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(new RegExp(`^Fel: ${message.replace(/[.()]/g, '\\$&')}`));
    await expect(page.getByRole('region', {name: /fält behöver rättas/})).toContainText(message);
  }
  await expect(headline(page)).toHaveText(before ?? '');
  await expect(page.getByText('Formuläret har fel. Resultatet gäller de senaste giltiga värdena.')).toBeVisible();
  await expectNoBrokenNumbers(page);

  // The error list links to the field.
  await page.getByRole('link', {name: /Kostnad per deltagare: Talet kan inte vara negativt/}).click();
  await expect(page).toHaveURL(/#falt-kostnad$/);

  // A wrong value is kept in the address as typed, so a shared link shows the same message.
  await expect(page).toHaveURL(/lon=tjugo/);
  const {violations} = await new AxeBuilder({page}).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('fler som flyttar än deltagare ger ett meddelande vid antalet deltagare och vid tabellen', async ({page}) => {
  await open(page);
  await field(page, 'Från aktivitetsstöd, Till studier').fill('4');
  const message = /Tabellen räknar 5 personer, men insatsen har 1 deltagare/;
  await expect(field(page, 'Antal deltagare')).toHaveAccessibleDescription(message);
  await expect(page.locator('#falt-flyttar-fel')).toHaveText(message);
  await field(page, 'Antal deltagare').fill('5');
  await expect(page.locator('#falt-flyttar-fel')).toHaveCount(0);
  await expect(page.getByRole('region', {name: /fält behöver rättas/})).toHaveCount(0);
});

test('förval och Återställ', async ({page}) => {
  await open(page);
  await page.getByRole('button', {name: 'Samordningsteamet i Västerås 2024'}).click();
  await expect(page).toHaveURL(/deltagare=\d+/);
  expect(Number((await field(page, 'Antal deltagare').inputValue()).replace(/\D/g, ''))).toBeGreaterThan(100);
  await expect(headline(page)).not.toContainText('efter 3 månader');
  await page.getByRole('button', {name: 'Återställ'}).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(field(page, 'Antal deltagare')).toHaveValue('1');
  await expect(headline(page)).toContainText('har betalat sig efter 3 månader');
});

test.describe('utan JavaScript', () => {
  test.use({javaScriptEnabled: false});
  test('visar rapportens exempel med diagram och tabell, färdigt från servern', async ({page}) => {
    await page.goto(path);
    await expect(headline(page)).toContainText('har betalat sig efter 3 månader');
    const actors = page.getByRole('figure', {name: 'Värde per år för varje aktör'});
    await expect(actors.getByRole('img')).toHaveCount(7);
    await expect(actors.getByRole('img', {name: /^Kommunen: \d/})).toBeVisible();
    await expect(page.getByRole('table', {name: /Konstanter som kalkylen alltid använder/})).toBeVisible();
  });
});
