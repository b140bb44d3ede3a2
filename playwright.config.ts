import {defineConfig, devices} from '@playwright/test';
import {chromiumPath} from './scripts/chromium-path.mjs';

const port = Number(process.env.TEST_PORT ?? 4173);

/**
 * Browser tests against the production build (run `npm run build` first; `npm test` does),
 * served by nginx as in production.
 * They drive Debian's Chromium: CHROME_PATH, or /usr/bin/chromium. Playwright's own browser
 * download is not used (it is not possible on the machines this project runs on).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One worker per core (three on this two-core machine were slower: 233 against 197 s for pages.spec).
  workers: '100%',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    trace: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {name: 'desktop', use: {...devices['Desktop Chrome'], channel: undefined, viewport: {width: 1280, height: 900}}},
  ],
  // The build is served by nginx with the site's real server block and security headers
  // (deploy/nginx), so every test also runs under the Content-Security-Policy.
  webServer: {
    command: `node scripts/serve-nginx.mjs ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
