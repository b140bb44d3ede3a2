/** Where an assumption comes from, in words for the page and the text summary. */
import type {AssumptionSource} from '@site/src/data/socioEconomicCalculator';
import {sources, type SourceId} from '@site/src/data/sources';
import {formatReportLines} from '@site/src/utils/format';

/** Short names for the reports, for a field's help text; "Källor" has the full reference. */
const shortNames: Record<SourceId, string> = {
  'nns-fantastiska-resultat': 'NNS-rapporten 2016 (Payoff)',
  'arsrapport-2024': 'Årsrapport 2024, Västmanland',
  'hs-teamets-delning': 'Rapporten om HS-teamets delning',
  'hallstahammar-2019': 'Årsrapport Hallstahammar 2019',
  'avesta-2021-2022': 'Helårsrapport Avesta 2021–2022',
};

function reportTitle(id: string): string {
  const report = sources.find((source) => source.id === id);
  return report ? `${report.title} (${report.publisher}, ${report.year})` : id;
}

/**
 * "Rapport …, rad 508", "Beräknat: …", "Skatteverket: …" or "Ingen källa: …".
 *  names a report briefly, for help text next to a field.
 */
export function describeSource(source: AssumptionSource, {short = false}: {short?: boolean} = {}): string {
  const report = (id: SourceId) => (short ? shortNames[id] : reportTitle(id));
  switch (source.kind) {
    case 'rapport':
      return `${report(source.report)}, ${formatReportLines(source.lines)}`;
    case 'beraknat':
      return source.report && source.lines
        ? `Beräknat: ${source.how} Underlag: ${report(source.report)}, ${formatReportLines(source.lines)}.`
        : `Beräknat: ${source.how}`;
    case 'extern':
      return `${source.publisher}: ${source.name}`;
    case 'saknas':
      return `Ingen källa: ${source.why}`;
  }
}

/** The publishers and reports behind a set of assumptions, once each: for the text to paste. */
export function sourceNames(list: readonly AssumptionSource[]): string {
  const names = new Set<string>();
  for (const source of list) {
    if (source.kind === 'rapport' || (source.kind === 'beraknat' && source.report)) {
      const report = sources.find((candidate) => candidate.id === source.report);
      if (report) names.add(`${report.publisher} ${report.year}`);
    } else if (source.kind === 'extern') names.add(source.publisher);
  }
  return [...names].join(', ');
}
