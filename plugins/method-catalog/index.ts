/**
 * Local plugin: validates the front matter of every Metodhandbok page (`method:`) and every
 * practice example (`example:`) when the site is built — a wrong or missing value stops the build,
 * naming file, field and rule — and writes the catalogues the finders read:
 *   '@generated/method-catalog/default/methods.json', '.../examples.json' and '.../examplesByMethod.json'.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildExampleCatalog, buildMethodCatalog, examplesByMethod, type LoadedDoc} from './catalog';

interface DocsContent {
  loadedVersions: {docs: LoadedDoc[]}[];
}

function docsOf(allContent: Record<string, Record<string, unknown> | undefined>, id: string): LoadedDoc[] {
  const content = allContent['docusaurus-plugin-content-docs']?.[id] as DocsContent | undefined;
  if (!content) throw new Error(`method-catalog: dokumentsektionen "${id}" hittades inte.`);
  return content.loadedVersions.flatMap((version) => version.docs);
}

export default function methodCatalogPlugin(_context: LoadContext): Plugin {
  return {
    name: 'method-catalog',
    async allContentLoaded({allContent, actions}) {
      const content = allContent as Record<string, Record<string, unknown> | undefined>;
      const {methods, problems: methodProblems} = buildMethodCatalog(docsOf(content, 'default'));
      const {examples, problems: exampleProblems} = buildExampleCatalog(
        docsOf(content, 'exempel'),
        methods.map((method) => method.permalink),
      );
      const problems = [...methodProblems, ...exampleProblems];
      if (problems.length > 0) {
        throw new Error(`Front matter innehåller fel:\n  ${problems.join('\n  ')}`);
      }
      await actions.createData('methods.json', JSON.stringify(methods));
      await actions.createData('examples.json', JSON.stringify(examples));
      await actions.createData('examplesByMethod.json', JSON.stringify(examplesByMethod(examples)));
    },
  };
}
