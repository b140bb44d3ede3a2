// Makes sure the tests of the build have what they need from Debian: Chromium to drive, nginx to
// serve the production build with the site's real server configuration (deploy/nginx), and a
// headless Java runtime for the W3C Nu Html Checker (vnu.jar, scripts/validate-html.mjs).
// Installs the missing packages with apt-get when we may (root on Debian); otherwise stops with
// one line that says what to do.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {chromiumExists, chromiumPath} from './chromium-path.mjs';
import {nginxPath} from './nginx-path.mjs';
import {javaPath} from './java-path.mjs';

const missing = [];
if (!chromiumExists()) {
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH pekar på ${process.env.CHROME_PATH}, men där finns ingen fil. Ange sökvägen till Chromium eller Chrome.`);
    process.exit(1);
  }
  missing.push('chromium', 'fonts-dejavu-core');
}
if (!existsSync(nginxPath())) missing.push('nginx-light');
if (!javaPath()) {
  if (process.env.JAVA_PATH) {
    console.error(`JAVA_PATH pekar på ${process.env.JAVA_PATH}, men där finns ingen fil. Ange sökvägen till java (version 11 eller senare).`);
    process.exit(1);
  }
  missing.push('default-jre-headless');
}
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Saknas: ${missing.join(', ')} (Chromium: ${chromiumPath()}, nginx: ${nginxPath()}, Java: ${javaPath() ?? 'inte i PATH'}). Installera med "sudo apt-get install ${missing.join(' ')}", eller sätt CHROME_PATH, NGINX_PATH och JAVA_PATH.`,
  );
  process.exit(1);
}

console.log(`Installerar Debians paket ${missing.join(', ')} med apt-get …`);
const quiet = {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}};
execFileSync('apt-get', ['update', '-qq'], quiet);
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], quiet);
// The package starts a system nginx on port 80; the tests run their own, so stop it if it runs.
try {
  execFileSync('nginx', ['-s', 'stop'], {stdio: 'ignore'});
} catch {
  // not running
}
if (!chromiumExists() || !existsSync(nginxPath()) || !javaPath()) {
  console.error(`apt-get är klart, men Chromium (${chromiumPath()}), nginx (${nginxPath()}) eller Java saknas fortfarande. Sätt CHROME_PATH, NGINX_PATH eller JAVA_PATH.`);
  process.exit(1);
}
