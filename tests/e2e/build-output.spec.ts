import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {expect, test} from '@playwright/test';
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

test('flödena finns och är på svenska', () => {
  for (const feed of ['nyheter/rss.xml', 'nyheter/atom.xml']) {
    const xml = readFileSync(join(buildDir, feed), 'utf8');
    expect(xml, feed).toContain('Metodhandboken öppnar');
  }
  expect(readFileSync(join(buildDir, 'nyheter/rss.xml'), 'utf8')).toContain('<language>sv</language>');
});

/**
 * The JavaScript a reader downloads to open a Metodhandbok page, gzip-compressed as a web server
 * would send it. The budget keeps docs pages light; raise it only with a reason in the commit.
 */
const docsPageJsBudgetKiB = 190;

test(`en sida i metodhandboken laddar högst ${docsPageJsBudgetKiB} KiB JavaScript (gzip)`, async ({page}) => {
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
  });
  await page.goto('/metodhandbok', {waitUntil: 'networkidle'});
  let gzipBytes = 0;
  for (const script of scripts) {
    const file = join(buildDir, script);
    expect(statSync(file).isFile(), `${script} finns inte i build/`).toBe(true);
    gzipBytes += gzipSync(readFileSync(file), {level: 9}).length;
  }
  const kib = gzipBytes / 1024;
  test.info().annotations.push({type: 'JavaScript (gzip)', description: `${kib.toFixed(1)} KiB i ${scripts.size} filer`});
  console.log(`JavaScript på /metodhandbok: ${kib.toFixed(1)} KiB gzip i ${scripts.size} filer`);
  expect(kib).toBeLessThanOrEqual(docsPageJsBudgetKiB);
});
