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
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        resolve: {alias: {tslib$: join(__dirname, 'tslibHelpers.mjs'), 'prism-react-renderer$': join(__dirname, 'prismStub.mjs')}},
        optimization: {
          splitChunks: {
            cacheGroups: {
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
