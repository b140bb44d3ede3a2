/**
 * Stands in for '@docusaurus/plugin-content-docs/client' in component tests (vitest.config.mts):
 * the real module needs a running site's router. Like the real one, useDoc() throws outside a
 * DocProvider, and a test wraps a component in <DocProvider content={…}> to give it a page.
 */
import React, {createContext, useContext, type ReactNode} from 'react';

interface DocContent {
  frontMatter: Record<string, unknown>;
  metadata: {source?: string; permalink?: string; title?: string};
}

const Context = createContext<DocContent | null>(null);

export function DocProvider({content, children}: {content: DocContent; children: ReactNode}): ReactNode {
  return <Context.Provider value={content}>{children}</Context.Provider>;
}

export function useDoc(): DocContent {
  const doc = useContext(Context);
  if (doc === null) throw new Error('Hook useDoc is called outside the <DocProvider>.');
  return doc;
}
