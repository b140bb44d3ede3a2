/**
 * Docusaurus' docs plugin, with one change: the list of every page that it puts in the site's
 * global data is left out. That list (id, path and sidebar of each page) is part of main.js, the
 * script every page of the site loads, and grows with every page: about 80 bytes a page, 80 KB at
 * 1 000 pages (`npm run bench:scale`). The theme reads it only for the navbar's doc and version
 * items, which this site does not use (src/theme/NavbarItem/ComponentTypes.tsx); the pages, the
 * sidebars and the versions are untouched. tests/unit/lean-docs/globalData.test.ts checks the change.
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

async function leanDocsPlugin(context: LoadContext, options: DocsOptions): Promise<DocsPlugin> {
  const plugin = await docsPlugin(context, options);
  return {
    ...plugin,
    async contentLoaded(args: Parameters<NonNullable<DocsPlugin['contentLoaded']>>[0]) {
      await plugin.contentLoaded?.({
        ...args,
        actions: {...args.actions, setGlobalData: (data: unknown) => args.actions.setGlobalData(withoutPageList(data))},
      });
    },
  };
}

// Docusaurus validates a plugin's options (and fills in the defaults) with the function's validateOptions.
leanDocsPlugin.validateOptions = validateOptions;

// Typed as Docusaurus' plugin modules are, so that it can stand in the config's list of plugins.
export default leanDocsPlugin as unknown as PluginModule;
