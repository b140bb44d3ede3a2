import AxeBuilder from '@axe-core/playwright';
import {expect, test} from './support/test';
import {sitemapPaths} from './support/site';

// WCAG 2.2 A and AA (2.2 adds, among others, 2.5.8 target size: axe's target-size rule).
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Three views cover the combinations that differ: a desktop, 200 % zoom of a 1280 px window
 * (= 640 CSS px) in dark mode, and the narrowest phone WCAG 1.4.10 asks for (320 CSS px).
 * In the two narrow views the page must also reflow without sideways scrolling.
 */
const views = [
  {name: 'ljust läge, 1280 px', colorScheme: 'light', width: 1280, height: 900, reflow: false},
  {name: 'mörkt läge, 640 px (200 % zoom)', colorScheme: 'dark', width: 640, height: 800, reflow: true},
  {name: 'ljust läge, 320 px', colorScheme: 'light', width: 320, height: 740, reflow: true},
] as const;

for (const view of views) {
  test.describe(view.name, () => {
    test.use({colorScheme: view.colorScheme, viewport: {width: view.width, height: view.height}});

    for (const path of sitemapPaths()) {
      test(`axe${view.reflow ? ' och omflödning' : ''}: ${path}`, async ({page}) => {
        await page.goto(path, {waitUntil: 'networkidle'});
        await expect(page.locator('html')).toHaveAttribute('data-theme', view.colorScheme);
        const {violations} = await new AxeBuilder({page}).withTags(wcag22aa).analyze();
        const report = violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help}\n` +
            violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
        );
        expect(report, `${path} i ${view.name}:\n${report.join('\n')}`).toEqual([]);
        if (view.reflow) {
          // WCAG 1.4.10: wide tables scroll inside their own region; the page itself does not.
          const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(pageWidth, `${path} är ${pageWidth} px bred vid ${view.width} px`).toBeLessThanOrEqual(view.width);
        }
      });
    }
  });
}
