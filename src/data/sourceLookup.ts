import {sources, type SourceId, type SourceReport} from './sources';

/** The report with this id. Ids are a closed union, so a miss means the data file lost an entry. */
export function sourceById(id: SourceId): SourceReport {
  const source = sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`src/data/sources.ts: källan "${id}" saknas`);
  return source;
}
