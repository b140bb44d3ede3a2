import {readFileSync, readdirSync, statSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {expect, test, type Page} from './support/test';
import {buildDir} from './support/site';

function htmlFiles(): string[] {
  return readdirSync(buildDir, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.html'));
}

test('varje byggd HTML-sida är märkt som svensk (lang="sv")', () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(10);
  const notSwedish = files.filter((file) => !/<html[^>]*\slang="?sv"?[\s>]/.test(readFileSync(join(buildDir, file), 'utf8')));
  expect(notSwedish, `sidor utan lang="sv": ${notSwedish.join(', ')}`).toEqual([]);
});

test('robots.txt anger sitemapen med byggets adress, och handbokens, teamens och exemplens sidor har lastmod', () => {
  const sitemap = readFileSync(join(buildDir, 'sitemap.xml'), 'utf8');
  const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(sitemap)![1]!).origin;
  expect(readFileSync(join(buildDir, 'robots.txt'), 'utf8')).toContain(`\nSitemap: ${origin}/sitemap.xml\n`);
  const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => ({path: new URL(match[1]!).pathname, lastmod: match[2]}));
  const docs = entries.filter((entry) => /^\/(metodhandbok|samordningsteamen|exempel)(\/|$)/.test(entry.path));
  expect(docs.length).toBeGreaterThan(20);
  // The date of each page's last commit; a page not yet committed has none, so allow a few.
  const without = docs.filter((entry) => !/^\d{4}-\d{2}-\d{2}$/.test(entry.lastmod ?? '')).map((entry) => entry.path);
  expect(without.length, `sidor utan lastmod (datum från git; är historiken med, och är sidorna incheckade?): ${without.join(', ')}`).toBeLessThanOrEqual(docs.length * 0.1);
});

test('CSV-filerna står för sig själva: olika innehåll, titel och källa i filen, enheter i Payoffs lista', () => {
  const files = new Map<string, string>();
  const duplicates: string[] = [];
  for (const file of htmlFiles()) {
    const html = readFileSync(join(buildDir, file), 'utf8');
    for (const match of html.matchAll(/href="?data:text\/csv;charset=utf-8,([^"\s>]+)"?[^>]*?download="?([^"\s>]+)/g)) {
      const [, encoded, name] = match;
      const csv = decodeURIComponent(encoded!);
      const seen = [...files].find(([other, content]) => content === csv && other.split(':')[1] !== name);
      if (seen) duplicates.push(`${file}: ${name} är likadan som ${seen[0]}`);
      files.set(`${file}:${name}`, csv);
      expect(csv, `${file}: ${name}`).toMatch(/\r\n\r\nTabell: .+\r\n/);
    }
  }
  expect(files.size).toBeGreaterThan(10);
  expect(duplicates).toEqual([]);
  const payoff = [...files].find(([key]) => key.endsWith(':payoffs-lista.csv'))?.[1];
  // Units in the headers, and no ranking column: the report gives places only for a few rows (issue 16).
  expect(payoff?.slice(1).split('\r\n')[0]).toBe('Insats;Samordningsförbund;Verkningsgrad, %;Återbetalningstid, månader;Kostnad per verkningsgrad, kr;Vad rapporten säger om placeringen');
});

test('flödena finns och är på svenska', () => {
  for (const feed of ['nyheter/rss.xml', 'nyheter/atom.xml']) {
    const xml = readFileSync(join(buildDir, feed), 'utf8');
    expect(xml, feed).toContain('Metodhandboken öppnar');
  }
  expect(readFileSync(join(buildDir, 'nyheter/rss.xml'), 'utf8')).toContain('<language>sv</language>');
});

test('ingen syntaxmarkering eller temats kodblock i sidornas JavaScript (prism-react-renderer och prismjs, 111 KB, och radnummer och knappar, men webbplatsen har ingen kod)', () => {
  const assets = join(buildDir, 'assets', 'js');
  const maps = readdirSync(assets).filter((file) => file.endsWith('.js.map'));
  expect(maps.length, 'källkartor i build/assets/js').toBeGreaterThan(0);
  const found = maps.flatMap((map) => {
    const sources: string[] = JSON.parse(readFileSync(join(assets, map), 'utf8')).sources ?? [];
    return sources
      .filter((source) => /node_modules\/(prism-react-renderer|prismjs|parse-numeric-range)\/|@docusaurus\/theme-classic\/lib\/theme\/CodeBlock\//.test(source))
      .map((source) => `${map}: ${source}`);
  });
  expect(found, 'src/theme/CodeBlock ska ersätta temats kodblock').toEqual([]);
});

/** The JavaScript (gzip, as a web server would send it) a reader downloads to open `path`. */
async function javaScriptOf(page: import('@playwright/test').Page, path: string): Promise<{kib: number; files: number}> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  });
  await page.goto(path, {waitUntil: 'networkidle'});
  let gzipBytes = 0;
  for (const script of scripts) {
    const file = join(buildDir, script);
    expect(statSync(file).isFile(), `${script} finns inte i build/`).toBe(true);
    gzipBytes += gzipSync(readFileSync(file), {level: 9}).length;
  }
  return {kib: gzipBytes / 1024, files: scripts.size};
}

/**
 * Budgets keep pages light: a method page is text; only the handbook's start page carries the
 * method finder. Raise a budget only with a reason in the commit.
 */
const budgets = [
  // 190 → 195 KiB: the Abbr tooltips (component and the list of abbreviations in siteConfig) added about 3 KiB.
  {path: '/metodhandbok/bip', what: 'en metodsida', kib: 195},
  {path: '/metodhandbok', what: 'metodhandbokens startsida med metodväljaren', kib: 195},
  {path: '/', what: 'startsidan', kib: 185},
  // The life wheel's code (React state, geometry, storage, zod) loads on its own page only.
  {path: '/verktyg/livshjulet', what: 'livshjulet', kib: 260},
  // The calculator's code (calculation, form rules, presets with the results data) loads on its own page only.
  {path: '/verktyg/samhallsekonomisk-kalkyl', what: 'den samhällsekonomiska kalkylen', kib: 215},
  // The deck (76 cards), the draw, sets, link and storage (zod) load on their own page only (171.6 KiB in December 2026).
  {path: '/verktyg/samtalskort', what: 'samtalskorten', kib: 200},
];

for (const budget of budgets) {
  test(`${budget.what} laddar högst ${budget.kib} KiB JavaScript (gzip)`, async ({page}) => {
    const {kib, files} = await javaScriptOf(page, budget.path);
    test.info().annotations.push({type: 'JavaScript (gzip)', description: `${kib.toFixed(1)} KiB i ${files} filer`});
    console.log(`JavaScript på ${budget.path}: ${kib.toFixed(1)} KiB gzip i ${files} filer`);
    expect(kib).toBeLessThanOrEqual(budget.kib);
  });
}

/**
 * The stored baseline (bench/js-baseline.json): a plain method page's JavaScript may grow at most
 * 10 % over it. Growing more means updating the baseline in the same commit, with a reason.
 */
test('en metodsidas JavaScript växer högst 10 % över den sparade baslinjen', async ({page}) => {
  const baseline = JSON.parse(readFileSync(join(process.cwd(), 'bench/js-baseline.json'), 'utf8')) as {path: string; kib: number};
  const {kib} = await javaScriptOf(page, baseline.path);
  console.log(`JavaScript på ${baseline.path}: ${kib.toFixed(1)} KiB gzip, baslinje ${baseline.kib} KiB, gräns ${(baseline.kib * 1.1).toFixed(1)} KiB`);
  expect(kib, 'uppdatera bench/js-baseline.json i samma commit om ökningen är avsiktlig').toBeLessThanOrEqual(baseline.kib * 1.1);
});

/** Text that only the tools' own code contains: if it is in a method page's JavaScript, tool code leaks. */
const toolMarkers = [
  {tool: 'livshjulet', path: '/verktyg/livshjulet', marker: 'samordningsteamens-livshjul'},
  // ASCII: the minifier may escape å, ä and ö in strings.
  {tool: 'kalkylen', path: '/verktyg/samhallsekonomisk-kalkyl', marker: 'lonestod-andel'},
  {tool: 'samtalskorten', path: '/verktyg/samtalskort', marker: 'samordningsteamens-samtalskort'},
];

/** The JavaScript files (/assets/js/…) a page loads when it is opened. */
async function loadedScripts(page: Page, path: string): Promise<Set<string>> {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const pathname = new URL(response.url()).pathname;
    if (pathname.startsWith('/assets/js/') && pathname.endsWith('.js')) scripts.add(pathname);
  });
  await page.goto(path, {waitUntil: 'networkidle'});
  return scripts;
}

// Without this, a marker that no longer exists (renamed, or escaped by the minifier) would make the test below pass whatever is loaded.
for (const {tool, path, marker} of toolMarkers) {
  test(`kännetecknet för ${tool} finns i verktygets egen JavaScript`, async ({page}) => {
    const scripts = await loadedScripts(page, path);
    const withMarker = [...scripts].filter((script) => readFileSync(join(buildDir, script), 'utf8').includes(marker));
    expect(withMarker, `"${marker}" finns inte i JavaScript som ${path} laddar: välj en sträng som bara ${tool}s kod har`).not.toEqual([]);
  });
}

// The tools' CSS is not in the stylesheet every page loads (plugins/lean-client), so each tool page
// must link its own in the HTML: styled at first paint and without JavaScript.
test('verktygens CSS länkas bara på verktygens sidor', () => {
  const stylesheetsOf = (file: string) =>
    [...readFileSync(join(buildDir, file), 'utf8').matchAll(/<link rel="?stylesheet"?[^>]*href="?([^" >]+)/g)].map((match) => match[1]);
  const everyPage = stylesheetsOf('index.html');
  expect(everyPage).toHaveLength(1);
  for (const {path} of toolMarkers) {
    const own = stylesheetsOf(`${path.slice(1)}.html`).filter((href) => !everyPage.includes(href));
    expect(own, `${path} länkar sin egen CSS`).toHaveLength(1);
    expect(readFileSync(join(buildDir, own[0]!), 'utf8').length, own[0]!).toBeGreaterThan(1000);
  }
  const others = htmlFiles().filter((file) => !file.startsWith('verktyg/') || file.includes('sa-anvander-du'));
  expect(others.filter((file) => stylesheetsOf(file).some((href) => !everyPage.includes(href)))).toEqual([]);
});

// The lösningsfokus page shows questions from the deck's data, but none of the tool's code.
for (const path of ['/metodhandbok/bip', '/', '/samordningsteamen/sala', '/exempel/tuna', '/resultat', '/metodhandbok/losningsfokus']) {
  test(`verktygens kod laddas inte på ${path}`, async ({page}) => {
    // Every file from /assets/js/, prefetched ones included: downloaded is loaded, on a phone's data plan.
    const scripts = await loadedScripts(page, path);
    // Links further down the page come into view as a reader scrolls.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    // Files the page asked the browser to prefetch count too, whether or not this browser fetched them yet.
    for (const href of await page.locator('link[rel="prefetch"], link[rel="preload"][as="script"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      if (href.endsWith('.js')) scripts.add(new URL(href, 'http://x').pathname);
    }
    for (const script of scripts) {
      const code = readFileSync(join(buildDir, script), 'utf8');
      for (const {tool, marker} of toolMarkers) expect(code.includes(marker), `${script} innehåller kod från ${tool}`).toBe(false);
    }
  });
}

test('varje inbäddat skript i bygget är tillåtet i Content-Security-Policy (deploy/nginx)', () => {
  const headers = readFileSync(join(process.cwd(), 'deploy/nginx/security-headers.conf'), 'utf8');
  const allowed = new Set([...headers.matchAll(/'sha256-([A-Za-z0-9+/=]+)'/g)].map((match) => match[1]));
  const missing = new Map<string, string>();
  for (const file of htmlFiles()) {
    const html = readFileSync(join(buildDir, file), 'utf8');
    // Scripts with a src are covered by 'self'; JSON-LD is data and is not run.
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = createHash('sha256').update(match[1] ?? '').digest('base64');
      if (!allowed.has(hash)) missing.set(hash, file);
    }
  }
  expect([...missing].map(([hash, file]) => `'sha256-${hash}' (${file})`), 'lägg till hashen i script-src i deploy/nginx/security-headers.conf').toEqual([]);
});

test('varje sida har titel, beskrivning, kanonisk adress och en delningsbild som finns', () => {
  const problems: string[] = [];
  for (const file of htmlFiles()) {
    // Error pages are not pages to share or find: the 404 page and nginx's own (static/_fel, deploy/nginx).
    if (file === '404.html' || file.startsWith('_fel/')) continue;
    const html = readFileSync(join(buildDir, file), 'utf8');
    const attribute = (pattern: RegExp) => pattern.exec(html)?.[1];
    if (!/<title[^>]*>[^<]{5,}<\/title>/.test(html)) problems.push(`${file}: titel saknas`);
    if (!attribute(/<meta[^>]*name="?description"?[^>]*content="?([^">]{20,})/)) problems.push(`${file}: beskrivning saknas`);
    if (!attribute(/<link[^>]*rel="?canonical"?[^>]*href="?([^"\s>]+)/)) problems.push(`${file}: kanonisk adress saknas`);
    const image = attribute(/<meta[^>]*property="?og:image"?[^>]*content="?([^"\s>]+)/);
    if (!image) problems.push(`${file}: og:image saknas`);
    else if (!statSync(join(buildDir, new URL(image).pathname), {throwIfNoEntry: false})?.isFile()) problems.push(`${file}: ${image} finns inte i bygget`);
  }
  expect(problems).toEqual([]);
});
