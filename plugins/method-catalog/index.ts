/**
 * Local plugin: validates every Metodhandbok page's `method:` front matter when the site is built
 * (a wrong or missing value stops the build, naming file, field and rule) and writes the catalogue
 * the method finder reads: import it from '@generated/method-catalog/default/methods.json'.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildMethodCatalog, type LoadedDoc} from './catalog';

interface DocsContent {
  loadedVersions: {docs: LoadedDoc[]}[];
}

export default function methodCatalogPlugin(_context: LoadContext): Plugin {
  return {
    name: 'method-catalog',
    async allContentLoaded({allContent, actions}) {
      const docsContent = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      if (!docsContent) throw new Error('method-catalog: metodhandbokens dokument (docs) hittades inte.');
      const docs = docsContent.loadedVersions.flatMap((version) => version.docs);
      const {methods, problems} = buildMethodCatalog(docs);
      if (problems.length > 0) {
        throw new Error(`Metodsidornas front matter innehåller fel:\n  ${problems.join('\n  ')}`);
      }
      await actions.createData('methods.json', JSON.stringify(methods));
    },
  };
}
