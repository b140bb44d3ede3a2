// Makes the sharing pictures (Open Graph, 1200 × 630 px) for each section of the site into
// static/img/og/, from the sections' names and descriptions in src/config/sections.ts.
// Run after changing a section: node scripts/og-images.mjs (needs Chromium, like the tests).
import {mkdirSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {chromium} from '@playwright/test';
import {chromiumPath} from './chromium-path.mjs';

// sections.ts is TypeScript; read the plain data out of it.
const source = await readFile('src/config/sections.ts', 'utf8');
const sections = [...source.matchAll(/path: '([^']+)',\s*label: '([^']+)',\s*description:\s*'([^']+)'/g)].map((match) => ({
  path: match[1],
  label: match[2],
  description: match[3],
}));
sections.unshift({path: '/', label: 'Samordningsteamens metodhandbok', description: 'Hur samordningsteamen arbetar med personer som står långt från arbete – metoder, team, resultat och verktyg.'});

const logo = await readFile('static/img/logo.svg', 'utf8');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
mkdirSync('static/img/og', {recursive: true});
const browser = await chromium.launch({executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu']});
const page = await browser.newPage({viewport: {width: 1200, height: 630}});
for (const section of sections) {
  const name = section.path === '/' ? 'start' : section.path.slice(1).replace(/\//g, '-');
  await page.setContent(`<!doctype html><html lang="sv"><body style="margin:0">
    <div style="box-sizing:border-box;width:1200px;height:630px;padding:72px 80px;background:#0a5a80;color:#fff;font-family:'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:space-between">
      <div style="display:flex;align-items:center;gap:24px;font-size:34px;font-weight:700">
        <div style="width:88px;height:88px;background:#fff;border-radius:50%;display:flex;align-items:center;justify-content:center">${logo.replace('<svg', '<svg width="64" height="64"')}</div>
        Samordningsteamens metodhandbok
      </div>
      <div>
        <div style="font-size:${section.label.length > 24 ? 64 : 84}px;font-weight:700;line-height:1.1">${escape(section.path === '/' ? 'Så arbetar samordningsteamen' : section.label)}</div>
        <div style="margin-top:28px;font-size:34px;line-height:1.35;max-width:1000px">${escape(section.description)}</div>
      </div>
    </div></body></html>`);
  await page.screenshot({path: `static/img/og/${name}.png`});
  console.log(`static/img/og/${name}.png`);
}
await browser.close();
