import {expect, hydrated, test, type Page} from './support/test';
import {expectNoSidewaysScroll, expectTargetsAtLeast} from './support/layout';

/**
 * What a reader on a phone (320 and 375 px) saw break in issue 13: tables cut off without a sign that
 * they scroll, map labels outside their tiles, names broken mid-word in the Nästa cards, empty lines
 * under headings, and a referrer sent to the wrong page. One test per problem, looping over pages.
 */

const hint = 'Svep i sidled för att se hela tabellen';

interface TableState {
  caption: string;
  /** The caption is shown (not only for screen readers) and lies inside the table's visible box. */
  captionVisible: boolean;
  /** … also when the table has been scrolled to its far end. */
  captionVisibleScrolled: boolean;
  fits: boolean;
  tableWidth: number;
  boxWidth: number;
  hintVisible: boolean;
  fadeVisible: boolean;
  focusableRegion: boolean;
}

/** Every table in main: its caption, whether it fits its box and, if not, whether it shows the scroll cue. */
async function tableStates(page: Page): Promise<TableState[]> {
  return page.evaluate((hint) => {
    const visible = (element: Element | null | undefined) => {
      if (!element) return false;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && box.width > 2 && box.height > 2;
    };
    return Array.from(document.querySelectorAll<HTMLTableElement>('main table')).map((table) => {
      const region = table.closest<HTMLElement>('[role=region]');
      const caption = table.querySelector('caption');
      const inside = () => {
        if (!caption || !region || !visible(caption)) return false;
        const box = caption.getBoundingClientRect();
        const outer = region.getBoundingClientRect();
        return box.left >= outer.left - 1 && box.right <= outer.right + 1;
      };
      const captionVisible = inside();
      // Neither the region nor the table itself (Infima lets a block table scroll on its own) is cut off.
      const fits = (region ? region.scrollWidth <= region.clientWidth + 1 : true) && table.scrollWidth <= table.clientWidth + 1;
      const wrapper = region?.parentElement?.closest('[data-scroll-cue]') ?? region?.parentElement;
      // The innermost element with the hint's text.
      const hintElement = Array.from(wrapper?.querySelectorAll('*') ?? []).filter((element) => element.textContent?.includes(hint)).pop();
      const fade = wrapper?.querySelector('[data-fade="end"]');
      const state = {
        caption: caption?.textContent?.trim() ?? '(ingen caption)',
        captionVisible,
        captionVisibleScrolled: captionVisible,
        fits,
        tableWidth: Math.round(table.getBoundingClientRect().width),
        boxWidth: Math.round(region?.clientWidth ?? 0),
        hintVisible: visible(hintElement),
        fadeVisible: visible(fade),
        focusableRegion: region?.tabIndex === 0 && Boolean(region.getAttribute('aria-label') || region.getAttribute('aria-labelledby')),
      };
      if (region && !fits) {
        region.scrollLeft = region.scrollWidth;
        state.captionVisibleScrolled = inside();
        region.scrollLeft = 0;
      }
      return state;
    });
  }, hint);
}

test('tabellerna i 320, 375 och 1280 px: rubriken syns, tabellen ryms eller visar att den kan svepas, och sidan skrollar inte i sidled', async ({page}) => {
  for (const width of [320, 375, 1280]) {
    await page.setViewportSize({width, height: 800});
    for (const path of ['/resultat', '/samordningsteamen/for-dig-som-remitterar', '/samordningsteamen/hallstahammar', '/exempel/samhallsekonomi']) {
      const state = `${path} i ${width} px`;
      await page.goto(path);
      await hydrated(page);
      const summaries = page.locator('main details > summary');
      for (const summary of await summaries.all()) await summary.click();

      // "Visa siffrorna som tabell": WCAG 2.5.8 asks for 24 px; a button on a phone should be 44.
      for (const box of await summaries.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
        expect(box.height, `${state}: "Visa siffrorna som tabell" är ${Math.round(box.height)} px hög`).toBeGreaterThanOrEqual(44);
      }

      const tables = await tableStates(page);
      expect(tables.length, `${state}: inga tabeller`).toBeGreaterThan(0);
      for (const table of tables) {
        const name = `${state}, tabellen "${table.caption}" (${table.tableWidth} px i en ${table.boxWidth} px bred ruta)`;
        expect(table.captionVisible, `${name}: rubriken (caption) syns inte`).toBe(true);
        expect(table.captionVisibleScrolled, `${name}: rubriken skrollar bort`).toBe(true);
        if (table.fits) {
          expect(table.hintVisible, `${name}: tabellen ryms men säger att den ska svepas`).toBe(false);
        } else {
          expect(table.hintVisible, `${name}: tabellen är bredare än rutan men texten "${hint}" syns inte`).toBe(true);
          expect(table.fadeVisible, `${name}: ingen skugga vid kanten där tabellen är avskuren`).toBe(true);
          expect(table.focusableRegion, `${name}: rutan går inte att nå med tangentbordet eller saknar namn`).toBe(true);
        }
        if (width < 400) expect(table.fits, `${name}: ska ställas upp rad för rad i mobilen`).toBe(true);
      }
      // Stacked or not, the tables are still tables for screen readers, with rows and cells.
      const first = page.getByRole('table', {name: tables[0]!.caption});
      await expect(first).toBeVisible();
      expect(await first.getByRole('row').count()).toBeGreaterThan(1);
      expect(await first.getByRole('cell').count()).toBeGreaterThan(0);
      await expectNoSidewaysScroll(page, state);
      // The content, without the theme's table of contents beside it on docs pages.
      await expectTargetsAtLeast(page, 24, state, (await page.locator('main article').count()) > 0 ? 'main article' : 'main');
    }
  }
});

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, bl] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

test('kartan över kommunerna: namnen ryms i sina rutor och står på en jämn bakgrund med god kontrast, i ljust och mörkt läge', async ({page}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 375, 1280]) {
      await page.emulateMedia({colorScheme});
      await page.setViewportSize({width, height: 800});
      await page.goto('/samordningsteamen/for-dig-som-remitterar');
      const tiles = await page.getByRole('img', {name: /Schematisk karta/}).evaluate((svg) =>
        Array.from(svg.querySelectorAll(':scope > g')).map((tile) => {
          const rect = tile.querySelector('rect')!;
          const box = rect.getBoundingClientRect();
          return {
            fill: getComputedStyle(rect).fill,
            texts: Array.from(tile.querySelectorAll('text')).map((text) => {
              const own = text.getBoundingClientRect();
              return {
                text: text.textContent ?? '',
                inside: own.left >= box.left - 0.5 && own.right <= box.right + 0.5 && own.top >= box.top - 0.5 && own.bottom <= box.bottom + 0.5,
                fill: getComputedStyle(text).fill,
              };
            }),
          };
        }),
      );
      expect(tiles).toHaveLength(10);
      for (const tile of tiles) {
        for (const text of tile.texts) {
          const state = `${colorScheme}, ${width} px: "${text.text}"`;
          expect(text.inside, `${state} sticker ut ur sin ruta`).toBe(true);
          expect(tile.fill, `${state} står på ett mönster eller en färg som inte är jämn`).toMatch(/^rgb/);
          expect(contrast(text.fill, tile.fill), `${state}: kontrasten ${text.fill} mot ${tile.fill}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  }
});

test('rubriker och Nästa-kort i 320 och 375 px: inga ord bryts mitt i, och ingen tom rad under rubrikerna på de lättlästa sidorna', async ({page}) => {
  const docs = ['/metodhandbok/arbetstraning-och-arbetsprovning', '/metodhandbok/gruppformat/oppet-forum', '/exempel/vardeflodeskartlaggning', '/samordningsteamen/sala'];
  const easy = ['/lattlast/vad-ar-ett-samordningsteam', '/lattlast/sa-fungerar-livshjulet'];
  for (const width of [320, 375]) {
    await page.setViewportSize({width, height: 800});
    for (const path of docs) {
      await page.goto(path);
      const broken = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.pagination-nav__label, .pagination-nav__sublabel')).flatMap((label) =>
          Array.from(label.childNodes)
            .filter((node) => node.nodeType === Node.TEXT_NODE)
            .flatMap((node) =>
              [...(node.textContent ?? '').matchAll(/\S+/g)]
                .filter((word) => {
                  const range = document.createRange();
                  range.setStart(node, word.index!);
                  range.setEnd(node, word.index! + word[0].length);
                  return new Set(Array.from(range.getClientRects()).map((box) => Math.round(box.top))).size > 1;
                })
                .map((word) => word[0]),
            ),
        ),
      );
      expect(broken, `${path} i ${width} px: ord som bryts mitt i Nästa-korten`).toEqual([]);
      await expectNoSidewaysScroll(page, `${path} i ${width} px`);
    }
    for (const path of easy) {
      await page.goto(path);
      const empty = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main h1, main h2, main h3'))
          .filter((heading) => {
            const range = document.createRange();
            range.selectNodeContents(heading);
            const text = Array.from(heading.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
            range.setStartBefore(text[0]!);
            range.setEndAfter(text[text.length - 1]!);
            const lastLine = Math.max(...Array.from(range.getClientRects()).map((box) => box.bottom));
            const lineHeight = parseFloat(getComputedStyle(heading).lineHeight);
            return heading.getBoundingClientRect().bottom - lastLine > lineHeight / 2;
          })
          .map((heading) => heading.textContent?.trim()),
      );
      expect(empty, `${path} i ${width} px: rubriker med en tom rad under texten`).toEqual([]);
    }
  }
});

test('den som remitterar hittar sin sida från startsidan och sidfoten, och Köping får veta vad man kan göra utan team', async ({page}) => {
  const referrerPage = '/samordningsteamen/for-dig-som-remitterar';
  await page.goto('/');
  const card = page.getByRole('listitem').filter({has: page.getByRole('heading', {name: 'Du vill remittera en person till ett team'})});
  await expect(card.getByRole('link').first()).toHaveAttribute('href', referrerPage);
  await expect(page.locator('footer').getByRole('link', {name: 'remitterar till ett team'})).toHaveAttribute('href', referrerPage);

  await page.goto(referrerPage);
  await hydrated(page);
  const table = page.getByRole('table', {name: 'Kommunerna i Västmanland och deras samordningsteam'});
  const koping = table.getByRole('row', {name: /Köping/});
  await koping.getByRole('link').focus();
  await page.keyboard.press('Enter');
  const guidance = page.getByRole('region', {name: /kommun utan samordningsteam/});
  await expect(guidance).toBeInViewport();
  await expect(guidance).toContainText('Samordningsförbundet Västmanland');
  await expect(guidance).toContainText('samordnad individuell plan');
});
