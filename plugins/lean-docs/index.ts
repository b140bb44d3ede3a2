/**
 * Docusaurus' docs plugin, with one change: the list of every page that it puts in the site's
 * global data is left out. That list (id, path and sidebar of each page) is part of main.js, the
 * script every page of the site loads, and grows with every page: about 80 bytes a page, 80 KB at
 * 1 000 pages (`npm run bench:scale`). The theme reads it only for the navbar's doc and version
 * items, which this site does not use (src/theme/NavbarItem/ComponentTypes.tsx); the pages, the
 * sidebars and the versions are untouched. tests/unit/lean-docs/globalData.test.ts checks the change.
 *
 * Two more cuts in what a docs page loads (tests/unit/lean-docs/pageData.test.ts):
 * - the version's list of pages, which every page of the section loads with the sidebar, keeps id,
 *   title and sidebar but not each page's description (about 150 bytes a page); only the theme's
 *   DocCard shows it, and the site has no card lists;
 * - a page's metadata keeps Docusaurus' own front matter but not the site's content model
 *   (`method:`, `team:`, `example:`, `sources:` …): the components read those from the page's MDX
 *   module (useDoc().frontMatter), where they are anyway, so they were in the page's script twice.
 */
import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, PluginModule} from '@docusaurus/types';

type DocsPlugin = Awaited<ReturnType<typeof docsPlugin>>;
type DocsOptions = Parameters<typeof docsPlugin>[1];

/** The docs plugin's global data without the pages of each version. */
export function withoutPageList(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('versions' in data) || !Array.isArray(data.versions)) return data;
  return {...data, versions: data.versions.map((version: Record<string, unknown>) => ({...version, docs: []}))};
}

/** Front matter keys of the site's content model (plugins/method-catalog), not read by the theme. */
const contentModelKeys = ['method', 'team', 'example', 'lessons', 'sources', 'otherSources'];

/** A page's metadata (the JSON the docs plugin writes for each page) without the content model. */
export function withoutContentModel(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !('frontMatter' in data) || !('permalink' in data)) return data;
  const frontMatter = data.frontMatter as Record<string, unknown>;
  return {...data, frontMatter: Object.fromEntries(Object.entries(frontMatter).filter(([key]) => !contentModelKeys.includes(key)))};
}

interface RouteLike {
  props?: Record<string, unknown>;
  routes?: RouteLike[];
  [key: string]: unknown;
}

/** The docs routes with each version's list of pages without descriptions. */
export function withoutDocDescriptions<T extends RouteLike>(route: T): T {
  const version = route.props?.version as {docs?: Record<string, Record<string, unknown>>} | undefined;
  const docs = version?.docs;
  return {
    ...route,
    ...(docs && typeof docs === 'object'
      ? {
          props: {
            ...route.props,
            version: {...version, docs: Object.fromEntries(Object.entries(docs).map(([id, {description: _description, ...doc}]) => [id, doc]))},
          },
        }
      : {}),
    ...(route.routes ? {routes: route.routes.map(withoutDocDescriptions)} : {}),
  };
}

async function leanDocsPlugin(context: LoadContext, options: DocsOptions): Promise<DocsPlugin> {
  const plugin = await docsPlugin(context, options);
  return {
    ...plugin,
    async contentLoaded(args: Parameters<NonNullable<DocsPlugin['contentLoaded']>>[0]) {
      await plugin.contentLoaded?.({
        ...args,
        actions: {
          ...args.actions,
          setGlobalData: (data: unknown) => args.actions.setGlobalData(withoutPageList(data)),
          addRoute: (route) => args.actions.addRoute(withoutDocDescriptions(route)),
          createData: (name, data) => args.actions.createData(name, typeof data === 'string' ? data : (withoutContentModel(data) as typeof data)),
        },
      });
    },
  };
}

// Docusaurus validates a plugin's options (and fills in the defaults) with the function's validateOptions.
leanDocsPlugin.validateOptions = validateOptions;

// Typed as Docusaurus' plugin modules are, so that it can stand in the config's list of plugins.
export default leanDocsPlugin as unknown as PluginModule;
