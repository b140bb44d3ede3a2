/**
 * A code block in Markdown, as plain text in <pre><code> (the theme's CSS styles it). The site has
 * no program code, so it ships neither a syntax highlighter (prism-react-renderer and prismjs were
 * 111 KB of every page's main.js) nor the theme's code block machinery (line numbers, highlighted
 * lines, copy and wrap buttons, 9 KB on every docs page). tests/e2e/build-output.spec.ts fails if
 * any of it is in the built JavaScript again.
 */
import type {ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock';
import {codeText, languageOf} from './codeText';

export default function CodeBlock({children, className, title}: Props): ReactNode {
  const language = languageOf(className);
  // tabIndex: a long line scrolls sideways, and a keyboard user must be able to scroll it.
  const block = (
    <pre tabIndex={0} className={language ? `language-${language}` : undefined}>
      <code>{codeText(children)}</code>
    </pre>
  );
  if (!title) return block;
  return (
    <div>
      <p className="text--bold margin-bottom--sm">{title}</p>
      {block}
    </div>
  );
}
