import {readFileSync} from 'node:fs';
import {expect, hydrated, test, type Page} from './support/test';
import {tabTo} from './support/keyboard';
import {expectNoSidewaysScroll, expectTargetsAtLeast, overlappingPairs} from './support/layout';

const wheel = (page: Page) => page.locator('svg#livshjulet');
const scale = (page: Page, which: 'Hur det är nu' | 'Dit jag vill', area: string) =>
  page.getByRole('group', {name: new RegExp(`^${which}, ${area}:`)});
const rate = (page: Page, which: 'Hur det är nu' | 'Dit jag vill', area: string, value: number) =>
  scale(page, which, area).getByRole('radio', {name: new RegExp(`^${value}(,|$)`)}).click();

/** Rates two areas and saves two rounds: the state in which the page used to break on phones. */
async function twoRounds(page: Page, first = 'Inskrivning vid första mötet', second = 'Uppföljning efter tre månader'): Promise<void> {
  await rate(page, 'Hur det är nu', 'Arbete och sysselsättning', 3);
  await rate(page, 'Dit jag vill', 'Arbete och sysselsättning', 7);
  await page.getByRole('textbox', {name: 'Namn på omgången'}).fill(first);
  await page.getByRole('button', {name: 'Spara omgång'}).click();
  await rate(page, 'Hur det är nu', 'Arbete och sysselsättning', 6);
  await page.getByRole('textbox', {name: 'Namn på omgången'}).fill(second);
  await page.getByRole('button', {name: 'Spara omgång'}).click();
}

test('fyll i med bara tangentbordet, ladda om och se att det finns kvar; få steg till Spara omgång', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await tabTo(page, 'Hjulet och skattningen', 40);
  await page.keyboard.press('Enter');
  // From the heading: previous, area, next; then the scale (a radio group: arrow keys move along it).
  await tabTo(page, '0, sämst', 6);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await tabTo(page, '0, sämst', 3);
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(scale(page, 'Hur det är nu', 'Arbete och sysselsättning')).toBeVisible();
  await expect(page.getByRole('group', {name: 'Hur det är nu, Arbete och sysselsättning: 4 av 10'})).toBeVisible();
  await expect(wheel(page)).toHaveAttribute('aria-label', /Arbete och sysselsättning 4 av 10, vill till 7/);
  // The next area by the "Nästa" button, by keyboard.
  await page.getByRole('button', {name: 'Nästa område: Studier och utveckling'}).focus();
  await page.keyboard.press('Enter');
  await rate(page, 'Hur det är nu', 'Studier och utveckling', 6);

  await page.reload();
  await expect(wheel(page)).toHaveAttribute('aria-label', /Arbete och sysselsättning 4 av 10, vill till 7; Studier och utveckling 6 av 10/);
  await expect(page.getByRole('table', {name: 'Livsområden, skattning och nästa steg'}).getByRole('row', {name: /Arbete och sysselsättning/})).toContainText(
    '3 steg upp',
  );

  // From the top of the page to "Spara omgång" in a few steps (it took 79), through the tool's contents.
  await tabTo(page, 'Omgångar', 25);
  await page.keyboard.press('Enter');
  await tabTo(page, 'Spara omgång', 6);
});

test('ett klick i hjulet sätter värdet, och skalan följer med', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  const box = (await wheel(page).boundingBox())!;
  // Straight up from the centre, at 80 % of the radius to the value 10: the first area, value 8.
  const viewBoxHalf = 180 + 110;
  const factor = box.width / (viewBoxHalf * 2);
  const radius10 = 180 * factor;
  const inner = 24 * factor;
  await page.mouse.click(box.x + box.width / 2 + 5 * factor, box.y + box.height / 2 - (inner + (radius10 - inner) * 0.8));
  await expect(scale(page, 'Hur det är nu', 'Arbete och sysselsättning')).toHaveAccessibleName(/8 av 10/);
});

test('spara två omgångar och jämför dem', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await twoRounds(page, 'Inskrivning', 'Uppföljning 3 mån');
  const changes = page.getByRole('table', {name: 'Förändring i "hur det är nu"'});
  await expect(changes.getByRole('row', {name: /Arbete och sysselsättning/}).getByRole('cell')).toHaveText(['3', '6', '+3']);
  await expect(page.locator('svg#livshjul-jamforelse')).toHaveAttribute('aria-label', /Arbete och sysselsättning 3 till 6/);
});

test('datumet är dagens: den byggda sidan har inget eget datum, och sidan visar och sparar dagens', async ({page, request}) => {
  const html = await (await request.get('/verktyg/livshjulet')).text();
  // The built HTML is minified: attribute values may be without quotes.
  const dateField = /<input[^>]*\btype="?date\b[^>]*>/.exec(html)?.[0];
  expect(dateField, 'datumfältet finns i den byggda sidan').toBeTruthy();
  expect(dateField, 'den byggda sidan får inte visa ett fast datum').not.toMatch(/\svalue=("[^"]+"|[^\s">]+)/);

  await page.goto('/verktyg/livshjulet');
  await hydrated(page);
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  await expect(page.getByLabel('Datum', {exact: true})).toHaveValue(today);
  await page.getByRole('button', {name: 'Spara omgång'}).click();
  await expect(page.getByRole('list', {name: 'Sparade omgångar'})).toContainText(`Inskrivning (${today})`);
});

// Two phones held upright, and 200 % zoom of a 1280 × 900 window (640 × 450 CSS px, no touch).
const views = [
  {name: 'på en telefon, 320 px, med pekskärm', width: 320, height: 740, phone: true},
  {name: 'på en telefon, 375 px, med pekskärm', width: 375, height: 740, phone: true},
  {name: 'i 200 % zoom (640 × 450 px)', width: 640, height: 450, phone: false},
] as const;

for (const {name, width, height, phone} of views) {
  test(`${name}: inget skärs av när två omgångar är sparade, och knapparna går att träffa`, async ({browser}) => {
    const context = await browser.newContext({viewport: {width, height}, hasTouch: phone, isMobile: phone});
    const page = await context.newPage();
    await page.goto('/verktyg/livshjulet');
    await hydrated(page);
    await expectNoSidewaysScroll(page, 'nyss laddad');
    if (phone) {
      // The wheel stays in view while one area is rated under it.
      await scale(page, 'Dit jag vill', 'Arbete och sysselsättning').getByRole('radio', {name: '7'}).tap();
      const wheelBox = (await wheel(page).boundingBox())!;
      expect(wheelBox.y, 'hjulet syns medan man skattar').toBeGreaterThanOrEqual(0);
      expect(wheelBox.y + wheelBox.height).toBeLessThan(height);
      // The buttons scroll under the wheel: it must hide them, not let them show through.
      expect(await wheel(page).locator('..').evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      // The area numbers in the wheel are readable (at least 12 px) on a phone.
      const numberSize = await wheel(page).locator('[data-label=number]').first().evaluate((element) => element.getBoundingClientRect().height);
      expect(numberSize).toBeGreaterThanOrEqual(12);
    }

    await twoRounds(page);
    await expectNoSidewaysScroll(page, 'två omgångar sparade');
    await expectTargetsAtLeast(page, 44, 'skattningen', 'section[aria-labelledby=hjulet]');
    await expectTargetsAtLeast(page, 44, 'omgångarna', 'section[aria-labelledby=omgangar]');
    await expectTargetsAtLeast(page, 24, 'hela verktyget', 'main');
    expect(await overlappingPairs(page, ['section[aria-labelledby=omgangar] li button', 'section[aria-labelledby=omgangar] li > span'])).toEqual([]);

    // A removal shows "Ångra": the state with a notice must fit too.
    await page.getByRole('button', {name: 'Ta bort Inskrivning vid första mötet'}).click();
    await expect(page.getByRole('button', {name: 'Ångra'})).toBeFocused();
    await expectNoSidewaysScroll(page, 'efter Ta bort');
    await context.close();
  });
}

test('ta bort ett område går att ångra, och fokus stannar där man var', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await page.getByRole('combobox', {name: 'Område att skatta'}).selectOption({label: '3. Ekonomi'});
  await rate(page, 'Hur det är nu', 'Ekonomi', 2);
  await page.getByRole('button', {name: 'Samtala om Ekonomi'}).click();
  await page.getByRole('textbox', {name: 'Anteckning om Ekonomi'}).fill('Skulder som oroar');
  await page.getByRole('button', {name: 'Ta bort Ekonomi'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Ekonomi är borttaget'})).toBeVisible();
  await expect(page.getByRole('button', {name: 'Ångra'})).toBeFocused();
  await expect(wheel(page)).not.toHaveAttribute('aria-label', /Ekonomi/);
  await page.keyboard.press('Enter');
  await expect(wheel(page)).toHaveAttribute('aria-label', /Studier och utveckling inte skattat; Ekonomi 2 av 10; Boende/);
  await expect(page.getByRole('button', {name: 'Ta bort Ekonomi'})).toBeFocused();
  await page.getByRole('button', {name: 'Samtala om Ekonomi'}).click();
  await expect(page.getByRole('textbox', {name: 'Anteckning om Ekonomi'})).toHaveValue('Skulder som oroar');
});

test('ta bort en omgång går att ångra', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await twoRounds(page, 'Inskrivning', 'Uppföljning');
  await page.getByRole('button', {name: 'Ta bort Inskrivning'}).click();
  await expect(page.getByRole('list', {name: 'Sparade omgångar'}).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', {name: 'Ångra'}).click();
  await expect(page.getByRole('list', {name: 'Sparade omgångar'}).getByRole('listitem')).toHaveText([/^Inskrivning/, /^Uppföljning/]);
  await expect(page.getByRole('button', {name: 'Ta bort Inskrivning'})).toBeFocused();
});

test('spara som fil och öppna i en annan webbläsare ger samma hjul; öppna över ett ifyllt hjul frågar först', async ({page, browser}) => {
  await page.goto('/verktyg/livshjulet');
  await twoRounds(page, 'Inskrivning', 'Uppföljning');
  await page.getByRole('textbox', {name: 'Namn', exact: true}).first().fill('Arbete');
  const description = await wheel(page).getAttribute('aria-label');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Spara som fil'}).click()]);
  const path = await download.path();
  expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('samordningsteamens-livshjul');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await hydrated(other);
  await expect(wheel(other)).toHaveAttribute('aria-label', /Arbete och sysselsättning inte skattat/);
  // An empty wheel has nothing to lose: the file is read at once.
  await other.locator('input[type=file]').setInputFiles(path);
  await expect(other.getByRole('status').filter({hasText: 'är inläst'})).toBeVisible();
  await expect(wheel(other)).toHaveAttribute('aria-label', description!);

  // Over a filled-in wheel it asks; "Avbryt" keeps everything, "Lägg till" adds only new rounds.
  await rate(other, 'Hur det är nu', 'Arbete', 9);
  await other.getByRole('textbox', {name: 'Namn på omgången'}).fill('Avslut');
  await other.getByRole('button', {name: 'Spara omgång'}).click();
  const filled = await wheel(other).getAttribute('aria-label');
  await other.locator('input[type=file]').setInputFiles(path);
  const question = other.getByRole('alertdialog', {name: /Vad vill du göra med/});
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', {name: 'Avbryt'})).toBeFocused();
  await question.getByRole('button', {name: 'Avbryt'}).click();
  await expect(wheel(other)).toHaveAttribute('aria-label', filled!);
  await other.locator('input[type=file]').setInputFiles(path);
  await other.getByRole('button', {name: 'Lägg till filens omgångar'}).click();
  await expect(other.getByRole('status').filter({hasText: '2 omgångar fanns redan'})).toBeVisible();
  await expect(other.getByRole('list', {name: 'Sparade omgångar'}).getByRole('listitem')).toHaveCount(3);
  await expect(wheel(other)).toHaveAttribute('aria-label', filled!);
  await fresh.close();
});

test('en fil som inte är från livshjulet ger ett meddelande och ändrar inget', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await rate(page, 'Hur det är nu', 'Arbete och sysselsättning', 7);
  const before = await wheel(page).getAttribute('aria-label');
  await page.locator('input[type=file]').setInputFiles({name: 'lista.json', mimeType: 'application/json', buffer: Buffer.from('inte json')});
  await expect(page.getByRole('alert')).toHaveText('Innehållet går inte att läsa. Det är inte en fil från livshjulet. Det du redan hade är kvar.');
  await expect(wheel(page)).toHaveAttribute('aria-label', before!);
});

test('ett trasigt sparat värde ger ett meddelande, och sidan fungerar ändå', async ({page}) => {
  await page.addInitScript(() => window.localStorage.setItem('samordningsteamens-livshjul', '{trasig'));
  await page.goto('/verktyg/livshjulet');
  await expect(page.getByRole('alert').first()).toContainText('Det som fanns sparat i webbläsaren gick inte att läsa');
  expect(await page.evaluate(() => window.localStorage.getItem('samordningsteamens-livshjul.oläsbar'))).toBe('{trasig');
  // "Rensa allt" removes the set-aside copy too: only an empty wheel is left on the device.
  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Ja, rensa allt'}).click();
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem('samordningsteamens-livshjul.oläsbar'))).toBeNull();
});

test('utskriften: hjulet med teckenförklaring, värdena, jämförelsen och omgångens datum, men inga knappar', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await twoRounds(page, 'Inskrivning', 'Uppföljning');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('svg#livshjulet-utskrift')).toBeVisible();
  await expect(page.locator('section[aria-labelledby=varden]').getByRole('list', {name: 'Teckenförklaring'})).toBeVisible();
  await expect(page.getByRole('table', {name: 'Livsområden, skattning och nästa steg'})).toBeVisible();
  await expect(page.getByRole('table', {name: 'Förändring i "hur det är nu"'})).toBeVisible();
  // The wheel is the round just saved: its name and date are printed, not only today's date.
  await expect(page.locator('section[aria-labelledby=varden]')).toContainText(/Uppföljning, \d{4}-\d{2}-\d{2}\./);
  await expect(page.getByRole('button', {name: 'Spara omgång'})).toBeHidden();
  await expect(page.getByRole('combobox', {name: 'Före'})).toBeHidden();
  await expect(page.locator('.navbar')).toBeHidden();
  // Two A4 pages at most: the values, then the comparison with the sources.
  const pdf = await page.pdf({format: 'A4', margin: {top: '15mm', bottom: '15mm', left: '15mm', right: '15mm'}});
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, 'sidor i utskriften').toBeLessThanOrEqual(2);
});

test('rensa allt frågar först', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await rate(page, 'Hur det är nu', 'Arbete och sysselsättning', 9);
  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Avbryt'}).click();
  await expect(scale(page, 'Hur det är nu', 'Arbete och sysselsättning')).toHaveAccessibleName(/9 av 10/);
  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Ja, rensa allt'}).click();
  await expect(scale(page, 'Hur det är nu', 'Arbete och sysselsättning')).toHaveAccessibleName(/inte skattat/);
  await page.reload();
  await expect(scale(page, 'Hur det är nu', 'Arbete och sysselsättning')).toHaveAccessibleName(/inte skattat/);
});
