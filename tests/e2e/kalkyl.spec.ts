import {expect, test, type Page} from './support/test';
import {tabTo} from './support/keyboard';
import {expectNoSidewaysScroll, expectTargetsAtLeast} from './support/layout';
import {axeOn, wcag21aa} from './support/axe';

const path = '/verktyg/samhallsekonomisk-kalkyl';
const headline = (page: Page) => page.locator('#resultat-mening');
const field = (page: Page, name: string) => page.getByRole('textbox', {name, exact: true});

/** Opens the calculator; goto waits until React has taken over the page (support/test.ts), so typing is not overwritten by the address being read. */
async function open(page: Page, search = '') {
  await page.goto(`${path}${search}`);
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

  // Wide: the result is beside the form, so there is no result bar, and the sentence stays in view further down.
  await expect(page.getByRole('region', {name: 'Resultatet i korthet'})).toBeHidden();
  await field(page, 'Studiebidrag').focus();
  await expect(headline(page)).toBeInViewport();
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
  // No text to paste for values that are no longer in the form.
  await expect(page.getByRole('textbox', {name: 'Sammanfattning'})).toHaveCount(0);
  await expectNoBrokenNumbers(page);

  // The error list leads to the field and puts the cursor there.
  await page.getByRole('link', {name: /Kostnad per deltagare: Talet kan inte vara negativt/}).click();
  await expect(field(page, 'Kostnad per deltagare')).toBeFocused();

  // A wrong value is kept in the address as typed, so a shared link shows the same message.
  await expect(page).toHaveURL(/lon=tjugo/);
  const {violations} = await axeOn(page).withTags(wcag21aa).analyze();
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

// Addresses the page wrote before its inputs moved into one table (the build of 2026-12-07), with the sentence it showed then.
const oldLinks: [string, string, string][] = [
  [
    '?deltagare=129&kostnad=45209&forsorjningsstod-studier=2&sjukpenning-arbete=2&sjukpenning-studier=3',
    '?deltagare=129&kostnad=45209&forsorjningsstod-studier=2&sjukpenning-arbete=2&sjukpenning-studier=3',
    'Insatsen kostar 5 832 000 kr, ger samhället cirka 1 160 000 kr per år och har betalat sig efter 61 månader (cirka 5,1 år). Efter 5 år återstår cirka 31 000 kr av kostnaden.',
  ],
  [
    '?deltagare=20&kostnad=40000&lon-lonestod=18000&lonestod-andel=50.5&sjukpenning-arbete=3',
    '?deltagare=20&kostnad=40000&lon-lonestod=18000&lonestod-andel=50.5&sjukpenning-arbete=3',
    'Insatsen kostar 800 000 kr, ger samhället cirka 1 475 000 kr per år och har betalat sig efter 7 månader. Efter 5 år är vinsten cirka 6 574 000 kr.',
  ],
  [
    '?sjukersattning=13000&aktivitetsstod=5000&lon=25000&studiebidrag=4000&deltagare=4&sjukersattning-arbete=1&aktivitetsstod-studier=1&ingen-lonestod=1',
    '?deltagare=4&sjukersattning=13000&aktivitetsstod=5000&lon=25000&studiebidrag=4000&sjukersattning-arbete=1&aktivitetsstod-studier=1&ingen-lonestod=1',
    'Insatsen kostar 320 000 kr, ger samhället cirka 813 000 kr per år och har betalat sig efter 5 månader. Efter 5 år är vinsten cirka 3 743 000 kr.',
  ],
];

test('länkar som sidan skrev förut öppnar samma scenario, med samma mening och adress', async ({page}) => {
  for (const [search, written, sentence] of oldLinks) {
    await open(page, search);
    await expect(page).toHaveURL(`${path}${written}`);
    expect(plain(await headline(page).textContent())).toBe(sentence);
    await expect(page.getByRole('region', {name: /fält behöver rättas/})).toHaveCount(0);
  }
  await expect(field(page, 'Lön i arbete')).toHaveValue('25\u00a0000');
  await expect(field(page, 'Från ingen ersättning, Till arbete med lönestöd')).toHaveValue('1');
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

/**
 * On a phone (issue 13): the result sits about seven screens below the first field, so a compact
 * result bar keeps the sentence in view while the user edits; it never covers the focused field.
 */
const bar = (page: Page) => page.getByRole('region', {name: 'Resultatet i korthet'});

/** Fieldset legends that reach above the box's inner edge, where the border is drawn through them. */
async function legendsOverBorder(page: Page): Promise<string[]> {
  return page.locator('form fieldset').evaluateAll((fieldsets) =>
    fieldsets.flatMap((fieldset) => {
      const legend = fieldset.querySelector(':scope > legend');
      if (!legend) return [];
      const box = fieldset.getBoundingClientRect();
      const border = parseFloat(getComputedStyle(fieldset).borderTopWidth);
      const top = legend.getBoundingClientRect().top;
      return top + 0.5 < box.top + border ? [`${legend.textContent ?? ''} (${Math.round(box.top + border - top)} px över kanten)`] : [];
    }),
  );
}

/** The focused element's box against the sticky navbar above and the result bar below. */
async function focusHidden(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const box = element.getBoundingClientRect();
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect();
    const barElement = document.querySelector<HTMLElement>('[data-kalkyl-bar]');
    const barBox = barElement?.getBoundingClientRect();
    const name = element.id || element.textContent?.trim().slice(0, 30) || element.tagName;
    if (navbar && box.top < navbar.bottom - 0.5 && box.bottom > navbar.top) return `${name} under menyraden`;
    if (barBox && barElement !== element && !barElement!.contains(element) && box.bottom > barBox.top + 0.5 && box.top < barBox.bottom)
      return `${name} under resultatraden`;
    return null;
  });
}

for (const width of [320, 375]) {
  test.describe(`på en telefon, ${width} px`, () => {
    test.use({viewport: {width, height: 640}, hasTouch: true, isMobile: true});

    test('resultatmeningen syns där man skriver, fokus göms inte, förvalet i ental, rubriker inom rutan, stora mål', async ({page}) => {
      await open(page);
      // The default has one participant: "1 person", not "1 personer".
      await expect(page.getByText(/Förval: 1 person \(/)).toBeVisible();
      await expect(page.getByText(/\b1 personer\b/)).toHaveCount(0);
      expect(await legendsOverBorder(page)).toEqual([]);

      const participants = field(page, 'Antal deltagare');
      await participants.tap();
      await participants.fill('20');
      await expect(bar(page)).toBeInViewport();
      await expect(bar(page)).toContainText(/har betalat sig efter \d+ månader/);
      await expect(bar(page)).not.toContainText('efter 3 månader');
      const months = plain(await headline(page).textContent()).match(/efter (\d+) månader/)?.[1];
      await expect(bar(page)).toContainText(`efter ${months} månader`);
      expect(await focusHidden(page)).toBeNull();
      await expectNoSidewaysScroll(page, `${width} px efter ändring`);
      if (width === 375) {
        await expectTargetsAtLeast(page, 44, '375 px, kalkylen', '#kalkyl');
        await expectTargetsAtLeast(page, 24, '375 px, hela sidan');
        const {violations} = await axeOn(page).withTags(wcag21aa).analyze();
        expect(violations.map((violation) => violation.id)).toEqual([]);
      }

      // Through the form by keyboard: the focused field is never under the navbar or the bar.
      const hidden: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const problem = await focusHidden(page);
        if (problem) hidden.push(problem);
      }
      expect(hidden).toEqual([]);

      // The bar's link goes to the whole result.
      await bar(page).getByRole('link', {name: 'Se hela resultatet'}).tap();
      await expect(page.locator('#resultat-rubrik')).toBeInViewport();

      // A short window (320 × 256 is 1280 × 1024 at 400 %): the bar does not stick over the content.
      await participants.focus();
      await page.setViewportSize({width, height: 256});
      await expect
        .poll(
          () =>
            bar(page).evaluate((element) => {
              const box = element.getBoundingClientRect();
              return getComputedStyle(element).position === 'sticky' && box.top < innerHeight && box.bottom > 0 ? box.height : 0;
            }),
          {message: 'höjden på en fast resultatrad i 256 px'},
        )
        .toBeLessThanOrEqual(256 / 4);
    });

    test('en delad länk med ett fel: fältet och länkens värde namnges, och inget resultat visas', async ({page}) => {
      await open(page, '?deltagare=20&forsorjningsstod-arbete=500');
      const summary = page.getByRole('region', {name: /fält behöver rättas/});
      await expect(summary).toBeFocused();
      await expect(summary).toBeInViewport();
      await expect(summary).toContainText('länken');
      await expect(summary.getByRole('link', {name: /^Antal deltagare: länken har ”20”/})).toBeVisible();
      await expect(summary.getByRole('link', {name: /^Från försörjningsstöd till arbete: länken har ”500”/})).toBeVisible();
      await expect(field(page, 'Antal deltagare')).toHaveValue('20');
      await expect(field(page, 'Antal deltagare')).toHaveAttribute('aria-invalid', 'true');
      const moved = field(page, 'Från försörjningsstöd, Till arbete');
      await expect(moved).toHaveValue('500');
      await expect(moved).toHaveAttribute('aria-invalid', 'true');
      // Nothing from the default example: no sentence, no figures, no text to paste.
      const main = page.locator('main');
      await expect(main).not.toContainText('senaste giltiga värdena');
      await expect(main).not.toContainText('har betalat sig efter');
      await expect(page.getByRole('region', {name: 'Resultat', exact: true})).toContainText('Inget resultat visas förrän');
      await expect(page.getByRole('figure')).toHaveCount(0);
      await expect(page.getByRole('textbox', {name: 'Sammanfattning'})).toHaveCount(0);
      await expect(bar(page)).toContainText('Inget resultat');
      await expectNoSidewaysScroll(page, `${width} px, länk med fel`);
      if (width === 375) await expectTargetsAtLeast(page, 44, '375 px, länk med fel', '#kalkyl');
      const {violations} = await axeOn(page).withTags(wcag21aa).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);

      // The error list leads to the field; fixing the value brings the result.
      await summary.getByRole('link', {name: /^Från försörjningsstöd till arbete/}).click();
      await expect(moved).toBeFocused();
      await expect(page.locator('label[for="falt-forsorjningsstod-arbete"]')).toBeInViewport();
      expect(await focusHidden(page)).toBeNull();
      await moved.fill('5');
      await expect(summary).toHaveCount(0);
      await expect(bar(page)).toContainText(/har betalat sig efter \d+ månader/);
      await expect(page.getByRole('textbox', {name: 'Sammanfattning'})).toHaveValue(/forsorjningsstod-arbete=5/);
    });

    test('bara med tryck: ett exempel, ett fält, felets länk och tillbaka till resultatet', async ({page}) => {
      await open(page);
      await page.getByRole('button', {name: 'Rapportens svagaste fall: arbete med full lönesubvention'}).tap();
      await expect(page).toHaveURL(/forsorjningsstod-lonestod=1/);
      const share = field(page, 'Lönestödets andel av lönekostnaden');
      await share.tap();
      await expect(share).toBeFocused();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('150');
      await expect(page).toHaveURL(/lonestod-andel=150/);
      const summary = page.getByRole('region', {name: /fält behöver rättas/});
      await summary.getByRole('link', {name: /^Lönestödets andel av lönekostnaden: Andelen kan vara högst 100 procent\./}).tap();
      await expect(share).toBeFocused();
      expect(await focusHidden(page)).toBeNull();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('50');
      await expect(summary).toHaveCount(0);
      await bar(page).getByRole('link', {name: 'Se hela resultatet'}).tap();
      await expect(page.locator('#resultat-rubrik')).toBeInViewport();
      await expect(page).toHaveURL(/lonestod-andel=50(&|$)/);
    });

    test('förval och fel i smala fält ger inget sidledsskroll', async ({page}) => {
      await open(page);
      await page.getByRole('button', {name: 'Samordningsteamet i Västerås 2024'}).tap();
      await expect(page).toHaveURL(/deltagare=\d+/);
      // The form and the result are screens below: the answer shows beside the buttons too.
      const note = page.getByText(/^Formuläret är ifyllt med ”Samordningsteamet i Västerås 2024”\. Insatsen ger samhället/);
      await expect(note).toBeInViewport();
      await expectNoSidewaysScroll(page, `${width} px, förval`);
      await field(page, 'Från aktivitetsstöd, Kvar i samma').fill('99999999999');
      await field(page, 'Kostnad per deltagare').fill('tjugo tusen kronor');
      await expect(page.getByRole('region', {name: /fält behöver rättas/})).toBeVisible();
      await expect(bar(page)).toContainText('Rätta');
      await expectNoSidewaysScroll(page, `${width} px, förval med fel`);
      // With one error left, the bar leads straight to its field.
      await field(page, 'Kostnad per deltagare').fill('20000');
      await bar(page).getByRole('link', {name: 'Gå till felet'}).click();
      await expect(field(page, 'Från aktivitetsstöd, Kvar i samma')).toBeFocused();
      expect(await focusHidden(page)).toBeNull();
    });
  });
}
