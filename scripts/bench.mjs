// `npm run bench`: how fast the site is on a cheap phone, measured with Lighthouse (mobile
// emulation, simulated slow 4G) against the production build as nginx serves it (gzip on,
// deploy/nginx). A benchmark, not a test: it reports, it does not fail.
//
// For each page kind it runs Lighthouse five times (the page kinds interleaved, so that a slow
// moment of the machine does not fall on one page) and reports the median. It also measures the
// floor: the same pages with all JavaScript removed, served the same way, and reports each page's
// LCP and transferred bytes as a ratio to that floor. Beside the simulated run, each page is also
// measured with applied throttling (DevTools: 4× CPU, slow 4G), where the blocking time is real,
// and main.js is broken down by package from its source map, so that a regression shows its cause.
//
//   npm run bench                 build, serve, measure; table on screen, JSON in bench/results.json
//   npm run bench -- --no-build   use the existing build/ (built with SITE_URL=http://127.0.0.1:4301)
//   BENCH_PAGES=Metodsida BENCH_RUNS=1 npm run bench   a quick look at one page kind
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {chromiumPath} from './chromium-path.mjs';
import {breakdown} from './bundle-breakdown.mjs';

const port = 4301;
const floorPort = 4302;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const pageKinds = [
  {kind: 'Startsida', path: '/'},
  {kind: 'Metodsida', path: '/metodhandbok/bip'},
  {kind: 'Teamsida', path: '/samordningsteamen/sala'},
  {kind: 'Resultat', path: '/resultat'},
  {kind: 'Livshjulet', path: '/verktyg/livshjulet'},
  {kind: 'Kalkylen', path: '/verktyg/samhallsekonomisk-kalkyl'},
  {kind: 'Samtalskort', path: '/verktyg/samtalskort'},
  {kind: 'Exempel', path: '/exempel/tuna'},
];
// BENCH_PAGES=Metodsida,Startsida measures only those page kinds.
const only = process.env.BENCH_PAGES?.split(',').map((name) => name.trim());
const measured = only ? pageKinds.filter((page) => only.includes(page.kind)) : pageKinds;
const targets = {performance: 98, accessibility: 100, 'best-practices': 100, seo: 100};

if (!process.argv.includes('--no-build')) {
  console.log('Bygger webbplatsen …');
  // The canonical URLs must point at the address Lighthouse visits, or the SEO audit fails on them.
  // CI=1: the build's SITE_URL rule for CI (src/config/siteUrl.ts) applies, an explicit address.
  const build = spawnSync('npx', ['docusaurus', 'build'], {stdio: 'inherit', env: {...process.env, CI: '1', SITE_URL: `http://127.0.0.1:${port}`}});
  if (build.status !== 0) process.exit(build.status ?? 1);
} else {
  // An existing build measures right only if it was built for the address Lighthouse visits.
  const built = /<loc>([^<]+)<\/loc>/.exec(readFileSync('build/sitemap.xml', 'utf8'))?.[1];
  if (!built || new URL(built).origin !== `http://127.0.0.1:${port}`) {
    console.error(`build/ är byggd för ${built ? new URL(built).origin : 'en okänd adress'}, inte för http://127.0.0.1:${port}: kör "npm run bench" utan --no-build, eller bygg med SITE_URL=http://127.0.0.1:${port}.`);
    process.exit(1);
  }
}

// The floor: the same HTML and CSS without any script (inline JSON-LD data is kept).
const floorDir = join(tmpdir(), 'bench-floor');
rmSync(floorDir, {recursive: true, force: true});
cpSync('build', floorDir, {recursive: true});
for (const file of readdirSync(floorDir, {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.html'))) {
  const path = join(floorDir, file);
  const html = readFileSync(path, 'utf8')
    .replace(/<script(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*rel="?(?:preload|modulepreload|prefetch)"?[^>]*as="?script"?[^>]*>/g, '');
  writeFileSync(path, html);
}

function serve(folderPort, folder) {
  const server = spawn('node', ['scripts/serve-nginx.mjs', String(folderPort), folder], {stdio: ['ignore', 'ignore', 'inherit']});
  return server;
}
const servers = [serve(port, 'build'), serve(floorPort, floorDir)];
await new Promise((resolve) => setTimeout(resolve, 1500));

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

/** Median of the runs that produced a value (Lighthouse can fail to find an LCP in a run). */
const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

async function measure(url, throttlingMethod = 'simulate') {
  const result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', throttlingMethod});
  const lhr = result.lhr;
  const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const scriptBytes = (lhr.audits['resource-summary']?.details?.items ?? []).find((item) => item.resourceType === 'script')?.transferSize ?? 0;
  return {
    scores: Object.fromEntries(Object.keys(targets).map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
    lcpMs: audit('largest-contentful-paint'),
    fcpMs: audit('first-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    bytes: audit('total-byte-weight'),
    scriptBytes,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

const rows = [];
const samples = new Map(measured.map((page) => [page.kind, {simulated: [], floor: [], applied: []}]));
try {
  // Interleaved: run 1 of every page, then run 2 of every page, and so on.
  for (let run = 0; run < runs; run++) {
    for (const page of measured) {
      const list = samples.get(page.kind);
      list.simulated.push(await measure(`http://127.0.0.1:${port}${page.path}`));
      list.floor.push(await measure(`http://127.0.0.1:${floorPort}${page.path}`));
      // Applied throttling is slow (it really waits): every other run is enough for a median.
      if (run % 2 === 0) list.applied.push(await measure(`http://127.0.0.1:${port}${page.path}`, 'devtools'));
    }
    console.log(`Körning ${run + 1} av ${runs}: klar`);
  }
  for (const page of measured) {
    const {simulated, floor: floorSamples, applied} = samples.get(page.kind);
    const pick = (list, key) => median(list.map((sample) => sample[key]));
    const scores = Object.fromEntries(Object.keys(targets).map((category) => [category, median(simulated.map((sample) => sample.scores[category]))]));
    const row = {
      ...page,
      scores,
      lcpMs: pick(simulated, 'lcpMs'),
      fcpMs: pick(simulated, 'fcpMs'),
      tbtMs: pick(simulated, 'tbtMs'),
      cls: pick(simulated, 'cls'),
      bytes: pick(simulated, 'bytes'),
      scriptBytes: pick(simulated, 'scriptBytes'),
      floor: {lcpMs: pick(floorSamples, 'lcpMs'), bytes: pick(floorSamples, 'bytes')},
      applied: {lcpMs: pick(applied, 'lcpMs'), tbtMs: pick(applied, 'tbtMs'), runs: applied.length},
      failedAudits: [...new Set(simulated.flatMap((sample) => sample.failedAudits))],
    };
    row.lcpRatio = row.lcpMs / row.floor.lcpMs;
    row.bytesRatio = row.bytes / row.floor.bytes;
    row.missed = Object.entries(targets)
      .filter(([category, target]) => scores[category] < target)
      .map(([category, target]) => `${category} ${scores[category]} < ${target}`);
    const tbtTarget = ['Startsida', 'Metodsida', 'Teamsida', 'Exempel'].includes(page.kind) ? 100 : 150;
    if (row.tbtMs > tbtTarget) row.missed.push(`TBT ${Math.round(row.tbtMs)} ms > ${tbtTarget}`);
    if (row.lcpRatio > 1.3) row.missed.push(`LCP ${row.lcpRatio.toFixed(2)} × golvet > 1,3`);
    rows.push(row);
  }
} finally {
  await chrome.kill();
  for (const server of servers) server.kill('SIGTERM');
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('\nLighthouse, mobil (simulerad långsam 4G), median av', runs, 'körningar. Golv = samma sida utan JavaScript.\n');
console.log(['Sidtyp', 'Prest.', 'Tillg.', 'Praxis', 'SEO', 'LCP ms', 'LCP/golv', 'KiB', 'KiB/golv', 'JS KiB', 'TBT ms', 'CLS', 'LCP ms (DevTools)', 'TBT ms (DevTools)'].join('\t'));
for (const row of rows) {
  console.log(
    [
      row.kind,
      row.scores.performance,
      row.scores.accessibility,
      row.scores['best-practices'],
      row.scores.seo,
      Math.round(row.lcpMs),
      row.lcpRatio.toFixed(2),
      kb(row.bytes),
      row.bytesRatio.toFixed(2),
      kb(row.scriptBytes),
      Math.round(row.tbtMs),
      row.cls.toFixed(3),
      Math.round(row.applied.lcpMs),
      Math.round(row.applied.tbtMs),
    ].join('\t'),
  );
}
const misses = rows.filter((row) => row.missed.length > 0);
console.log(misses.length === 0 ? '\nAlla sidtyper når målen.' : `\nMissade mål:\n${misses.map((row) => `  ${row.kind}: ${row.missed.join(', ')} (${row.failedAudits.join(', ')})`).join('\n')}`);
const method = rows.find((row) => row.kind === 'Metodsida');
if (method) {
  console.log(`Metodsidan: ${kb(method.bytes)} KiB överfört (mål ≤ 180 KB = ${kb(180 * 1000)} KiB), LCP ${method.lcpRatio.toFixed(2)} × golvet (mål ≤ 1,3).`);
}

// What every page's main.js is made of, by package (minified bytes, from the source map).
const mainScript = readdirSync('build/assets/js').find((file) => /^main\.[0-9a-f]+\.js$/.test(file));
const mainParts = mainScript ? breakdown(join('build/assets/js', mainScript)) : [];
const mainGzip = mainScript ? gzipSync(readFileSync(join('build/assets/js', mainScript)), {level: 9}).length : NaN;
console.log(`\nmain.js: ${kb(mainGzip)} KiB gzip (mål ≤ 110). Största delarna, minifierat:`);
for (const part of mainParts.slice(0, 12)) console.log(`  ${kb(part.bytes).padStart(7)} KiB  ${part.name}`);
// Every script each page starts with (the page template's data-scripts), so a new split shows.
const startScripts = (/data-scripts="([^"]*)"/.exec(readFileSync('build/index.html', 'utf8'))?.[1] ?? '')
  .split(' ')
  .filter(Boolean)
  .map((src) => ({file: src.replace(/^.*\//, ''), gzipBytes: gzipSync(readFileSync(join('build', src)), {level: 9}).length}));
console.log(`Skripten varje sida startar med: ${startScripts.map((script) => `${script.file} ${kb(script.gzipBytes)} KiB`).join(', ')} (gzip).`);

// A run of some page kinds (BENCH_PAGES) replaces those rows and keeps the others.
mkdirSync('bench', {recursive: true});
let previous = [];
try {
  previous = JSON.parse(readFileSync('bench/results.json', 'utf8')).pages ?? [];
} catch {
  // first run
}
const pages = pageKinds
  .map((page) => rows.find((row) => row.kind === page.kind) ?? previous.find((row) => row.kind === page.kind))
  .filter(Boolean);
writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: 'mobile, simulated throttling (and DevTools applied throttling: applied)',
      runs,
      targets,
      mainJs: {gzipBytes: mainGzip, parts: mainParts.slice(0, 20)},
      startScripts,
      pages,
    },
    null,
    2,
  )}\n`,
);
console.log('\nResultatet är sparat i bench/results.json.');
