// The HTML check in `npm test`, after the build: every built page through
//   1. the W3C Nu Html Checker (npm vnu-jar, in one Java process for all pages), errors only, and
//   2. html-validate's unique-landmark rule (every landmark of a kind has its own name).
// Stops with each error by page, line and column, and says where to fix it.
//   node scripts/validate-html.mjs [folder]   (default build/)
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, relative, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {javaPath} from './java-path.mjs';

/**
 * @typedef {{file: string, line: number | null, column: number | null, message: string, extract?: string, checker: string}} Problem
 */

/** The .html files in `root`, as paths relative to it, sorted. */
export function htmlFiles(root) {
  return readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/**
 * The Nu Html Checker's JSON report (`--format json`) as problems, file paths relative to `root`.
 * Only errors and fatal errors count; warnings and info are left out.
 * @param {string} json
 * @param {string} root
 * @returns {Problem[]}
 */
export function vnuProblems(json, root) {
  /** @type {{messages?: {type: string, subType?: string, url?: string, lastLine?: number, firstColumn?: number, lastColumn?: number, message: string, extract?: string}[]}} */
  let report;
  try {
    report = JSON.parse(json);
  } catch {
    throw new Error(`Nu Html Checker gav ingen läsbar rapport:\n${json.slice(0, 2000)}`);
  }
  return (report.messages ?? [])
    .filter((message) => message.type === 'error' || (message.type === 'non-document-error') || message.subType === 'fatal')
    .map((message) => ({
      file: message.url?.startsWith('file:') ? relative(root, fileURLToPath(message.url)) : (message.url ?? '(okänd fil)'),
      line: message.lastLine ?? null,
      column: message.firstColumn ?? message.lastColumn ?? null,
      message: message.message,
      extract: message.extract,
      checker: 'Nu Html Checker',
    }));
}

/**
 * A failure message in Swedish: how many errors on how many pages, then each page's errors.
 * @param {Problem[]} problems
 * @param {number} pages
 * @param {string} folder  shown before each file, e.g. "build"
 * @param {number} perPage  errors shown per page; the rest are counted
 */
export function formatProblems(problems, pages, folder = 'build', perPage = 10) {
  if (problems.length === 0) return `Inga fel på ${pages} sidor.`;
  const byFile = new Map();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const lines = [`${problems.length} fel på ${byFile.size} av ${pages} sidor:`];
  for (const [file, fileProblems] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push('', `${folder}/${file}`);
    for (const problem of fileProblems.slice(0, perPage)) {
      const where = problem.line === null ? '' : `rad ${problem.line}${problem.column === null ? '' : `, kolumn ${problem.column}`}: `;
      lines.push(`  ${where}${problem.message} (${problem.checker})`);
      if (problem.extract) lines.push(`    ${problem.extract.replace(/\s+/g, ' ').trim().slice(0, 160)}`);
    }
    if (fileProblems.length > perPage) lines.push(`  … och ${fileProblems.length - perPage} fel till på samma sida`);
  }
  lines.push(
    '',
    'Rätta felet i komponenten eller temadelen som skriver elementet (src/components, src/theme), inte i bygget.',
    'Kör sedan "npx docusaurus build && node scripts/validate-html.mjs".',
  );
  return lines.join('\n');
}

/** html-validate with one rule: landmarks of the same kind need unique, non-empty names. */
async function landmarkProblems(root, files) {
  const {HtmlValidate} = await import('html-validate');
  const validator = new HtmlValidate({root: true, rules: {'unique-landmark': 'error'}});
  /** @type {Problem[]} */
  const problems = [];
  for (const file of files) {
    const report = await validator.validateFile(join(root, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          file,
          line: message.line,
          column: message.column,
          message: `${message.message} [${message.ruleId}]${message.selector ? ` – ${message.selector}` : ''}`,
          checker: 'html-validate',
        });
      }
    }
  }
  return problems;
}

async function main() {
  const root = resolve(process.argv[2] ?? 'build');
  const folder = relative(process.cwd(), root) || '.';
  let files;
  try {
    files = htmlFiles(root);
  } catch {
    files = [];
  }
  if (files.length === 0) {
    console.error(`Inga HTML-filer i ${folder}/: kör "npx docusaurus build" först.`);
    process.exit(1);
  }
  const java = javaPath();
  if (!java) {
    console.error(
      'Java saknas, och W3C Nu Html Checker (vnu.jar) behöver det. Kör "node scripts/ensure-system-packages.mjs" (installerar Debians default-jre-headless som root), "sudo apt-get install default-jre-headless", eller sätt JAVA_PATH.',
    );
    process.exit(1);
  }
  const jar = String(createRequire(import.meta.url)('vnu-jar'));

  const vnuStart = performance.now();
  // One Java process for every page: starting the JVM costs more than checking a page.
  const vnu = spawnSync(java, ['-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files.map((file) => join(root, file))], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (vnu.error || vnu.status !== 0) {
    console.error(`Nu Html Checker kunde inte köras (${java} -jar ${jar}): ${vnu.error?.message ?? `avslutskod ${vnu.status}`}\n${vnu.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  const problems = vnuProblems(vnu.stderr || vnu.stdout || '{"messages": []}', root);
  const vnuSeconds = (performance.now() - vnuStart) / 1000;

  const landmarkStart = performance.now();
  problems.push(...(await landmarkProblems(root, files)));
  const landmarkSeconds = (performance.now() - landmarkStart) / 1000;

  const timing = `Nu Html Checker ${vnuSeconds.toFixed(1)} s, html-validate (unika landmärken) ${landmarkSeconds.toFixed(1)} s, ${files.length} sidor.`;
  if (problems.length > 0) {
    console.error(`✘ HTML-kontrollen: ${formatProblems(problems, files.length, folder)}\n${timing}`);
    process.exit(1);
  }
  console.log(`✔ HTML-kontrollen: ${formatProblems(problems, files.length, folder)} ${timing}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
