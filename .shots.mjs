import {chromium} from '@playwright/test';
const base = 'http://127.0.0.1:4301/verktyg/samhallsekonomisk-kalkyl';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']});
const widths = (process.env.W ?? '320,375,1280').split(',').map(Number);
const schemes = (process.env.S ?? 'light,dark').split(',');
for (const width of widths) for (const colorScheme of schemes) {
  const mobile = width < 800;
  const ctx = await browser.newContext({viewport: {width, height: mobile ? 640 : 900}, colorScheme, hasTouch: mobile, isMobile: mobile});
  const page = await ctx.newPage();
  await page.goto(base);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  const input = page.locator('#falt-deltagare');
  if (mobile) await input.tap(); else await input.click();
  await input.fill('20');
  await page.waitForTimeout(300);
  const m = await page.evaluate(() => {
    const b = document.querySelector('[data-kalkyl-bar]').getBoundingClientRect();
    const i = document.querySelector('#falt-deltagare').getBoundingClientRect();
    return {barTop: Math.round(b.top), barH: Math.round(b.height), inputTop: Math.round(i.top), inputBottom: Math.round(i.bottom), vh: innerHeight, sticky: document.querySelector('[data-kalkyl-bar]').dataset.sticky};
  });
  console.log(width, colorScheme, JSON.stringify(m));
  await page.screenshot({path: `/tmp/kalkyl-shots/edit-${width}-${colorScheme}.png`});
  // section 3 focused by keyboard
  await page.locator('#falt-studiebidrag').focus();
  await page.screenshot({path: `/tmp/kalkyl-shots/focus-${width}-${colorScheme}.png`});
  await page.goto(base + '?deltagare=20&forsorjningsstod-arbete=500');
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({path: `/tmp/kalkyl-shots/link-${width}-${colorScheme}.png`});
  await page.locator('#resultat-rubrik').scrollIntoViewIfNeeded();
  await page.evaluate(() => scrollBy(0, 200));
  await page.screenshot({path: `/tmp/kalkyl-shots/linkresult-${width}-${colorScheme}.png`});
  await ctx.close();
}
await browser.close();
