/**
 * The site has no program code, so it ships no syntax highlighter: prism-react-renderer and prismjs
 * were 111 KB of every page's main.js. Both of the theme's imports of it (the CodeBlock's Highlight
 * and the client module that loads Prism's languages) resolve to PlainHighlight.tsx instead, which
 * renders a code block as plain lines of text inside the theme's usual <pre><code>, still styled.
 * tests/e2e/build-output.spec.ts fails if either library is in the built JavaScript again.
 */
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';

export default function plainCodePlugin(): Plugin {
  return {
    name: 'plain-code',
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': join(__dirname, 'PlainHighlight.tsx')}}};
    },
  };
}
