/**
 * Keeps code out of every page's main.js that the site does not need in the browser:
 * - tslib: @docusaurus/utils-common requires all of tslib (10 KB minified) for one helper; the
 *   browser build gets tslibHelpers.mjs, which re-exports only the helpers client code calls.
 * The server (pre-rendering) build is left as it is.
 */
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function leanClientPlugin(): Plugin {
  return {
    name: 'lean-client',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {resolve: {alias: {tslib$: join(__dirname, 'tslibHelpers.mjs')}}};
    },
  };
}
