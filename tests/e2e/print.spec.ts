import {expect, test} from './support/test';

/** The text of a PDF, page by page, read with Mozilla's pdf.js. */
async function pdfText(pdf: Buffer): Promise<string[]> {
  const {getDocument} = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false}).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  await document.destroy();
  return pages;
}

test('en metodsida skrivs ut som PDF med innehållet men utan meny, sidofält och knappar', async ({page}) => {
  await page.goto('/metodhandbok/bip');
  await page.emulateMedia({media: 'print'});
  await expect(page.locator('.navbar')).toBeHidden();
  await expect(page.locator('.theme-doc-sidebar-container')).toBeHidden();
  const text = (await pdfText(await page.pdf({format: 'A4'}))).join(' ');
  expect(text).toContain('BIP');
  expect(text).toContain('Kort om metoden');
  expect(text).toContain('Källor');
  // The menu, the footer and the "skip to content" link are not printed.
  expect(text).not.toContain('Hoppa till huvudinnehåll');
  expect(text).not.toContain('Om webbplatsen');
  // Where a link goes is written out.
  expect(text).toMatch(/\(\/metodhandbok\/[a-z-]+\)|\(\/samordningsteamen\/[a-z-]+\)/);
});

test('hela metodhandboken skrivs ut med varje metod på en ny sida', async ({page}) => {
  await page.goto('/skriv-ut-metodhandboken');
  const titles = await page.locator('article > h2').allTextContents();
  expect(titles.length).toBeGreaterThan(15);
  await page.emulateMedia({media: 'print'});
  const pages = await pdfText(await page.pdf({format: 'A4'}));
  expect(pages.length).toBeGreaterThan(titles.length);
  for (const title of titles) {
    // Each method starts a page: its title is at the top of some page.
    expect(pages.some((text) => text.trimStart().startsWith(title)), `${title} börjar inte på en ny sida`).toBe(true);
  }
});
