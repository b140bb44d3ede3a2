import type AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from './support/test';
import {siteTitle} from '../../src/config/site';
import {sitemapPaths, watchPage} from './support/site';
import {axeOn, wcag22aa} from './support/axe';

/**
 * Every page in the sitemap, opened once per view: in that one load the page is checked as a route
 * (status, language, title, CSP, console, cookies, other sites, landmarks, headings, skip link) and
 * with axe. The page is ready when Docusaurus marks it hydrated (support/test.ts); nothing waits for
 * the network to fall silent.
 */

const paths = sitemapPaths();

/**
 * The axe rules whose result depends on the width and the colours rather than on the page's
 * structure: contrast, the size of tap targets and whether a region that scrolls can be reached.
 */
const viewRules = ['color-contrast', 'target-size', 'scrollable-region-focusable'];

/**
 * One page of each layout. A page's own content has the same markup at every width (no component
 * in src/ renders by width, except the search button in the menu bar); what the narrow views change
 * is the frame around it – the mobile menu, the collapsed table of contents, the hidden sidebar –
 * and that frame is the same on every page of a layout.
 */
const layoutSamples = [
  '/',
  '/metodhandbok',
  '/metodhandbok/bip',
  '/metodhandbok/gruppformat',
  '/samordningsteamen/sala',
  '/exempel',
  '/exempel/tuna',
  '/nyheter',
  '/nyheter/2026/12/04/verktygen-i-mobilen',
  '/resultat',
  '/ordlista',
  '/lattlast/vad-ar-ett-samordningsteam',
  '/verktyg',
  '/verktyg/livshjulet',
  '/verktyg/samhallsekonomisk-kalkyl',
  '/verktyg/samtalskort',
];

/**
 * Three views cover the combinations that differ: a desktop, 200 % zoom of a 1280 px window
 * (= 640 CSS px) in dark mode, and the narrowest phone WCAG 1.4.10 asks for (320 CSS px).
 * In the two narrow views the page must also reflow without sideways scrolling.
 * Every axe rule runs on every page at 1280 px. The two narrow views are one load: the page opens
 * at 640 px in dark mode and is then turned into 320 px in light mode (the window narrows and the
 * system's colour scheme changes, which the site follows as it does for a reader). Both are the
 * theme's mobile layout (below 997 px). At 640 px every page gets the rules that depend on the view
 * and the sample of each layout every rule; at 320 px every page gets the two rules that depend on
 * the width (contrast in light mode is checked at 1280 px), and the samples also contrast, for the
 * mobile frame in light mode.
 */
const desktop = {name: 'ljust läge, 1280 px', colorScheme: 'light', width: 1280, height: 900} as const;
const zoomed = {name: 'mörkt läge, 640 px (200 % zoom)', colorScheme: 'dark', width: 640, height: 800} as const;
const phone = {name: 'ljust läge, 320 px', colorScheme: 'light', width: 320, height: 740} as const;
const widthRules = ['target-size', 'scrollable-region-focusable'];

/**
 * The printable handbook is every method page in one; those pages are checked one by one in every
 * view, so axe runs on the whole book only at 1280 px and without the contrast rule (the same text
 * in the same colours; the rule took most of the 17–20 s axe needed for the book).
 */
const fullBookPath = '/skriv-ut-metodhandboken';

function axeFor(page: Page, path: string, rules: 'all' | readonly string[]): AxeBuilder {
  if (rules !== 'all') return axeOn(page).withRules([...rules]);
  const all = axeOn(page).withTags(wcag22aa);
  return path === fullBookPath ? all.disableRules(['color-contrast']) : all;
}

async function expectNoAxeViolations(axe: AxeBuilder, where: string): Promise<void> {
  const {violations} = await axe.analyze();
  const report = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report, `${where}:\n${report.join('\n')}`).toEqual([]);
}

/** WCAG 1.4.10: wide tables scroll inside their own region; the page itself does not. */
async function expectReflow(page: Page, path: string, width: number): Promise<void> {
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth, `${path} är ${pageWidth} px bred vid ${width} px`).toBeLessThanOrEqual(width);
}

test('sitemapen innehåller alla delar av webbplatsen', () => {
  for (const section of [
    '/',
    '/metodhandbok',
    '/samordningsteamen',
    '/exempel',
    '/resultat',
    '/verktyg',
    '/ordlista',
    '/om-webbplatsen',
    '/kallor',
    '/tillganglighet',
    '/nyheter',
  ]) {
    expect(paths, `${section} saknas i build/sitemap.xml`).toContain(section);
  }
  for (const sample of layoutSamples) expect(paths, `exempelsidan ${sample} (layoutSamples) saknas i build/sitemap.xml`).toContain(sample);
});

/** Visible headings in document order go h1 first and never skip a level downwards. */
async function expectHeadingOrder(page: Page, where: string): Promise<void> {
  const levels = await page.evaluate(() =>
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'))
      .filter((heading) => (heading as HTMLElement).offsetParent !== null || heading.getClientRects().length > 0)
      .map((heading) => Number(heading.tagName[1])),
  );
  expect(levels[0], `${where}: första rubriken ska vara h1`).toBe(1);
  levels.forEach((level, index) => {
    const previous = levels[index - 1];
    if (previous !== undefined) expect(level, `${where}: rubriknivå hoppar från h${previous} till h${level}`).toBeLessThanOrEqual(previous + 1);
  });
}

/** The first Tab reaches the skip link, which is visible with a focus ring and leads to the content. */
async function expectSkipLink(page: Page, where: string): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = page.locator(':focus');
  await expect(skip, where).toHaveText('Hoppa till huvudinnehåll');
  await expect(skip, where).toBeInViewport();
  const ring = await skip.evaluate((element) => {
    const style = getComputedStyle(element);
    return {outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2, shadow: style.boxShadow !== 'none'};
  });
  expect(ring.outline || ring.shadow, `${where}: hopplänken har ingen synlig fokusmarkering`).toBe(true);
  const target = await skip.getAttribute('href');
  expect(target).toMatch(/^#/);
  await expect(page.locator(target!)).toHaveCount(1);
}

/** Status, language, colour mode, title, landmarks, headings: what every page has in every view. */
async function openAndCheckRoute(page: Page, path: string, colorScheme: 'light' | 'dark', where: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP-status för ${path}`).toBe(200);
  expect(response?.headers()['content-security-policy'], `${path} saknar Content-Security-Policy`).toContain("default-src 'self'");
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
  await expect(page.locator('h1'), `${where} ska ha exakt en h1`).toHaveCount(1);
  await expect(page).toHaveTitle(new RegExp(siteTitle));
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', {name: 'Huvudmeny'})).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await expectHeadingOrder(page, where);
}

async function expectQuietPage(page: Page, problems: ReturnType<typeof watchPage>, where: string): Promise<void> {
  expect(problems.consoleErrors, `fel i konsolen på ${where}`).toEqual([]);
  expect(problems.foreignRequests, `${where} hämtar något från en annan webbplats`).toEqual([]);
  expect(await page.context().cookies(), `${where} sätter kakor`).toEqual([]);
}

test.describe(desktop.name, () => {
  test.use({colorScheme: desktop.colorScheme, viewport: {width: desktop.width, height: desktop.height}});
  test.describe.configure({timeout: 120_000});

  for (const path of paths) {
    test(`${path}: svenska, utan fel, kakor och andra webbplatser; landmärken, rubriker och hopplänk; axe (alla regler)`, async ({page, baseURL}) => {
      const where = `${path} i ${desktop.name}`;
      const problems = watchPage(page, new URL(baseURL!).origin);
      await openAndCheckRoute(page, path, desktop.colorScheme, where);
      await expectNoAxeViolations(axeFor(page, path, 'all'), where);
      await expectSkipLink(page, where);
      await expectQuietPage(page, problems, where);
    });
  }
});

test.describe(`${zoomed.name} och ${phone.name}`, () => {
  test.use({colorScheme: zoomed.colorScheme, viewport: {width: zoomed.width, height: zoomed.height}});
  test.describe.configure({timeout: 120_000});

  for (const path of paths) {
    const sample = layoutSamples.includes(path);
    test(`${path}: som ovan i båda vyerna, omflödning; axe (${sample ? 'alla regler vid 640 px' : 'vyernas regler'})`, async ({page, baseURL}) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      const atZoom = `${path} i ${zoomed.name}`;
      await openAndCheckRoute(page, path, zoomed.colorScheme, atZoom);
      if (path !== fullBookPath) await expectNoAxeViolations(axeFor(page, path, sample ? 'all' : viewRules), atZoom);
      await expectReflow(page, path, zoomed.width);
      await expectSkipLink(page, atZoom);

      const atPhone = `${path} i ${phone.name}`;
      await page.setViewportSize({width: phone.width, height: phone.height});
      await page.emulateMedia({colorScheme: phone.colorScheme});
      await expect(page.locator('html'), `${atPhone}: sidan följer systemets färgläge`).toHaveAttribute('data-theme', phone.colorScheme);
      await expect(page.locator('h1'), `${atPhone} ska ha exakt en h1`).toHaveCount(1);
      await expectHeadingOrder(page, atPhone);
      if (path !== fullBookPath) await expectNoAxeViolations(axeFor(page, path, sample ? viewRules : widthRules), atPhone);
      await expectReflow(page, path, phone.width);
      await expectQuietPage(page, problems, `${atZoom} och ${phone.name}`);
    });
  }
});

test('en sida som inte finns svarar 404 på svenska', async ({page}) => {
  const response = await page.goto('/sidan-finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('heading', {level: 1})).toHaveText('Sidan hittades inte');
});
