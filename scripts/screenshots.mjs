// Screenshots of the built site as readers see it: 375 and 1280 px wide, light and dark mode.
// Usage: npm run build && npm run serve -- --port 4173 (in another terminal), then
//        node scripts/screenshots.mjs [path …]   → screenshots/*.png (not committed)
//        FULL_PAGE=0 takes only the first screenful.
import {mkdirSync} from 'node:fs';
import {chromium} from '@playwright/test';
import {chromiumPath} from './chromium-path.mjs';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/metodhandbok', '/ordlista', '/kallor'];
const widths = [375, 1280];
const schemes = ['light', 'dark'];

mkdirSync('screenshots', {recursive: true});
const browser = await chromium.launch({executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu']});
for (const path of paths) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({viewport: {width, height: 900}, colorScheme});
      await page.goto(base + path, {waitUntil: 'networkidle'});
      const name = `screenshots/${(path.replace(/\//g, '_') || '_').replace(/^_/, '') || 'start'}-${width}-${colorScheme}.png`;
      await page.screenshot({path: name, fullPage: process.env.FULL_PAGE !== '0'});
      console.log(name);
      await page.close();
    }
  }
}
await browser.close();
