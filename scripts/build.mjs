// `npm run build`: `docusaurus build`, plus one flag of our own:
//   npm run build                                   a build to try (warns without SITE_URL)
//   SITE_URL=https://… npm run build -- --production   a build to publish: stops unless SITE_URL
//                                                      is the site's public address
// Docusaurus does not accept unknown flags, so --production becomes SITE_PRODUCTION=1, which
// docusaurus.config.ts reads (src/config/siteUrl.ts). Other flags are passed on.
import {spawnSync} from 'node:child_process';

const args = process.argv.slice(2);
const production = args.includes('--production');
const result = spawnSync('npx', ['docusaurus', 'build', ...args.filter((arg) => arg !== '--production')], {
  stdio: 'inherit',
  env: {...process.env, ...(production ? {SITE_PRODUCTION: '1'} : {})},
});
process.exit(result.status ?? 1);
