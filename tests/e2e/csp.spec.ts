import {expect, test, type Page} from './support/test';
import {openSearch} from './support/search';

const tools = new Set(['/verktyg/livshjulet', '/verktyg/samhallsekonomisk-kalkyl', '/verktyg/samtalskort']);

/** Uses the first form field in the page's main content as a reader would, and checks that it took the input. */
async function useFirstField(page: Page): Promise<void> {
  const field = page
    .locator('main')
    .locator('input:not([type="hidden"]):not([type="file"]), select, textarea')
    .filter({visible: true})
    .first();
  const tag = await field.evaluate((element) => element.tagName.toLowerCase());
  const type = await field.getAttribute('type');
  if (tag === 'select') {
    const before = await field.inputValue();
    const other = (await field.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).find((value) => value !== before);
    expect(other, 'det första fältet är en lista med bara ett val').toBeDefined();
    await field.selectOption(other!);
    await expect(field).toHaveValue(other!);
  } else if (type === 'checkbox' || type === 'radio') {
    await field.check();
    await expect(field).toBeChecked();
  } else {
    await field.fill('3');
    await field.press('Tab');
    await expect(field).toHaveValue('3');
  }
}

/**
 * The browser reports a Content-Security-Policy problem as an "issue" even when a library catches
 * the error (zod tested new Function() that way). Such reports count against the site in Lighthouse.
 */
for (const path of [...tools, '/metodhandbok/bip', '/resultat', '/']) {
  test(`inga rapporterade brott mot Content-Security-Policy på ${path}`, async ({page}) => {
    const cdp = await page.context().newCDPSession(page);
    const violations: string[] = [];
    cdp.on('Audits.issueAdded', (event) => {
      const details = event.issue.details.contentSecurityPolicyIssueDetails;
      if (details) violations.push(`${details.violatedDirective}: ${details.contentSecurityPolicyViolationType} ${details.sourceCodeLocation?.url ?? ''}`);
    });
    await cdp.send('Audits.enable');
    await page.goto(path, {waitUntil: 'networkidle'});
    // Use the page a little: on the tools the first field (the calculator checks it with zod), and the search.
    if (tools.has(path)) await useFirstField(page);
    await (await openSearch(page)).fill('arbete');
    await expect(page.getByRole('region', {name: 'Sökträffar'})).toContainText(/träff/);
    expect(violations).toEqual([]);
  });
}
