/**
 * Local plugin: reads the results files (src/data/results/years/*.yaml, one per report and year),
 * stops the build on an error with file, field and rule, and writes what the results pages read:
 * '@generated/results-data/default/results.json' (imported by src/data/results/index.ts, so the
 * figures load only on the pages that show them). A new year is a new file; no code changes.
 */
import {join} from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {loadResults, siteResultsDir, type ResultsData} from '../../src/data/results/load';

export default function resultsDataPlugin(context: LoadContext): Plugin {
  return {
    name: 'results-data',
    getPathsToWatch() {
      return [join(context.siteDir, siteResultsDir, '*.{yaml,yml,json}')];
    },
    async loadContent(): Promise<ResultsData> {
      const {data, problems} = loadResults([siteResultsDir], context.siteDir);
      if (problems.length > 0) {
        throw new Error(`Resultatfilerna innehåller fel:\n  ${problems.join('\n  ')}`);
      }
      return data;
    },
    async contentLoaded({content, actions}) {
      await actions.createData('results.json', JSON.stringify(content as ResultsData));
    },
  };
}
