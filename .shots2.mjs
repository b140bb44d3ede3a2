import {chromium} from '@playwright/test';
const base = 'http://127.0.0.1:4301/verktyg/samhallsekonomisk-kalkyl';
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']});
for (const [width, height, scheme] of [[320, 568, 'light'], [640, 400, 'dark'], [320, 256, 'light']]) {
  const ctx = await browser.newContext({viewport: {width, height}, colorScheme: scheme, hasTouch: true, isMobile: width < 400});
  const page = await ctx.newPage();
  await page.goto(base);
  await page.locator('html[data-has-hydrated="true"]').waitFor();
  await page.locator('#falt-deltagare').tap();
  await page.locator('#falt-deltagare').fill('20');
  // keyboard: Tab to the bar's link
  await page.locator('#falt-studiebidrag').focus();
  await page.keyboard.press('Tab');
  await page.waitForTimeout(200);
  const m = await page.evaluate(() => {const b = document.querySelector('[data-kalkyl-bar]'); return {h: b.offsetHeight, sticky: b.dataset.sticky, focused: document.activeElement.textContent};});
  console.log(width, height, JSON.stringify(m));
  await page.screenshot({path: `/tmp/kalkyl-shots/z-${width}x${height}-${scheme}.png`});
  await page.locator('#falt-sjukpenning-arbete').focus();
  await page.screenshot({path: `/tmp/kalkyl-shots/zf-${width}x${height}-${scheme}.png`});
  await ctx.close();
}
await browser.close();
