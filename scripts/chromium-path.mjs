// Where the browser tests find Chromium: CHROME_PATH if set, else Debian's /usr/bin/chromium.
import {existsSync} from 'node:fs';

export const defaultChromiumPath = '/usr/bin/chromium';

/** @returns {string} */
export function chromiumPath() {
  return process.env.CHROME_PATH || defaultChromiumPath;
}

/** @returns {boolean} */
export function chromiumExists() {
  return existsSync(chromiumPath());
}
