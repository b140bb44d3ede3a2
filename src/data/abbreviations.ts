/**
 * The abbreviations the site explains, taken from the glossary: an entry's `abbreviation`
 * (Af for Arbetsförmedlingen) or a term that is itself an abbreviation (SUS, with `expansion`).
 * The Abbr component shows the expansion; a content test requires it on each page's first use.
 */
import {glossary} from './glossary';

export interface KnownAbbreviation {
  /** As written in the text, e.g. "IFO". */
  abbreviation: string;
  /** The glossary entry's id, for the link to /ordlista#id. */
  termId: string;
  /** What it stands for, e.g. "Individ- och familjeomsorgen". */
  expansion: string;
}

export const knownAbbreviations: readonly KnownAbbreviation[] = glossary.flatMap((entry): KnownAbbreviation[] => {
  if (entry.abbreviation) return [{abbreviation: entry.abbreviation, termId: entry.id, expansion: entry.term}];
  if (entry.expansion) return [{abbreviation: entry.term, termId: entry.id, expansion: entry.expansion}];
  return [];
});
