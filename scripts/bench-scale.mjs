// `npm run bench:scale`: how the build's cost grows with the handbook. Copies the project to a
// temporary folder, adds 100, 500 and 1000 synthetic method pages (copies of a real page with
// new titles, so the method catalogue and every plugin run as usual), builds each, and reports
// build time, peak memory of the build and the size of the built site and its search index, and
// what a reader pays for it: main.js (gzip), everything /metodhandbok/bip transfers when opened (served
// by nginx with gzip, measured in Chromium) and the uncompressed HTML of a synthetic page, whose
// sidebar lists its category. The last line compares the largest count with the smallest.
//
//   npm run bench:scale                 100, 500 and 1000 pages
//   npm run bench:scale -- 50 200       other page counts
import {spawn, spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import {chromiumPath} from './chromium-path.mjs';
import {pageTransfer} from './page-transfer.mjs';

const counts = process.argv.slice(2).map(Number).filter((count) => count >= 0);
const port = 4320;
const pageCounts = counts.length > 0 ? counts : [100, 500, 1000];
const project = resolve('.');
const work = join(tmpdir(), 'bench-scale');
const template = readFileSync(join(project, 'docs/bip.mdx'), 'utf8');
const realPages = readdirSync(join(project, 'docs'), {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.mdx')).length;

function folderBytes(folder) {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, {recursive: true, encoding: 'utf8'}).reduce((sum, file) => {
    const stat = statSync(join(folder, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}

const results = [];
for (const count of pageCounts) {
  rmSync(work, {recursive: true, force: true});
  mkdirSync(work, {recursive: true});
  for (const entry of readdirSync(project)) {
    if (['node_modules', 'build', '.docusaurus', '.git', 'test-results', 'screenshots', 'bench', '.scratch'].includes(entry)) continue;
    cpSync(join(project, entry), join(work, entry), {recursive: true});
  }
  symlinkSync(join(project, 'node_modules'), join(work, 'node_modules'));
  mkdirSync(join(work, 'docs/syntetiska'), {recursive: true});
  writeFileSync(join(work, 'docs/syntetiska/_category_.json'), JSON.stringify({label: 'Syntetiska sidor', position: 99}));
  for (let index = 1; index <= count; index++) {
    const page = template
      .replace(/^title: .*$/m, `title: Syntetisk metod ${index}`)
      .replace(/^sidebar_position: .*$/m, `sidebar_position: ${index}`);
    writeFileSync(join(work, `docs/syntetiska/metod-${index}.mdx`), page);
  }
  // "Senast uppdaterad" comes from git, and Docusaurus stops outside a git worktree: the copy gets
  // its own repository with one commit.
  for (const args of [['init', '-q'], ['add', '-A'], ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'bench:scale']]) {
    const git = spawnSync('git', args, {cwd: work, encoding: 'utf8'});
    if (git.status !== 0) throw new Error(`git ${args.join(' ')} i ${work}: ${git.stderr}`);
  }
  console.log(`Bygger med ${count} syntetiska sidor (${count + realPages} sidor i handboken) …`);
  const started = performance.now();
  const build = spawnSync('/usr/bin/time', ['-f', '%M', 'npx', 'docusaurus', 'build'], {cwd: work, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-2000), build.stderr.slice(-2000));
    process.exit(build.status ?? 1);
  }
  // GNU time writes the peak resident memory in KiB on the last line of stderr.
  const peakKib = Number(build.stderr.trim().split('\n').at(-1));
  const buildDir = join(work, 'build');
  const searchBytes = ['pagefind', 'search-index.json'].map((name) => {
    const path = join(buildDir, name);
    return existsSync(path) ? (statSync(path).isDirectory() ? folderBytes(path) : statSync(path).size) : 0;
  }).reduce((a, b) => a + b, 0);
  const mainScript = readdirSync(join(buildDir, 'assets/js')).find((file) => /^main\.[0-9a-f]+\.js$/.test(file));
  const mainKib = gzipSync(readFileSync(join(buildDir, 'assets/js', mainScript)), {level: 9}).length / 1024;
  const server = spawn('node', ['scripts/serve-nginx.mjs', String(port), buildDir], {stdio: 'ignore'});
  await new Promise((done) => setTimeout(done, 1500));
  const browser = await chromium.launch({executablePath: chromiumPath()});
  let method;
  let synthetic;
  try {
    method = await pageTransfer(`http://127.0.0.1:${port}/metodhandbok/bip`, browser);
    synthetic = count > 0 ? await pageTransfer(`http://127.0.0.1:${port}/metodhandbok/syntetiska/metod-1`, browser) : undefined;
  } finally {
    await browser.close();
    server.kill();
  }
  results.push({
    pages: count + realPages,
    syntheticPages: count,
    buildSeconds: seconds,
    peakMemoryMiB: peakKib / 1024,
    siteMiB: folderBytes(buildDir) / 1024 / 1024,
    searchIndexMiB: searchBytes / 1024 / 1024,
    mainJsKib: mainKib,
    methodPageTransferKib: method.totalBytes / 1024,
    methodPageScriptKib: (method.byType.Script ?? 0) / 1024,
    methodPageHtmlKib: method.htmlBytes / 1024,
    syntheticPageHtmlKib: synthetic ? synthetic.htmlBytes / 1024 : null,
  });
}
rmSync(work, {recursive: true, force: true});

const kib = (value) => (value === null ? '–' : value.toFixed(1));
console.log('\nSidor\tByggtid s\tMinne (topp) MiB\tBygget MiB\tSökindex MiB\tmain.js KiB gz\tbip överfört KiB\tvarav JS KiB\tbip HTML KiB\tsyntetisk sidas HTML KiB');
for (const row of results) {
  console.log([row.pages, row.buildSeconds.toFixed(1), row.peakMemoryMiB.toFixed(0), row.siteMiB.toFixed(1), row.searchIndexMiB.toFixed(2), kib(row.mainJsKib), kib(row.methodPageTransferKib), kib(row.methodPageScriptKib), kib(row.methodPageHtmlKib), kib(row.syntheticPageHtmlKib)].join('\t'));
}
if (results.length > 1) {
  const [first, last] = [results[0], results.at(-1)];
  console.log(`\n${last.pages} mot ${first.pages} sidor: metodsidan överför ${(last.methodPageTransferKib / first.methodPageTransferKib).toFixed(2)} × (målet är högst 1,2 ×), main.js ${(last.mainJsKib / first.mainJsKib).toFixed(2)} ×.`);
}
mkdirSync('bench', {recursive: true});
writeFileSync('bench/scale.json', `${JSON.stringify({date: new Date().toISOString(), results}, null, 2)}\n`);
console.log('\nResultatet är sparat i bench/scale.json.');
