// Makes sure the browser tests have a Chromium to drive.
// Installs Debian's chromium with apt-get when it is missing and we may (root on Debian);
// otherwise stops with one line that says what to do.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {chromiumExists, chromiumPath} from './chromium-path.mjs';

if (chromiumExists()) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH pekar på ${process.env.CHROME_PATH}, men där finns ingen fil. Ange sökvägen till Chromium eller Chrome.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  console.error(
    `Chromium saknas (${chromiumPath()}). Installera den (Debian: sudo apt-get install chromium) eller sätt CHROME_PATH till en Chromium eller Chrome.`,
  );
  process.exit(1);
}

console.log('Chromium saknas: installerar Debians paket chromium med apt-get …');
const quiet = {stdio: ['ignore', 'ignore', 'inherit'], env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}};
execFileSync('apt-get', ['update', '-qq'], quiet);
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], quiet);
if (!chromiumExists()) {
  console.error(`apt-get installerade chromium, men ${chromiumPath()} finns inte. Sätt CHROME_PATH.`);
  process.exit(1);
}
