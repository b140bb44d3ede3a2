import type {ReactNode} from 'react';

/** "language-bash" in a fenced block's class gives "bash"; no language gives undefined. */
export function languageOf(className: string | undefined): string | undefined {
  return /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1];
}

/** The block's text without the final line break Markdown leaves; anything else is shown as it is. */
export function codeText(children: ReactNode): ReactNode {
  return typeof children === 'string' ? children.replace(/\n$/, '') : children;
}
