import {chromium} from '@playwright/test';
import {chromiumPath} from '/work/wt-content-a/scripts/chromium-path.mjs';
const [path, width, ...headings] = process.argv.slice(2);
const browser = await chromium.launch({executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu']});
const page = await browser.newPage({viewport: {width: Number(width), height: 900}});
await page.goto('http://127.0.0.1:4201' + path, {waitUntil: 'networkidle'});
for (const [i, h] of headings.entries()) {
  const box = await page.getByRole('heading', {name: h}).first().boundingBox();
  const height = Number(width) < 600 ? 1500 : 1100;
  await page.screenshot({path: `/tmp/shots-a/slice-${path.split('/').pop()}-${width}-${i}.png`, fullPage: true, clip: {x: 0, y: Math.max(0, box.y - 20), width: Number(width), height}});
  console.log(`/tmp/shots-a/slice-${path.split('/').pop()}-${width}-${i}.png`);
}
await browser.close();
