/**
 * Reading the editors' data files (YAML or JSON) in Node, the same way for every loader
 * (results/load.ts, teamLoad.ts): a syntax error names the line and column, and a schema error
 * names file, field and rule, `file: field: rule`.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {isAbsolute, join, relative} from 'node:path';
import yaml from 'js-yaml';
import type {z} from './zod';

/** "teams[4].referrals.rows" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}

/** One line per issue: `file: field: rule`; `prefix` is put before each issue's path. */
export function fileIssues(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return `${file}: ${path === '' ? '(hela filen)' : path}: ${issue.message}`;
  });
}

/**
 * Parses a file as YAML (js-yaml's core schema: no dates, no custom types) or, for .json, as JSON;
 * `name` is how the message names the file.
 */
export function readDataFile(path: string, name: string): {raw: unknown; problem?: undefined} | {raw?: undefined; problem: string} {
  try {
    const source = readFileSync(path, 'utf8');
    return {raw: path.endsWith('.json') ? JSON.parse(source) : yaml.load(source, {schema: yaml.CORE_SCHEMA, filename: name})};
  } catch (error) {
    const mark = (error as {mark?: {line: number; column: number}}).mark;
    const where = mark ? `rad ${mark.line + 1}, kolumn ${mark.column + 1}` : 'filen';
    const reason = (error as {reason?: string}).reason ?? (error as Error).message;
    return {problem: `${name}: ${where}: går inte att läsa (${reason}); kontrollera indrag, kolon och citattecken`};
  }
}

export type RawObject = Record<string, unknown>;
export const isObject = (value: unknown): value is RawObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A data file found in a folder; `name` is the path messages use. */
export interface DataFile {
  path: string;
  name: string;
  entry: string;
}

/**
 * The files in `dirs` (absolute, or relative to `root`) whose names match `extension`, sorted by
 * name within each folder, in the order of `dirs`. A folder that does not exist is a problem in its
 * place in that order: "<folder>: mappen med <what> finns inte".
 */
export function dataFilesIn(dirs: readonly string[], root: string, extension: RegExp, what: string): (DataFile | {problem: string})[] {
  return dirs.flatMap((dir): (DataFile | {problem: string})[] => {
    const absolute = isAbsolute(dir) ? dir : join(root, dir);
    if (!existsSync(absolute)) return [{problem: `${relative(root, absolute) || absolute}: mappen med ${what} finns inte`}];
    return readdirSync(absolute)
      .filter((file) => extension.test(file))
      .sort()
      .map((entry) => {
        const path = join(absolute, entry);
        return {path, name: relative(root, path), entry};
      });
  });
}
