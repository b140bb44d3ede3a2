import {expect, test, type Locator} from './support/test';
import {tabTo} from './support/keyboard';

const endReasons = (page: import('@playwright/test').Page) => page.getByRole('figure', {name: 'Avslutade deltagare 2024 efter avslutsorsak'});

/** The numbers in a bar's text alternative ("Sala: Arbete 3, Studier 3, …") in order. */
async function barNumbers(bar: Locator): Promise<number[]> {
  const label = (await bar.getAttribute('aria-label')) ?? '';
  return [...label.replace(/^[^:]+:/, '').matchAll(/(\d+(?:,\d+)?)(?=,|\s+personer|$)/g)].map((match) => Number(match[1]!.replace(',', '.')));
}

test('filtrera resultaten på team med tangentbordet: samma siffror i diagram och tabell, och valet i adressen', async ({page}) => {
  await page.goto('/resultat');
  await expect(endReasons(page).getByRole('img')).toHaveCount(5);

  await tabTo(page, 'Team', 80);
  await page.keyboard.press('ArrowDown'); // FNS
  await page.keyboard.press('ArrowDown'); // Sala
  await expect(page).toHaveURL(/[?&]team=sala/);
  await expect(page.getByRole('status')).toHaveText('Visar resultat för Sala, alla år.');

  const figure = endReasons(page);
  const bars = figure.getByRole('img');
  await expect(bars).toHaveCount(1);
  await expect(bars.first()).toHaveAttribute('aria-label', /^Sala:/);

  await figure.getByText('Visa siffrorna som tabell').click();
  const row = figure.getByRole('table').getByRole('row', {name: /^Sala/});
  const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => Number(text.replace(',', '.').replace('–', '0')));
  const fromChart = await barNumbers(bars.first());
  // Table: Avslutade, then the seven end reasons in the chart's order, then the computed columns.
  expect(cells.slice(1, 8)).toEqual(fromChart);
  expect(fromChart.reduce((sum, value) => sum + value, 0)).toBe(cells[0]);

  // A shared link opens with the same choice.
  await page.reload();
  await expect(page.getByRole('combobox', {name: 'Team'})).toHaveValue('sala');
  await expect(endReasons(page).getByRole('img')).toHaveCount(1);
});

test('CSV-filen är UTF-8 med svenska rubriker och semikolon', async ({page}) => {
  await page.goto('/resultat');
  const href = await endReasons(page).getByRole('link', {name: /Ladda ner data/}).getAttribute('href');
  expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
  const csv = decodeURIComponent(href!.replace(/^data:text\/csv;charset=utf-8,/, ''));
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  // The data, then an empty row and the table's title, notes and source.
  const [table, about] = csv.slice(1).split('\r\n\r\n');
  const [header, ...rows] = table!.split('\r\n');
  expect(about).toContain('Tabell: Avslutade deltagare 2024 efter avslutsorsak');
  expect(about).toContain('Källa: Årsrapport 2024');
  expect(header).toBe(
    'Team;Avslutade;Arbete;Studier;Aktivt arbetssökande;Fortsatt aktiv rehabilitering;Medicinsk rehabilitering;Övrigt (flytt, föräldraledighet m.m.);Avbrott;Gröna mål (beräknat);Andel gröna mål, % (beräknat)',
  );
  expect(rows.map((line) => line.split(';')[0])).toEqual(['FNS', 'Sala', 'Hallstahammar', 'Surahammar', 'Västerås']);
});

test.describe('utan JavaScript', () => {
  test.use({javaScriptEnabled: false});

  test('diagrammen finns som SVG med tabeller, för alla team', async ({page}) => {
    await page.goto('/resultat');
    const figure = endReasons(page);
    await expect(figure.getByRole('img')).toHaveCount(5);
    expect(await figure.locator('svg rect').count()).toBeGreaterThan(10);
    // The table sits in a closed <details>: in the page, one click away.
    await expect(figure.locator('details table')).toBeAttached();
    await expect(page.getByRole('figure', {name: 'Personal 2024 i heltidstjänster'})).toBeVisible();

    // För politiker och styrelser: the money table is open on the page, with the computed row sum
    // next to the total the report's text states, and the list of what the reports do not say.
    const money = page.getByRole('table', {name: 'Medel från samordningsförbundet 2024, tusen kronor (tkr)'});
    await expect(money).toBeVisible();
    await expect(money.getByRole('row')).toHaveCount(1 + 5 + 1 + 2);
    await expect(money.getByRole('row', {name: /^Summa av raderna \(beräknat\)/}).getByRole('cell').first()).toHaveText(/12\s278/);
    await expect(money.getByRole('row', {name: /^Totalt enligt rapportens text/}).getByRole('cell').first()).toHaveText(/12\s225/);
    await expect(page.getByRole('heading', {level: 3, name: 'Det här vet vi inte'})).toBeVisible();
  });

  test('en teamsida visar faktaruta och resultat', async ({page}) => {
    await page.goto('/samordningsteamen/fns');
    await expect(page.getByRole('complementary', {name: 'Kort om Samordningsteam FNS'})).toBeVisible();
    await expect(endReasons(page).getByRole('img')).toHaveCount(1);
    // The team's own money row and the Region's curator row, and the time in the programme the report does not give for FNS.
    await expect(page.getByRole('heading', {level: 3, name: 'För politiker och styrelser'})).toBeVisible();
    const money = page.getByRole('table', {name: /^Medel från samordningsförbundet 2024/});
    await expect(money.getByRole('rowheader')).toHaveText(['FNS', 'Kurator från Region Västmanland']);
    await expect(page.getByRole('heading', {level: 4, name: 'Hur länge deltagarna är i teamet'})).toBeVisible();
    await expect(page.getByText('Årsrapporten 2024 anger inte hur länge deltagarna i teamet var inskrivna.')).toBeVisible();
  });
});

test('kartan över kommunerna har en textversion och en tabell', async ({page}) => {
  await page.goto('/samordningsteamen/for-dig-som-remitterar');
  const map = page.getByRole('img', {name: /Schematisk karta över Västmanlands kommuner/});
  await expect(map).toBeVisible();
  const table = page.getByRole('table', {name: 'Kommunerna i Västmanland och deras samordningsteam'});
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('row', {name: /Norberg/}).getByRole('link')).toHaveAttribute('href', '/samordningsteamen/fns');
});
