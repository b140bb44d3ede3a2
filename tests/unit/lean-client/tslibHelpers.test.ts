import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import * as helpers from '../../../plugins/lean-client/tslibHelpers.mjs';

// The browser build resolves `tslib` to plugins/lean-client/tslibHelpers.mjs. If a Docusaurus package
// starts calling a helper that module does not re-export, it would be undefined in the browser: fail here.
const docusaurusPackages = join(process.cwd(), 'node_modules/@docusaurus');

function helpersCalledIn(folder: string): Map<string, string> {
  const called = new Map<string, string>();
  for (const file of readdirSync(folder, {recursive: true, encoding: 'utf8'})) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(join(folder, file), 'utf8');
    for (const match of text.matchAll(/tslib_1\.(__[A-Za-z]+)/g)) called.set(match[1]!, join(folder, file));
  }
  return called;
}

describe('tslib i webbläsaren (plugins/lean-client)', () => {
  const called = new Map<string, string>();
  for (const name of readdirSync(docusaurusPackages)) {
    const lib = join(docusaurusPackages, name, 'lib');
    try {
      for (const [helper, file] of helpersCalledIn(lib)) called.set(helper, file);
    } catch {
      // A package without a lib folder calls no helpers.
    }
  }

  it('hittar Docusaurus anrop till tslib att kontrollera', () => {
    expect(called.has('__importDefault')).toBe(true);
  });

  it.each([...called.entries()])('%s (anropas i %s) finns i tslibHelpers.mjs', (helper) => {
    expect(Object.keys(helpers)).toContain(helper);
  });
});
