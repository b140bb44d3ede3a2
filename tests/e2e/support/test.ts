import {expect, test as base, type Page} from '@playwright/test';

/**
 * The page's scripts start after its first paint (src/config/htmlTemplate.ts), so a test that taps
 * at once could tap the server-rendered HTML before React has taken over. `page.goto` and
 * `page.reload` here wait until Docusaurus marks the page hydrated (html[data-has-hydrated]), as a
 * person does who waits a moment; pages opened in a context of the test's own call `hydrated`.
 */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 15_000});
}

export const test = base.extend({
  page: async ({page, javaScriptEnabled}, use) => {
    // Without JavaScript nothing hydrates: the page is as the server wrote it.
    if (javaScriptEnabled === false) return use(page);
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await hydrated(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await hydrated(page);
      return response;
    };
    await use(page);
  },
});

export {expect};
export type {Locator, Page} from '@playwright/test';
