/**
 * The result in words: one sentence a board member can read aloud, and a short text to paste into
 * a report, with the assumptions' sources. Plain functions of the result, so the page and the
 * tests say the same thing.
 */
import {formatDecimal, formatInteger, formatKronorToThousand, formatMonths, formatWholeKronor} from '@site/src/utils/format';
import {actorIds, type ActorId, type CalculatorResult, type Scenario} from './calculate';

export const actorNames: Record<ActorId, string> = {
  kommun: 'Kommunen',
  region: 'Regionen',
  arbetsformedlingen: 'Arbetsförmedlingen',
  forsakringskassan: 'Försäkringskassan',
  staten: 'Staten i övrigt',
  deltagaren: 'Deltagarna',
};

/** Kronor rounded to the nearest thousand, for prose: "cirka 387 000 kr". */
export const roundedKronor = formatKronorToThousand;

export function paybackText(result: CalculatorResult): string {
  if (result.paybackMonths === null) return 'betalar sig aldrig, eftersom den inte ger samhället något värde';
  if (result.paybackMonths === 0) return 'har betalat sig direkt, eftersom den inte kostar något';
  const months = result.paybackMonths;
  const years = months >= 24 ? ` (cirka ${formatDecimal(months / 12, 1)} år)` : '';
  return `har betalat sig efter ${formatMonths(months)}${years}`;
}

/** The one sentence: what the intervention returns and when it has paid for itself. */
export function headline(result: CalculatorResult, forecastYears: number): string {
  const value =
    result.annualValue >= 0
      ? `ger samhället cirka ${roundedKronor(result.annualValue)} per år`
      : `kostar samhället cirka ${roundedKronor(-result.annualValue)} mer per år`;
  const forecast =
    result.profitForecast >= 0
      ? `Efter ${forecastYears} år är vinsten cirka ${roundedKronor(result.profitForecast)}.`
      : `Efter ${forecastYears} år återstår cirka ${roundedKronor(-result.profitForecast)} av kostnaden.`;
  return `Insatsen kostar ${roundedKronor(result.totalCost)}, ${value} och ${paybackText(result)}. ${forecast}`;
}

/**
 * The result in one short sentence for the result bar on a phone: what it returns and when it has
 * paid for itself, without the cost the user has just typed.
 */
export function shortHeadline(result: CalculatorResult): string {
  const value =
    result.annualValue >= 0
      ? `ger samhället cirka ${roundedKronor(result.annualValue)} per år`
      : `kostar samhället cirka ${roundedKronor(-result.annualValue)} mer per år`;
  const months = result.paybackMonths;
  const payback =
    months === null
      ? 'betalar sig aldrig'
      : months === 0
        ? 'har betalat sig direkt'
        : `har betalat sig efter ${formatMonths(months)}`;
  return `Insatsen ${value} och ${payback}.`;
}

/** A text to paste into a report or an e-mail. */
export function reportText(input: {result: CalculatorResult; scenario: Scenario; forecastYears: number; url: string; sources: string}): string {
  const {result, scenario, forecastYears, url, sources} = input;
  const actors = actorIds
    .map((actor) => `${actorNames[actor]}: ${roundedKronor(result.byActor[actor])}`)
    .join('; ');
  const lines = [
    `Samhällsekonomisk kalkyl för ${formatInteger(scenario.participants)} deltagare, varav ${formatInteger(result.moved)} går till arbete, arbete med lönestöd eller studier.`,
    headline(result, forecastYears),
    `Värde per år för varje aktör: ${actors}.`,
    result.efficiency === null
      ? 'Verkningsgraden kan inte räknas.'
      : `Verkningsgrad: ${formatDecimal(result.efficiency, 1)} procent. Kostnad per verkningsgrad: ${
          result.costPerEfficiency === null ? 'kan inte räknas' : formatWholeKronor(result.costPerEfficiency)
        }.`,
    `Kalkylen är en förenkling av Payoffs metod. Antaganden: ${sources}.`,
    `Räkna själv: ${url}`,
  ];
  return lines.join('\n');
}
