/**
 * Local plugin: the content model of the three sections. When the site is built it validates the
 * front matter of every Metodhandbok page (`method:`), team page (`team:`) and practice example
 * (`example:`), and `sources:` on every page of the three sections — a wrong or missing value stops
 * the build, naming file, field and rule — and writes the catalogues the finders, the fact boxes and
 * the referral page read: '@generated/method-catalog/default/methods.json', '.../teams.json',
 * '.../examples.json' and '.../examplesByMethod.json'.
 *
 * The pages' MDX is handled by remarkPageModel.ts (added to the three docs sections in
 * docusaurus.config.ts): it renders Källor from `sources:` and imports the writer's vocabulary.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {
  buildExampleCatalog,
  buildMethodCatalog,
  buildTeamCatalog,
  examplesByMethod,
  findSourceProblems,
  type LoadedDoc,
} from './catalog';

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
      const methodDocs = docsOf(content, 'default');
      const teamDocs = docsOf(content, 'samordningsteamen');
      const exampleDocs = docsOf(content, 'exempel');
      const {methods, problems: methodProblems} = buildMethodCatalog(methodDocs);
      const {teams, problems: teamProblems} = buildTeamCatalog(teamDocs);
      const {examples, problems: exampleProblems} = buildExampleCatalog(
        exampleDocs,
        methods.map((method) => method.permalink),
      );
      const problems = [
        ...methodProblems,
        ...teamProblems,
        ...exampleProblems,
        ...findSourceProblems([...methodDocs, ...teamDocs, ...exampleDocs]),
      ];
      if (problems.length > 0) {
        throw new Error(`Front matter innehåller fel:\n  ${problems.join('\n  ')}`);
      }
      await actions.createData('methods.json', JSON.stringify(methods));
      await actions.createData('teams.json', JSON.stringify(teams));
      await actions.createData('examples.json', JSON.stringify(examples));
      await actions.createData('examplesByMethod.json', JSON.stringify(examplesByMethod(examples)));
    },
  };
}
