/**
 * What the page says about the result in a few words: the result bar's sentence and link, and the
 * error summary's line under its heading. Plain functions of the state, so each case is tested.
 */
import type {CalculatorResult} from './calculate';
import type {ErrorEntry} from './errors';
import type {FormValues} from './fields';
import {shortHeadline} from './summary';

export interface ResultStatus {
  sentence: string;
  link: {href: string; text: string};
}

interface Input {
  /** The result shown; null when there has been no valid scenario since a shared link was opened. */
  result: CalculatorResult | null;
  /** False while the form has errors. */
  isCurrent: boolean;
  entries: readonly ErrorEntry[];
  /** Where "Se hela resultatet" and "Gå till felen" lead. */
  resultHref: string;
  summaryHref: string;
}

/**
 * The sentence, with a link to the whole result; with errors, what stands in the way, with a link
 * to the field (one error) or to the summary that lists them (several). Never an old result.
 */
export function resultStatus({result, isCurrent, entries, resultHref, summaryHref}: Input): ResultStatus {
  if (isCurrent && result) return {sentence: shortHeadline(result), link: {href: resultHref, text: 'Se hela resultatet'}};
  const first = entries[0];
  const one = entries.length === 1 && first !== undefined;
  const link = one ? {href: first.href, text: 'Gå till felet'} : {href: summaryHref, text: 'Gå till felen'};
  if (result === null) return {sentence: `Inget resultat än. Rätta först ${one ? 'felet' : 'felen'} i formuläret.`, link};
  return {
    sentence: `${one ? 'Ett fält har fel. Rätta det' : `${entries.length} fält har fel. Rätta dem`} för att se ett nytt resultat.`,
    link,
  };
}

/** The line under the error summary's heading: what the errors mean for the result, and whether the link wrote them. */
export function summaryIntro(hasResult: boolean, entries: readonly ErrorEntry[], linkValues: FormValues): string {
  if (hasResult) return 'Resultatet nedan gäller de senaste giltiga värdena tills du har rättat.';
  const fromLink = entries.filter((entry) => entry.id in linkValues).length;
  const link = fromLink === 0 ? '' : `Länken du öppnade har ${fromLink === 1 ? 'ett värde' : 'värden'} som inte går att räkna med. `;
  return `${link}Inget resultat visas förrän du har rättat.`;
}
