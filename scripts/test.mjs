// `npm test`: every check the project has, in order, stopping at the first that fails.
// Prints how long each stage took, so that slow stages are seen early.
import {spawnSync} from 'node:child_process';

const stages = [
  {name: 'Typkontroll (tsc --noEmit)', command: 'npx', args: ['tsc', '--noEmit']},
  {name: 'Enhets-, komponent- och innehållstester (Vitest)', command: 'npx', args: ['vitest', 'run']},
  // CI=1 makes the build require SITE_URL (src/config/siteUrl.ts). The tests never depend on the
  // domain, so the test build gets the address it is served from in the browser tests, unless
  // SITE_URL is already set.
  {
    name: 'Produktionsbygge (docusaurus build)',
    command: 'npx',
    args: ['docusaurus', 'build'],
    env: {SITE_URL: process.env.SITE_URL || `http://127.0.0.1:${process.env.TEST_PORT ?? 4173}`},
  },
  {name: 'Chromium, nginx och Java för testerna av bygget', command: 'node', args: ['scripts/ensure-system-packages.mjs']},
  {name: 'HTML-kontroll (W3C Nu Html Checker, unika landmärken)', command: 'node', args: ['scripts/validate-html.mjs']},
  {name: 'Webbläsartester (Playwright, axe)', command: 'npx', args: ['playwright', 'test']},
];

const timings = [];
const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
const total = performance.now();

for (const stage of stages) {
  console.log(`\n▶ ${stage.name}`);
  const start = performance.now();
  const result = spawnSync(stage.command, stage.args, {stdio: 'inherit', env: {...process.env, CI: process.env.CI ?? '1', ...stage.env}});
  timings.push(`${stage.name}: ${seconds(start)} s`);
  if (result.status !== 0) {
    console.error(`\n✘ ${stage.name} misslyckades (avslutskod ${result.status ?? result.signal}).`);
    console.log(timings.join('\n'));
    process.exit(result.status || 1);
  }
}

console.log(`\n✔ Alla tester gick igenom på ${seconds(total)} s.\n${timings.join('\n')}`);
