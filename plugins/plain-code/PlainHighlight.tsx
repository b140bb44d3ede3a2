/**
 * Stands in for prism-react-renderer on the site (see index.ts): the same API the theme uses,
 * without highlighting. Each line of the code is one plain token, so the theme's CodeBlock still
 * draws its lines, line numbers, copy button and wrapping as before.
 */
import type {ReactNode} from 'react';

interface Token {
  types: string[];
  content: string;
  empty?: boolean;
}

interface RenderProps {
  tokens: Token[][];
  className: string;
  style: Record<string, string>;
  getLineProps: (input: {line: Token[]; className?: string; [key: string]: unknown}) => Record<string, unknown>;
  getTokenProps: (input: {token: Token; className?: string; [key: string]: unknown}) => Record<string, unknown>;
}

interface HighlightProps {
  code: string;
  language?: string;
  children: (props: RenderProps) => ReactNode;
  [key: string]: unknown;
}

/** The code as lines of one plain token each; an empty line keeps its height. */
export function plainTokens(code: string): Token[][] {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => [line === '' ? {types: ['plain'], content: '\n', empty: true} : {types: ['plain'], content: line}]);
}

export function Highlight({code, language, children}: HighlightProps): ReactNode {
  return children({
    tokens: plainTokens(code),
    className: `prism-code language-${language ?? 'text'}`,
    style: {},
    getLineProps: ({line: _line, className, ...rest}) => ({...rest, className: ['token-line', className].filter(Boolean).join(' ')}),
    getTokenProps: ({token, className, ...rest}) => ({
      ...rest,
      className: ['token', ...token.types, className].filter(Boolean).join(' '),
      children: token.content,
    }),
  });
}

/** The theme's language loader calls Prism's registry; there is nothing to register. */
export const Prism = {languages: {} as Record<string, unknown>};

export const themes = {};
