/**
 * Local plugin: after `docusaurus build`, indexes the built pages with Pagefind and writes the
 * search index to build/pagefind/. The SearchBar (src/theme/SearchBar) loads
 * /pagefind/pagefind.js only when a reader starts to search. Swedish stemming comes from
 * <html lang="sv">. Nothing is indexed in `npm start` (there is no build), so the search bar
 * says so there.
 */
import {existsSync} from 'node:fs';
import {readFile, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** Routes that are lists of other pages, repeat other pages (the print-all handbook) or have no content of their own. */
const notIndexed = [/^\/skriv-ut-metodhandboken$/, /^\/404\.html$/, /^\/nyheter(\/page\/\d+)?$/, /^\/nyheter\/(tags|authors|archive)(\/|$)/, /^\/search$/];

/**
 * Parts of <main> that repeat other pages or the page's own headings: table of contents,
 * breadcrumbs, previous/next links, blog post footers.
 */
const excludeSelectors = [
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-breadcrumbs',
  '.pagination-nav',
  '.theme-doc-footer',
  '.theme-blog-footer-edit-meta-row',
];

/**
 * The built HTML is minified (`<dt>Period<dd>2008–2016<dt>Målgrupp…`), and Pagefind does not see
 * a word boundary between table cells, definition list items or list items: "2008–2016Målgrupp"
 * would be one word. A space before each such tag keeps the words apart.
 */
function withWordBoundaries(html: string): string {
  return html.replace(/<(dt|dd|td|th|tr|li|caption|figcaption|summary|label|legend|br)\b/gi, ' <$1');
}

function htmlFileOf(outDir: string, route: string): string | undefined {
  const candidates = route === '/' ? ['index.html'] : [`${route}.html`, `${route}/index.html`];
  return candidates.map((file) => join(outDir, file)).find((file) => existsSync(file));
}

export default function pagefindSearchPlugin({siteDir}: LoadContext): Plugin {
  return {
    name: 'pagefind-search',
    async postBuild({outDir, routesPaths, baseUrl, routesBuildMetadata}) {
      const started = performance.now();
      // Imported here so that `npm start` never starts the Pagefind binary. Pagefind is an ES module
      // only; the config loader (jiti) turns a bare import('pagefind') into require(), so import it by URL.
      const entry = pathToFileURL(join(siteDir, 'node_modules/pagefind/lib/index.js')).href;
      const pagefind = (await import(entry)) as typeof import('pagefind');
      const {index, errors} = await pagefind.createIndex({rootSelector: 'main', excludeSelectors});
      if (!index) throw new Error(`pagefind-search: ${errors.join(', ')}`);
      let pages = 0;
      for (const route of [...new Set(routesPaths)].sort()) {
        const path = route.slice(baseUrl.length - 1) || '/';
        if (notIndexed.some((pattern) => pattern.test(path))) continue;
        if (routesBuildMetadata[route]?.noIndex) continue;
        const file = htmlFileOf(outDir, path);
        if (!file) continue;
        const added = await index.addHTMLFile({url: route, content: withWordBoundaries(await readFile(file, 'utf8'))});
        if (added.errors.length > 0) throw new Error(`pagefind-search: ${route}: ${added.errors.join(', ')}`);
        pages += 1;
      }
      const written = await index.writeFiles({outputPath: join(outDir, 'pagefind')});
      if (written.errors.length > 0) throw new Error(`pagefind-search: ${written.errors.join(', ')}`);
      await pagefind.close();
      // Pagefind also writes its ready-made UIs; this site has its own (src/theme/SearchBar).
      for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
        await rm(join(outDir, 'pagefind', unused), {force: true});
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`[pagefind-search] ${pages} sidor i sökindexet på ${seconds} s (${join(outDir, 'pagefind')}).`);
    },
  };
}
