/**
 * Every page of the method handbook (docs/), in the sidebar's order, for the print-all page.
 * The MDX files are bundled with webpack's require.context, so the page is built with their
 * content and needs no request when it is opened.
 */
import type {ComponentType} from 'react';
import groupFormatsCategory from '@site/docs/gruppformat/_category_.json';

interface MdxModule {
  default: ComponentType<{components?: Record<string, unknown>}>;
  frontMatter: {title?: string; sidebar_position?: number; description?: string};
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

/** The handbook's start page has the interactive method finder; the print page has its own introduction. */
const skipped = new Set(['./index.mdx']);

function order(path: string, module: MdxModule): [number, number] {
  const position = module.frontMatter.sidebar_position ?? 99;
  return path.startsWith('./gruppformat/') ? [groupFormatsCategory.position, position] : [position, 0];
}

export const handbookPages: readonly HandbookPage[] = context
  .keys()
  .filter((key) => key.startsWith('./') && !skipped.has(key) && !key.split('/').some((part) => part.startsWith('_')))
  .map((key) => ({key, module: context<MdxModule>(key)}))
  .sort((a, b) => {
    const [a1, a2] = order(a.key, a.module);
    const [b1, b2] = order(b.key, b.module);
    return a1 - b1 || a2 - b2;
  })
  .map(({key, module}) => {
    const path = key.slice(2).replace(/\.mdx$/, '').replace(/\/index$/, '');
    return {
      slug: path.replace(/\//g, '-'),
      title: module.frontMatter.title ?? path,
      permalink: `/metodhandbok/${path}`,
      source: `@site/docs/${key.slice(2)}`,
      module,
    };
  });
