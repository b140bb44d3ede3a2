import {expect, test} from '@playwright/test';
import {sitemapPaths} from './support/site';

// WCAG 1.4.10: content reflows at 320 CSS px (a phone) and at 640 px (1280 px wide at 200 % zoom)
// without sideways scrolling of the page. Wide tables scroll inside their own region instead.
for (const width of [320, 640]) {
  test.describe(`${width} px bred`, () => {
    test.use({viewport: {width, height: 800}});

    for (const path of sitemapPaths()) {
      test(`${path} går att läsa utan att skrolla i sidled`, async ({page}) => {
        await page.goto(path, {waitUntil: 'networkidle'});
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(pageWidth, `${path} är ${pageWidth} px bred vid ${width} px`).toBeLessThanOrEqual(width);
      });
    }
  });
}
