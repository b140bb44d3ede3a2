import {expect, type Locator, type Page} from '@playwright/test';
import {hydrated} from './test';

/** The search field (a combobox). Below 1700 px it is hidden behind the search button until that is pressed. */
export const searchField = (page: Page): Locator => page.getByRole('combobox', {name: 'Sök på webbplatsen'});
export const searchButton = (page: Page): Locator => page.getByRole('button', {name: 'Sök på webbplatsen'});
export const searchHits = (page: Page): Locator => page.getByRole('listbox', {name: 'Sökträffar'}).getByRole('option');
export const searchResults = (page: Page): Locator => page.getByRole('region', {name: 'Sökträffar'});

/** Opens the search field the way a reader does (the button, where there is one) and returns it. */
export async function openSearch(page: Page): Promise<Locator> {
  // A click before React has taken over the page would do nothing.
  await hydrated(page);
  if (await searchButton(page).isVisible()) await searchButton(page).click();
  await expect(searchField(page)).toBeVisible();
  return searchField(page);
}
