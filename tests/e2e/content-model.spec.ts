import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {expect, test} from './support/test';
import type {TeamPageEntry} from '../../src/data/pageSchema';

/** The team pages the build found from their `team:` front matter. */
function teamPages(): TeamPageEntry[] {
  return JSON.parse(readFileSync(join(process.cwd(), '.docusaurus/method-catalog/default/teams.json'), 'utf8')) as TeamPageEntry[];
}

// One page of each section: Källor from front matter (in the table of contents), and the date of the last commit.
for (const path of ['/metodhandbok/fragor-om-vald', '/samordningsteamen/sala', '/exempel/uffe']) {
  test(`${path}: Källor från front matter och Senast uppdaterad`, async ({page}) => {
    await page.goto(path);
    const sources = page.getByRole('heading', {level: 2, name: 'Källor'});
    await expect(sources).toHaveAttribute('id', 'källor');
    await expect(page.locator('.table-of-contents a[href="#källor"]').first()).toHaveText('Källor');
    await expect(page.locator('article ul:has(a[href^="/kallor#"]) > li').first()).toContainText('Mer om källan');
    const updated = page.locator('.theme-last-updated');
    await expect(updated).toContainText(/^Senast uppdaterad den \d{1,2} [a-zé]+\.? \d{4}$/);
    await expect(updated.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  });
}

test('varje team har en sida med faktaruta och resultat från sitt team: i front matter', async ({page}) => {
  const pages = teamPages();
  expect(pages.map((entry) => entry.team)).toEqual(['fns', 'sala', 'hallstahammar', 'surahammar', 'vasteras', 'avesta']);
  for (const entry of pages) {
    await page.goto(entry.permalink);
    await expect(page.getByRole('complementary', {name: `Kort om ${entry.title}`}), entry.permalink).toBeVisible();
  }
});

test('processtegen från en Markdown-lista: numrerade, med rubrik, text och vem', async ({page}) => {
  await page.goto('/metodhandbok/fragor-om-vald');
  const flow = page.getByRole('list', {name: 'Frågor om våld i Västerås'});
  await expect(flow.getByRole('listitem')).toHaveCount(3);
  await expect(flow.getByRole('listitem').first()).toHaveText(/^1Första tillfälletTeamet ställer frågorna till alla deltagare\.Vem: Personalen och deltagaren$/);
});
