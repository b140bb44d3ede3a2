/**
 * Checks every data file against its schema. Used by docusaurus.config.ts (so `npm start` and
 * `npm run build` stop on bad data) and by the unit tests.
 */
import type {z} from './zod';
import {glossarySchema, groupFormatListSchema, payoffSchema, sourceListSchema} from './schemas';
import {payoffComparison, payoffKeyFigures, payoffList, payoffWorkedExamples} from './payoff';
import {sources} from './sources';
import {glossary} from './glossary';
import {groupFormats} from './groupFormats';
import {loadResults, siteResultsDir} from './results/load';
import {orsDataSchema} from './results/orsSchema';
import {orsData} from './results/ors';
import {loadTeams, siteTeamsDir} from './teamLoad';
import {calculatorAssumptions, calculatorInputs, calculatorPresets, teamPresetRules} from './socioEconomicCalculator';
import {conversationCards} from './conversationCards';
import {findDeckProblems} from './conversationCardsSchema';
import {assumptionRecordSchema, calculatorInputListSchema, calculatorPresetSchema, teamPresetRuleSchema} from './socioEconomicCalculatorSchema';

/** One line per problem: `file: export[index].field: rule`. */
export function describeIssues(file: string, exportName: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
      .join('');
    return `${file}: ${exportName}${path}: ${issue.message}`;
  });
}

/** Validates `data` and returns the problems found, each naming file, field and rule. */
export function checkData<T extends z.ZodType>(schema: T, data: unknown, file: string, exportName: string): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : describeIssues(file, exportName, result.error);
}

/** Every problem in the site's data files; `siteDir` is the site's folder (the results files are read from it). */
export function findSiteDataProblems(siteDir: string = process.cwd()): string[] {
  return [
    // One file per team (src/data/teams/<id>.yaml): the other files may name only these teams.
    ...loadTeams([siteTeamsDir], siteDir).problems,
    ...checkData(sourceListSchema, sources, 'src/data/sources.ts', 'sources'),
    ...checkData(glossarySchema, glossary, 'src/data/glossary.ts', 'glossary'),
    ...checkData(groupFormatListSchema, groupFormats, 'src/data/groupFormats.ts', 'groupFormats'),
    ...checkData(
      payoffSchema,
      {keyFigures: payoffKeyFigures, workedExamples: payoffWorkedExamples, list: payoffList, comparison: payoffComparison},
      'src/data/payoff.ts',
      'payoff',
    ),
    // One file per report and year (src/data/results/years/*.yaml): file, field and rule.
    ...loadResults([siteResultsDir], siteDir).problems,
    ...checkData(orsDataSchema, orsData, 'src/data/results/ors.ts', 'orsData'),
    ...checkData(assumptionRecordSchema, calculatorAssumptions, 'src/data/socioEconomicCalculator.ts', 'calculatorAssumptions'),
    ...checkData(calculatorInputListSchema, calculatorInputs, 'src/data/socioEconomicCalculator.ts', 'calculatorInputs'),
    ...calculatorPresets.flatMap((preset, index) =>
      checkData(calculatorPresetSchema, preset, 'src/data/socioEconomicCalculator.ts', `calculatorPresets[${index}]`),
    ),
    ...teamPresetRules.flatMap((rule, index) =>
      checkData(teamPresetRuleSchema, rule, 'src/data/socioEconomicCalculator.ts', `teamPresetRules[${index}]`),
    ),
    ...findDeckProblems(conversationCards),
  ];
}

export function assertSiteDataIsValid(): void {
  const problems = findSiteDataProblems();
  if (problems.length > 0) {
    throw new Error(`Datafilerna innehåller fel:\n  ${problems.join('\n  ')}`);
  }
}
