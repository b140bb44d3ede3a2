import type {Config, PluginModule} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';

import {siteTitle, siteTagline} from './src/config/site';
import {knownAbbreviations} from './src/data/abbreviations';
import {navbar} from './src/config/navbar';
import {footer} from './src/config/footer';
import {assertSiteDataIsValid} from './src/data/validate';
import methodCatalogPlugin from './plugins/method-catalog';
import remarkPageModel from './plugins/method-catalog/remarkPageModel';
import pagefindSearchPlugin from './plugins/pagefind-search';
import leanClientPlugin from './plugins/lean-client';
import leanDocsPlugin from './plugins/lean-docs';
import {htmlTemplate} from './src/config/htmlTemplate';
import {resolveSiteUrl} from './src/config/siteUrl';
import robotsTxtPlugin from './plugins/robots-txt';
import resultsDataPlugin from './plugins/results-data';
import teamDataPlugin from './plugins/team-data';

// Fail `npm start` and `npm run build` early, with file, field and rule, when a data file is wrong.
assertSiteDataIsValid();

/**
 * SITE_URL: the published address, for the sitemap, robots.txt, feeds, canonical links and share
 * images. A build in CI or for publishing (`npm run build -- --production`) stops without it; a
 * developer's build warns (src/config/siteUrl.ts).
 */
const site = resolveSiteUrl(process.env, process.argv[2]);
// Docusaurus loads this file more than once per build: say it once.
const noticeKey = Symbol.for('samordningsteamen.siteUrlNotice');
if (site.notice && !(globalThis as Record<symbol, unknown>)[noticeKey]) {
  (globalThis as Record<symbol, unknown>)[noticeKey] = true;
  console.warn(site.notice);
}
const siteUrl = site.url;

/**
 * EDIT_URL: where the site's files can be edited, e.g. https://github.com/<ägare>/<repo>/edit/main/.
 * When it is set at build, every page of the three sections and every news post gets a link
 * "Föreslå en ändring" to its own file (the folder and file name are added to the address).
 */
const editUrl = process.env.EDIT_URL?.trim() || undefined;

/**
 * What the three content sections (method handbook, teams, examples) share: breadcrumbs, the date of
 * each page's last commit ("Senast uppdaterad"), the edit link and the content model's remark plugin
 * (Källor from `sources:`, the writer's vocabulary without imports; plugins/method-catalog).
 */
const contentSection = {
  breadcrumbs: true,
  showLastUpdateTime: true,
  editUrl,
  beforeDefaultRemarkPlugins: [remarkPageModel],
} satisfies DocsOptions;

/** A docs section of its own (the teams, the practice examples); its sidebar is generated from its folder. */
function docsSection(id: string): [PluginModule, DocsOptions] {
  return [
    leanDocsPlugin,
    {
      id,
      path: id,
      routeBasePath: id,
      ...contentSection,
    },
  ];
}

const config = {
  title: siteTitle,
  tagline: siteTagline,
  // The Abbr component reads the abbreviations from here, so the whole glossary is not in every page's JavaScript.
  customFields: {abbreviations: knownAbbreviations},
  favicon: 'img/favicon.svg',
  url: siteUrl,
  baseUrl: '/',
  trailingSlash: false,
  // A fixed namespace for the theme's keys in localStorage: with the default (a hash of the site's
  // address) the inline colour-mode script, and so its hash in the Content-Security-Policy
  // (deploy/nginx), would change with SITE_URL.
  storage: {type: 'localStorage', namespace: 'samordningsteamen'},
  // The banner's inline script would need its own hash in the Content-Security-Policy (deploy/nginx).
  baseUrlIssueBanner: false,

  future: {
    v4: true,
    faster: true,
  },

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  i18n: {
    defaultLocale: 'sv',
    locales: ['sv'],
    localeConfigs: {
      sv: {label: 'Svenska', htmlLang: 'sv', direction: 'ltr', calendar: 'gregory'},
    },
  },

  presets: [
    [
      'classic',
      {
        // The method handbook is added under plugins, through plugins/lean-docs like the other sections.
        docs: false,
        blog: {
          path: 'blog',
          routeBasePath: 'nyheter',
          blogTitle: 'Nyheter om metodhandboken',
          blogDescription: 'Vad som är nytt och ändrat i Samordningsteamens metodhandbok.',
          // No sidebar: its year headings (h3) came before the page's h1, and the list page shows every post.
          blogSidebarCount: 0,
          postsPerPage: 10,
          showReadingTime: true,
          authorsMapPath: 'authors.yml',
          editUrl,
          tags: 'tags.yml',
          onInlineTags: 'throw',
          onInlineAuthors: 'throw',
          onUntruncatedBlogPosts: 'throw',
          feedOptions: {
            type: ['rss', 'atom'],
            title: 'Nyheter – Samordningsteamens metodhandbok',
            description: 'Nyheter om Samordningsteamens metodhandbok.',
            language: 'sv',
            copyright: siteTitle,
          },
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        // lastmod from each page's last commit (showLastUpdateTime on the docs sections); pages
        // without one (src/pages) get none. Needs the git history: a shallow clone gives every page
        // the date of its one commit (the deploy workflow checks out with fetch-depth: 0).
        sitemap: {
          lastmod: 'date',
          ignorePatterns: ['/nyheter/tags/**', '/nyheter/authors/**', '/nyheter/archive'],
        },
      } satisfies Preset.Options,
    ],
  ],

  // The page's scripts start after the first paint (src/config/htmlTemplate.ts).
  ssrTemplate: htmlTemplate,

  // Turns off Docusaurus' prefetching of every visible link's code (src/clientModules/noPrefetch.ts).
  clientModules: ['./src/clientModules/noPrefetch.ts'],

  plugins: [
    // Docusaurus' docs plugin without the list of every page in each page's main.js (plugins/lean-docs).
    [leanDocsPlugin, {path: 'docs', routeBasePath: 'metodhandbok', sidebarPath: './sidebars.ts', ...contentSection} satisfies DocsOptions],
    docsSection('samordningsteamen'),
    docsSection('exempel'),
    methodCatalogPlugin,
    // The results files (src/data/results/years), checked and written for the results pages.
    resultsDataPlugin,
    // The team files (src/data/teams), checked and written for the pages: the list of teams and the profiles.
    teamDataPlugin,
    // Swedish full-text search on the site itself: the index is written after the build (build/pagefind).
    pagefindSearchPlugin,
    // Only the tslib helpers the browser code calls, not all of tslib (plugins/lean-client).
    leanClientPlugin,
    // robots.txt with the sitemap's address (SITE_URL), written after the build.
    robotsTxtPlugin,
    // Source maps next to the minified files: browsers fetch them only when developer tools are open,
    // and errors in the field can be traced to the source (Lighthouse's "valid source maps").
    () => ({name: 'source-maps', configureWebpack: (_config: unknown, isServer: boolean) => (isServer ? {} : {devtool: 'source-map'})}),
  ],

  themeConfig: {
    metadata: [{name: 'theme-color', content: '#0b4f6c'}],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true, autoCollapseCategories: false},
    },
    tableOfContents: {minHeadingLevel: 2, maxHeadingLevel: 3},
    navbar,
    footer,
    // No colour themes for code (src/theme/CodeBlock renders it as plain text): without this the
    // theme's default Prism colours, 1,2 KB, are part of the site config in every page's main.js.
    prism: {theme: {plain: {}, styles: []}, darkTheme: {plain: {}, styles: []}},
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
