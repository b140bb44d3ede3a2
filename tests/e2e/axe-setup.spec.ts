import {expect, test} from './support/test';
import {axeOn, wcag22aa} from './support/axe';

/**
 * The axe settings the browser tests use (support/axe.ts) still find violations: a page with
 * known faults must fail, or every axe check on the site would pass for the wrong reason.
 */
test('axe som testerna kör det hittar kända fel: kontrast, knapp utan namn, för litet klickmål', async ({page}) => {
  await page.setContent(`<!doctype html><html lang="sv"><head><title>Fel</title></head><body>
    <main><h1>Fel med flit</h1>
      <p style="color:#bbb;background:#fff">Ljusgrå text på vit botten.</p>
      <button type="button"></button>
      <a href="#a" style="display:inline-block;width:10px;height:10px;font-size:1px">a</a><a href="#b" style="display:inline-block;width:10px;height:10px;font-size:1px">b</a>
    </main></body></html>`);
  const {violations} = await axeOn(page).withTags(wcag22aa).analyze();
  expect(violations.map((violation) => violation.id).sort()).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'target-size']));
  const contrastOnly = await axeOn(page).withRules(['color-contrast']).analyze();
  expect(contrastOnly.violations.map((violation) => violation.id)).toEqual(['color-contrast']);
});
