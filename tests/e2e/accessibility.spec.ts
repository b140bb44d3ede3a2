import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {sitemapPaths} from './support/site';

const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const views = [
  {name: 'ljust läge, 1280 px', colorScheme: 'light', width: 1280, height: 900},
  {name: 'mörkt läge, 1280 px', colorScheme: 'dark', width: 1280, height: 900},
  {name: 'ljust läge, 375 px', colorScheme: 'light', width: 375, height: 740},
] as const;

for (const view of views) {
  test.describe(view.name, () => {
    test.use({colorScheme: view.colorScheme, viewport: {width: view.width, height: view.height}});

    for (const path of sitemapPaths()) {
      test(`axe: ${path}`, async ({page}) => {
        await page.goto(path, {waitUntil: 'networkidle'});
        await expect(page.locator('html')).toHaveAttribute('data-theme', view.colorScheme);
        const {violations} = await new AxeBuilder({page}).withTags(wcag21aa).analyze();
        const report = violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help}\n` +
            violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
        );
        expect(report, `${path} i ${view.name}:\n${report.join('\n')}`).toEqual([]);
      });
    }
  });
}
