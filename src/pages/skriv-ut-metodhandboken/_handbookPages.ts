/**
 * Every page of the method handbook (docs/), in the sidebar's order, for the print-all page.
 * The MDX files are bundled with webpack's require.context, so the page is built with their
 * content and needs no request when it is opened. Order and addresses: _handbookOrder.ts.
 */
import type {ComponentType} from 'react';
import {anchorOf, inSidebarOrder, permalinkOf} from './_handbookOrder';

interface MdxModule {
  default: ComponentType<{components?: Record<string, unknown>}>;
  frontMatter: {title?: string; sidebar_position?: number; slug?: string; description?: string};
  toc: readonly unknown[];
  contentTitle?: string;
  assets?: Record<string, unknown>;
}

interface RequireContext {
  keys(): string[];
  <T>(id: string): T;
}
declare const require: {context(directory: string, useSubdirectories: boolean, regExp: RegExp): RequireContext};

export interface HandbookPage {
  /** e.g. "bip", "gruppformat-gronkvist": unique on the print page. */
  slug: string;
  title: string;
  permalink: string;
  source: string;
  module: MdxModule;
}

const context = require.context('@site/docs', true, /\.mdx$/);
const categoryContext = require.context('@site/docs', true, /_category_\.json$/);

/** The handbook's start page has the interactive method finder; the print page has its own introduction. */
const skipped = new Set(['index.mdx']);

const docs = context
  .keys()
  .filter((key) => key.startsWith('./'))
  .map((key) => ({path: key.slice(2), module: context<MdxModule>(key)}))
  .filter(({path}) => !skipped.has(path) && !path.split('/').some((part) => part.startsWith('_')))
  .map((doc) => ({...doc, frontMatter: doc.module.frontMatter}));

const categories = categoryContext
  .keys()
  .filter((key) => key.startsWith('./'))
  .map((key) => ({dir: key.slice(2).replace(/\/?_category_\.json$/, ''), position: categoryContext<{position?: number}>(key).position}));

export const handbookPages: readonly HandbookPage[] = inSidebarOrder(docs, categories).map(({path, module, frontMatter}) => {
  const permalink = permalinkOf({path, frontMatter});
  return {
    slug: anchorOf(permalink),
    title: module.frontMatter.title ?? path.replace(/\.mdx$/, ''),
    permalink,
    source: `@site/docs/${path}`,
    module,
  };
});
