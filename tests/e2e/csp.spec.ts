import {expect, test} from './support/test';
import {openSearch} from './support/search';

/**
 * The browser reports a Content-Security-Policy problem as an "issue" even when a library catches
 * the error (zod tested new Function() that way). Such reports count against the site in Lighthouse.
 */
for (const path of ['/verktyg/livshjulet', '/verktyg/samhallsekonomisk-kalkyl', '/verktyg/samtalskort', '/metodhandbok/bip', '/resultat', '/']) {
  test(`inga rapporterade brott mot Content-Security-Policy på ${path}`, async ({page}) => {
    const cdp = await page.context().newCDPSession(page);
    const violations: string[] = [];
    cdp.on('Audits.issueAdded', (event) => {
      const details = event.issue.details.contentSecurityPolicyIssueDetails;
      if (details) violations.push(`${details.violatedDirective}: ${details.contentSecurityPolicyViolationType} ${details.sourceCodeLocation?.url ?? ''}`);
    });
    await cdp.send('Audits.enable');
    await page.goto(path, {waitUntil: 'networkidle'});
    // Use the page a little: the search and, on the tools, the first field.
    await (await openSearch(page)).fill('arbete');
    await expect(page.getByRole('region', {name: 'Sökträffar'})).toContainText(/träff/);
    expect(violations).toEqual([]);
  });
}
