/**
 * Keeps code out of every page's main.js that the site does not need in the browser:
 * - tslib: @docusaurus/utils-common requires all of tslib (10 KB minified) for one helper; the
 *   browser build gets tslibHelpers.mjs, which re-exports only the helpers client code calls.
 * - Prism: the theme's client module imports prism-react-renderer (with prismjs, 111 KB) on every
 *   page to register languages; it gets prismStub.mjs, an empty registry, since the site shows code
 *   as plain text (src/theme/CodeBlock).
 * - React: react, react-dom and scheduler go in their own script, `react.<hash>.js`, beside main.js.
 *   The bytes are the same, but the browser parses and runs two scripts of ~200 KB instead of one of
 *   ~400 KB, so no single task blocks the main thread as long (issue 14: method page TBT 355 → 132 ms,
 *   the life wheel 605 → 253 ms, Lighthouse mobile, median of 5, interleaved on a busy machine), and
 *   React, which changes seldom, stays cached when the site's code changes.
 * The server (pre-rendering) build is left as it is.
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {linkStylesheets, pageStylesheets, type ClientManifest} from './pageStylesheets';

export default function leanClientPlugin(context: LoadContext): Plugin {
  return {
    name: 'lean-client',
    // Links each tool's CSS in its page's HTML (see pageStylesheets.ts).
    async postBuild({outDir}) {
      const read = (file: string) => JSON.parse(readFileSync(join(context.generatedFilesDir, file), 'utf8'));
      const manifest = read('client-manifest.json') as ClientManifest;
      for (const [path, files] of pageStylesheets(manifest, read('routesChunkNames.json'))) {
        const html = [join(outDir, `${path}.html`), join(outDir, path, 'index.html')].find(existsSync);
        if (!html) throw new Error(`plugins/lean-client: sidan för ${path} finns inte i bygget; dess CSS (${files.join(', ')}) kan inte länkas`);
        writeFileSync(html, linkStylesheets(readFileSync(html, 'utf8'), files, context.baseUrl));
      }
    },
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: {alias: {tslib$: join(__dirname, 'tslibHelpers.mjs'), 'prism-react-renderer$': join(__dirname, 'prismStub.mjs')}},
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Docusaurus puts all CSS in one file that every page loads; the tools' CSS stays with
              // the tool's own code instead (loaded, and linked in the HTML, only on the tool's page).
              styles: {test: /^(?!.*[\\/]src[\\/]pages[\\/]verktyg[\\/])/},
              react: {
                test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
                name: 'react',
                chunks: 'initial',
                priority: 60,
                enforce: true,
              },
            },
          },
        },
      };
    },
  };
}
