/**
 * Reads the results files (YAML or JSON, one per report and year) from one or more folders,
 * checks each against the schema and puts them together. Runs in Node only: when the site is built
 * (plugins/results-data writes the result for the pages, src/data/validate.ts stops the build on an
 * error) and in the tests, which can point it at other folders (tests/fixtures/results/…).
 *
 * The order is the order the pages show: county reports newest year first, then the reports on
 * single teams oldest first.
 */
import {dataFilesIn, fileIssues, formatPath, isObject, readDataFile, type RawObject as Raw} from '../yamlFile';
import {resultFileSchema, type ResultFile} from './fileSchema';
import {boardFiguresSchema, boardListNames, type BoardFigures} from './boardSchema';
import type {CountyYear, PeriodResult, TeamYear} from './schema';

/** Everything the results pages read, put together from all files. */
export interface ResultsData {
  /** What each county report states for the county, newest year first. */
  countyYears: CountyYear[];
  /** One row per team and year, newest year first. */
  teamYears: TeamYear[];
  /** Results reports give in their own terms, oldest first. */
  periodResults: PeriodResult[];
  board: BoardFigures;
}

/** The site's own results files, relative to the site's folder. */
export const siteResultsDir = 'src/data/results/years';

const fileExtension = /\.(ya?ml|json)$/;

/** Fills in what a file may leave out: the file's year on the county and team rows, and the file's team (all), period and year on board entries. */
function withDefaults(raw: Raw): Raw {
  const fileYear = raw.year;
  const filePeriod = raw.period;
  const withYear = (value: unknown) => (isObject(value) && !('year' in value) ? {...value, year: fileYear} : value);
  const board = isObject(raw.board)
    ? Object.fromEntries(
        Object.entries(raw.board).map(([name, list]) => {
          if (!Array.isArray(list) || name === 'nationalComparison') return [name, list];
          return [
            name,
            list.map((entry) =>
              isObject(entry)
                ? {...(name === 'gender' ? {} : {team: null}), period: filePeriod, year: fileYear, ...entry}
                : entry,
            ),
          ];
        }),
      )
    : raw.board;
  return {
    ...raw,
    ...('county' in raw ? {county: withYear(raw.county)} : {}),
    ...(Array.isArray(raw.teams) ? {teams: raw.teams.map(withYear)} : {}),
    ...('board' in raw ? {board} : {}),
  };
}

/** Reads and checks one file; `name` is how messages name it. */
export function readResultFile(path: string, name: string): {file?: ResultFile; problems: string[]} {
  const {raw, problem} = readDataFile(path, name);
  if (problem) return {problems: [problem]};
  if (!isObject(raw)) return {problems: [`${name}: (hela filen): ska vara ett objekt med year, period och county/teams, periods eller board`]};
  const result = resultFileSchema.safeParse(withDefaults(raw));
  return result.success ? {file: result.data, problems: []} : {problems: fileIssues(name, result.error)};
}

const emptyBoard = (): BoardFigures => ({
  fundsNotes: [],
  timeInProgramme: [],
  publicSupport: [],
  education: [],
  nationalComparison: [],
  nationalComparisonNotes: [],
  gender: [],
  genderStatements: [],
  coFunding: [],
  unknowns: [],
});

/**
 * Reads every .yaml, .yml and .json file in `dirs` (absolute, or relative to `root`) and puts them
 * together. `problems` names file, field and rule for each error; with problems, `data` holds what
 * could be read.
 */
export function loadResults(dirs: readonly string[], root: string = process.cwd()): {data: ResultsData; problems: string[]} {
  const problems: string[] = [];
  const files: {name: string; file: ResultFile}[] = [];
  for (const found of dataFilesIn(dirs, root, fileExtension, 'resultatfiler')) {
    if ('problem' in found) {
      problems.push(found.problem);
      continue;
    }
    const {path, name} = found;
    const read = readResultFile(path, name);
    problems.push(...read.problems);
    if (read.file) files.push({name, file: read.file});
  }

  const countyFiles = files.filter(({file}) => file.county).sort((a, b) => b.file.year - a.file.year);
  const otherFiles = files.filter(({file}) => !file.county).sort((a, b) => a.file.year - b.file.year);
  const ordered = [...countyFiles, ...otherFiles];

  const data: ResultsData = {countyYears: [], teamYears: [], periodResults: [], board: emptyBoard()};
  const origins: Partial<Record<keyof BoardFigures, string[]>> = {};
  const firstFileOfYear = new Map<number, string>();
  const periodIds = new Map<string, string>();
  for (const {name, file} of ordered) {
    if (file.county) {
      const earlier = firstFileOfYear.get(file.year);
      if (earlier) problems.push(`${name}: year: ${file.year} finns redan i ${earlier}; en fil per rapport och år`);
      firstFileOfYear.set(file.year, name);
      data.countyYears.push(file.county);
      data.teamYears.push(...(file.teams ?? []));
    }
    file.periods?.forEach((period, index) => {
      const earlier = periodIds.get(period.id);
      if (earlier) problems.push(`${name}: periods[${index}].id: "${period.id}" finns redan i ${earlier}`);
      periodIds.set(period.id, name);
      data.periodResults.push(period);
    });
    for (const list of boardListNames) {
      const entries = file.board?.[list] ?? [];
      (data.board[list] as unknown[]).push(...entries);
      origins[list] = [...(origins[list] ?? []), ...entries.map((_, index) => `${name}: board.${list}[${index}]`)];
    }
    if (file.board?.nationalComparisonNote) data.board.nationalComparisonNotes.push(file.board.nationalComparisonNote);
  }

  // Rules across files: one row per team, period and group; a county report's reasons for all its teams.
  const board = boardFiguresSchema(data.countyYears.map((county) => county.year)).safeParse(data.board);
  if (files.length > 0 && !board.success) {
    for (const issue of board.error.issues) {
      const [list, index, ...rest] = issue.path;
      const origin = typeof index === 'number' ? origins[list as keyof BoardFigures]?.[index] : undefined;
      problems.push(
        origin
          ? `${origin}${rest.length > 0 ? formatPath(['', ...rest]) : ''}: ${issue.message}`
          : `${dirs.join(', ')}: board.${formatPath(issue.path)}: ${issue.message} (i alla filer tillsammans)`,
      );
    }
  }
  return {data, problems};
}
