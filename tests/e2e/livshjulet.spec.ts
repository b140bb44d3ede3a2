import {readFileSync} from 'node:fs';
import {expect, test, type Page} from '@playwright/test';
import {tabTo} from './support/keyboard';

const wheel = (page: Page) => page.locator('svg#livshjulet');

test('fyll i med bara tangentbordet, ladda om och se att det finns kvar', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await tabTo(page, 'Hur det är nu, Arbete och sysselsättning', 80);
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await tabTo(page, 'Dit jag vill, Arbete och sysselsättning', 5);
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'})).toHaveValue('4');
  await expect(wheel(page)).toHaveAttribute('aria-label', /Arbete och sysselsättning 4 av 10, vill till 7/);
  // Typing in the number box moves the slider too.
  const number = page.getByRole('spinbutton', {name: 'Hur det är nu, Studier och utveckling, skriv 0–10'});
  await number.focus();
  await page.keyboard.type('6');
  await expect(page.getByRole('slider', {name: 'Hur det är nu, Studier och utveckling'})).toHaveValue('6');

  await page.reload();
  await expect(wheel(page)).toHaveAttribute('aria-label', /Arbete och sysselsättning 4 av 10, vill till 7; Studier och utveckling 6 av 10/);
  await expect(page.getByRole('table', {name: 'Livsområden, skattning och nästa steg'}).getByRole('row', {name: /Arbete och sysselsättning/})).toContainText('4');
});

test('ett klick i hjulet sätter värdet, och reglaget följer med', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  const box = (await wheel(page).boundingBox())!;
  // Straight up from the centre, at 80 % of the radius to the value 10: the first area, value 8.
  const viewBoxHalf = 180 + 110;
  const scale = box.width / (viewBoxHalf * 2);
  const radius10 = 180 * scale;
  const inner = 24 * scale;
  await page.mouse.click(box.x + box.width / 2 + 5 * scale, box.y + box.height / 2 - (inner + (radius10 - inner) * 0.8));
  await expect(page.getByRole('slider', {name: 'Hur det är nu, Arbete och sysselsättning'})).toHaveValue('8');
});

test('spara två omgångar och jämför dem', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  const nowBox = page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'});
  await nowBox.fill('3');
  await page.getByRole('textbox', {name: 'Namn på omgången'}).fill('Inskrivning');
  await page.getByRole('button', {name: 'Spara omgång'}).click();
  await nowBox.fill('6');
  await page.getByRole('textbox', {name: 'Namn på omgången'}).fill('Uppföljning 3 mån');
  await page.getByRole('button', {name: 'Spara omgång'}).click();

  const changes = page.getByRole('table', {name: 'Förändring i "hur det är nu"'});
  await expect(changes.getByRole('row', {name: /Arbete och sysselsättning/}).getByRole('cell')).toHaveText(['3', '6', '+3']);
  await expect(page.locator('svg#livshjul-jamforelse')).toHaveAttribute('aria-label', /Arbete och sysselsättning 3 till 6/);
});

test('spara som fil och öppna i en annan webbläsare ger samma hjul', async ({page, browser}) => {
  await page.goto('/verktyg/livshjulet');
  await page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'}).fill('5');
  await page.getByRole('textbox', {name: 'Namn', exact: true}).first().fill('Arbete');
  const description = await wheel(page).getAttribute('aria-label');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Spara som fil'}).click()]);
  const path = await download.path();
  expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('samordningsteamens-livshjul');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(wheel(other)).toHaveAttribute('aria-label', /Arbete och sysselsättning inte skattat/);
  await other.locator('input[type=file]').setInputFiles(path);
  await expect(other.getByRole('status').filter({hasText: 'är inläst'})).toBeVisible();
  await expect(wheel(other)).toHaveAttribute('aria-label', description!);
  await fresh.close();
});

test('en fil som inte är från livshjulet ger ett meddelande och ändrar inget', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'}).fill('7');
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

test('utskriften visar hjulet och värdena men inga knappar', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'}).fill('4');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('svg#livshjulet-utskrift')).toBeVisible();
  await expect(page.getByRole('table', {name: 'Livsområden, skattning och nästa steg'})).toBeVisible();
  await expect(page.getByRole('button', {name: 'Spara omgång'})).toBeHidden();
  await expect(page.locator('.navbar')).toBeHidden();
});

test('rensa allt frågar först', async ({page}) => {
  await page.goto('/verktyg/livshjulet');
  await page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'}).fill('9');
  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Avbryt'}).click();
  await expect(page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'})).toHaveValue('9');
  await page.getByRole('button', {name: 'Rensa allt'}).click();
  await page.getByRole('button', {name: 'Ja, rensa allt'}).click();
  await expect(page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'})).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('spinbutton', {name: 'Hur det är nu, Arbete och sysselsättning, skriv 0–10'})).toHaveValue('');
});
