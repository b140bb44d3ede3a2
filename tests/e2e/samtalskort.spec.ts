import {expect, hydrated, test, type Page} from './support/test';
import {tabTo} from './support/keyboard';
import {expectNoSidewaysScroll, expectTargetsAtLeast} from './support/layout';
import {conversationCards} from '../../src/data/conversationCards';
import {axeOn, wcag22aa} from './support/axe';

const tool = '/verktyg/samtalskort';
const dialog = (page: Page) => page.getByRole('dialog', {name: /^Visa för deltagaren:/});
const setList = (page: Page) => page.locator('section[aria-labelledby=uppsattning]').getByRole('list', {name: /^Korten i /});

/** The text of a PDF, page by page, read with Mozilla's pdf.js. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const {getDocument} = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false}).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}

/** Text without white space: pdf.js splits words at ligatures ("fi ck"). */
const squash = (text: string): string => text.replace(/\s+/g, '');

test('med bara tangentbordet på en telefon: filtrera, dra, visa i helskärm, fäst tre kort, dela som länk och skriv ut som kort', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 375, height: 740}, hasTouch: true, isMobile: true});
  const page = await context.newPage();
  await page.goto(tool);
  await hydrated(page);

  // Filter: the phase "Första mötet", by Space on its checkbox; the address keeps the filter.
  await tabTo(page, 'Första mötet', 40);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/fas=forsta-motet/);
  await expect(page.getByText(/^\d+ kort passar urvalet\./)).toBeVisible();

  // Draw: the card is announced in a status region.
  await tabTo(page, 'Dra ett kort', 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({hasText: /^Draget kort: /})).toHaveCount(1);
  const first = (await page.locator('#draget-kort').textContent())!;

  // Full screen: a modal dialog, focus inside it, arrows change the card and the change is said.
  await tabTo(page, 'Visa för deltagaren', 10);
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('button', {name: 'Nästa', exact: true})).toBeFocused();
  const live = dialog(page).locator('[aria-live=polite]');
  await expect(live).toHaveText(`Draget kort 1. ${first}`);
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(/^Draget kort 2\. /);
  await expect(live).not.toHaveText(`Draget kort 2. ${first}`);
  await page.keyboard.press('ArrowLeft');
  await expect(live).toHaveText(`Draget kort 1. ${first}`);
  // Tab stays in the dialog (the page behind is inert).
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(true);
  }
  await dialog(page).getByRole('button', {name: 'Enklare svenska'}).focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('button', {name: 'Enklare svenska'})).toHaveAttribute('aria-pressed', 'true');
  // The card in simpler Swedish, from the deck (for a few cards, such as "Vad är du bra på?", it is the same text).
  const easy = conversationCards.find((card) => card.text === first)?.easy;
  expect(easy, `"${first}" finns i kortleken`).toBeDefined();
  await expect(live).toHaveText(`Draget kort 1. ${easy}`);
  // Escape closes, and focus is back on the button that opened the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('button', {name: 'Visa för deltagaren', exact: true})).toBeFocused();

  // Pin the drawn card and two from the list, by keyboard.
  await tabTo(page, 'Fäst i Min uppsättning', 5);
  await page.keyboard.press('Enter');
  const pins = page.locator('section[aria-labelledby=korten] button[aria-pressed=false]');
  for (let i = 0; i < 2; i++) {
    await pins.first().focus();
    await page.keyboard.press('Enter');
  }
  await expect(setList(page).getByRole('listitem')).toHaveCount(3);

  // Share: the link has the three cards; a colleague's browser opens the same set.
  await page.getByRole('button', {name: 'Dela som länk'}).focus();
  await page.keyboard.press('Enter');
  const link = await page.getByRole('textbox', {name: 'Länk till uppsättningen'}).inputValue();
  expect(link).toMatch(/\/verktyg\/samtalskort\?kort=[a-z]+\d+,[a-z]+\d+,[a-z]+\d+&namn=Min\+upps/);
  const pinned = (await setList(page).locator('li > span:first-child').allTextContents()).map((text) => text.trim());
  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(link);
  await hydrated(other);
  await expect(other.getByRole('heading', {name: 'Min uppsättning: 3 kort från en länk'})).toBeFocused();
  const shared = (await other.getByRole('list', {name: 'Korten i Min uppsättning'}).getByRole('listitem').allTextContents()).map((text) => text.trim());
  expect(shared).toEqual(pinned);
  await colleague.close();

  // Print the set as cards: the choice by keyboard, then the page as a PDF.
  const whole = (await page.getByRole('radio', {name: /^Korten i urvalet/}).evaluate((input) => (input as HTMLInputElement).labels![0]!.textContent!)).trim();
  await tabTo(page, whole, 30);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', {name: 'Min uppsättning (3 kort)'})).toBeChecked();
  await page.emulateMedia({media: 'print'});
  const pages = await pdfPages(await page.pdf({preferCSSPageSize: true}));
  // One sheet: the questions on the front, the types on the back.
  expect(pages).toHaveLength(2);
  for (const text of pinned) expect(squash(pages[0]!)).toContain(squash(text));
  expect(pages[1]).toContain('Samtalskort · Samordningsteamens metodhandbok');
  await context.close();
});

test('utskriften: 8 kort på varje A4 med typen på baksidan, och frågelistan på en sida', async ({page}) => {
  await page.goto(`${tool}?fas=forsta-motet`);
  const questions = await page.locator('section[aria-labelledby=korten] li > p:first-child').allTextContents();
  expect(questions.length).toBeGreaterThan(16);
  await page.emulateMedia({media: 'print'});
  await expect(page.getByRole('heading', {name: 'Samtalskort', level: 1})).toBeHidden();
  const pages = await pdfPages(await page.pdf({preferCSSPageSize: true}));
  expect(pages).toHaveLength(2 * Math.ceil(questions.length / 8));
  // The front of the first sheet has the first eight questions, no more; the back has their types.
  const onFront = questions.filter((question) => squash(pages[0]!).includes(squash(question)));
  expect(onFront).toEqual(questions.slice(0, 8));
  expect(pages[1]!.match(/Samtalskort · Samordningsteamens metodhandbok/g)).toHaveLength(8);
  // Black on white, whatever the screen's colours.
  const colour = await page.locator('[data-side=fram] p').first().evaluate((element) => getComputedStyle(element).color);
  expect(colour).toBe('rgb(0, 0, 0)');

  await page.emulateMedia({media: 'screen'});
  await page.getByRole('radio', {name: 'Som en lista med frågorna'}).check();
  await page.emulateMedia({media: 'print'});
  const list = await pdfPages(await page.pdf({preferCSSPageSize: true}));
  expect(list).toHaveLength(1);
  for (const question of questions) expect(squash(list[0]!)).toContain(squash(question));
});

test('en länk med okända och dubbla kort öppnar det som finns och säger vad som togs bort', async ({page}) => {
  await page.goto(`${tool}?kort=s1,finnsinte,s1,u2&namn=Gruppen`);
  await expect(page.getByRole('alert')).toHaveText(
    'Ett kort i länken finns inte i kortleken och visas inte (finnsinte). Ett kort fanns två gånger i länken och visas en gång (s1).',
  );
  await expect(page.getByRole('list', {name: 'Korten i Gruppen'}).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', {name: 'Spara som en egen uppsättning'}).click();
  await expect(setList(page).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', {name: 'Stäng länkens uppsättning'}).click();
  await expect(page).not.toHaveURL(/kort=/);
  await page.reload();
  await expect(page.getByRole('textbox', {name: 'Namn på uppsättningen'})).toHaveValue('Gruppen');
  await expect(setList(page).getByRole('listitem')).toHaveCount(2);
});

test('ett trasigt sparat värde flyttas undan, en felaktig fil ändrar inget, och Rensa allt frågar först', async ({page}) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('startad')) {
      sessionStorage.setItem('startad', '1');
      window.localStorage.setItem('samordningsteamens-samtalskort', '{trasig');
    }
  });
  await page.goto(tool);
  await expect(page.getByRole('alert').first()).toContainText('Det som fanns sparat i webbläsaren gick inte att läsa');
  expect(await page.evaluate(() => window.localStorage.getItem('samordningsteamens-samtalskort.oläsbar'))).toBe('{trasig');

  await page.locator('#fast-s1').click();
  await page.locator('input[type=file]').setInputFiles({name: 'lista.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"samordningsteamens-samtalskort","version":1}')});
  await expect(page.getByRole('alert').filter({hasText: 'Filen har fel innehåll'})).toContainText('Det du redan hade är kvar.');
  await expect(setList(page).getByRole('listitem')).toHaveCount(1);

  // A removed card comes back with Ångra.
  await setList(page).getByRole('button', {name: /^Ta bort/}).click();
  await expect(page.getByRole('button', {name: 'Ångra'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(setList(page).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Avbryt'}).click();
  await expect(setList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Ja, rensa allt'}).click();
  await expect(setList(page)).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('samordningsteamens-samtalskort.oläsbar'))).toBeNull();
});

// Two phones held upright, and 200 % zoom of a 1280 × 900 window (640 × 450 CSS px) in dark mode.
const views = [
  {name: 'på en telefon, 320 px, med pekskärm', width: 320, height: 740, phone: true, colorScheme: 'light'},
  {name: 'på en telefon, 375 px, med pekskärm, mörkt läge', width: 375, height: 740, phone: true, colorScheme: 'dark'},
  {name: 'i 200 % zoom (640 × 450 px), mörkt läge', width: 640, height: 450, phone: false, colorScheme: 'dark'},
] as const;

for (const {name, width, height, phone, colorScheme} of views) {
  test(`${name}: inget sidledsskroll, klickytor på minst 44 px och axe, också med helskärmen öppen`, async ({browser}) => {
    const context = await browser.newContext({viewport: {width, height}, hasTouch: phone, isMobile: phone, colorScheme});
    const page = await context.newPage();
    await page.goto(`${tool}?typ=skalfraga`);
    await hydrated(page);
    await page.getByRole('button', {name: 'Dra ett kort'}).click();
    for (const id of ['s1', 's2', 's3']) await page.locator(`#fast-${id}`).click();
    await expectNoSidewaysScroll(page, 'tre kort fästa');
    for (const part of ['urval', 'dra', 'uppsattning', 'skriv-ut', 'korten']) {
      await expectTargetsAtLeast(page, 44, part, `section[aria-labelledby=${part}]`);
    }
    const {violations} = await axeOn(page).withTags(wcag22aa).analyze();
    expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.getByRole('button', {name: 'Visa uppsättningen för deltagaren'}).click();
    await expect(dialog(page)).toBeVisible();
    await expectNoSidewaysScroll(page, 'helskärmen öppen');
    await expectTargetsAtLeast(page, 44, 'helskärmen', 'dialog');
    // The card fills the screen and its text is very large.
    const size = await dialog(page).locator('p[class*=text]').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    const dialogAxe = await axeOn(page).include('dialog').withTags(wcag22aa).analyze();
    expect(dialogAxe.violations.map((violation) => violation.id)).toEqual([]);
    if (phone) {
      // A swipe to the left shows the next card.
      const box = (await dialog(page).locator('p[class*=text]').boundingBox())!;
      const stage = dialog(page).locator('div[class*=stage]');
      const y = box.y + box.height / 2;
      await stage.dispatchEvent('pointerdown', {clientX: box.x + box.width - 10, clientY: y, pointerType: 'touch', isPrimary: true});
      await stage.dispatchEvent('pointerup', {clientX: box.x + 10, clientY: y + 5, pointerType: 'touch', isPrimary: true});
      await expect(dialog(page).locator('p[class*=position]')).toHaveText('Kort 2 av 3');
    }
    await context.close();
  });
}

test('med reducerad rörelse byts kortet utan animation', async ({browser}) => {
  const context = await browser.newContext({reducedMotion: 'reduce'});
  const page = await context.newPage();
  await page.goto(tool);
  await hydrated(page);
  await page.locator('#visa-f1').click();
  await page.keyboard.press('ArrowRight');
  const animation = await dialog(page).locator('p[class*=text]').evaluate((element) => getComputedStyle(element).animationName);
  expect(animation).toBe('none');
  await context.close();
});
