// Where the HTML check finds Java for the W3C Nu Html Checker (vnu.jar): JAVA_PATH if set, else
// `java` on PATH (Debian's default-jre-headless puts it in /usr/bin).
import {existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';

/** @returns {string | null} */
export function javaPath() {
  if (process.env.JAVA_PATH) return existsSync(process.env.JAVA_PATH) ? process.env.JAVA_PATH : null;
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder && existsSync(join(folder, 'java'))) return join(folder, 'java');
  }
  return null;
}
