import React, {type ReactNode} from 'react';
import ScrollRegion from '@site/src/components/ScrollRegion';
import {payoffWorkedExamples} from '@site/src/data/payoff';
import {defaultScenario, rates} from '@site/src/tools/kalkyl/assumptions';
import {calculate} from '@site/src/tools/kalkyl/calculate';
import {formatReportLines, formatWholeKronor as kronor} from '@site/src/utils/format';

const example = payoffWorkedExamples.find((candidate) => candidate.id === 'forsorjningsstod-till-arbete');

function stated(labelStart: string): {value: number; lines: string} | null {
  const figure = example?.figures.find((candidate) => candidate.label.startsWith(labelStart))?.figure;
  return figure ? {value: figure.value, lines: figure.lines} : null;
}

/** The report's worked example next to what the calculator gives for the same person. */
export default function ReportComparison(): ReactNode {
  const scenario = defaultScenario();
  const result = calculate(scenario, rates);
  const municipalTax = (12 * scenario.wage * rates.municipalTaxRate) / 100;
  const rows: {label: string; report: {value: number; lines: string} | null; calculator: number}[] = [
    {label: 'Samhället', report: stated('Intäkt för samhället'), calculator: result.annualValue},
    {label: 'Kommunen', report: stated('Intäkt för kommunen'), calculator: result.byActor.kommun},
    {label: 'Varav kommunens skatteintäkt', report: stated('Varav skatteintäkt'), calculator: municipalTax},
  ];
  return (
    <ScrollRegion label="Rapportens exempel och kalkylen">
      <table>
        <caption>Rapportens exempel och kalkylen: en person från försörjningsstöd till heltidsarbete, värde per år</caption>
        <thead>
          <tr>
            <th scope="col">Vem</th>
            <th scope="col">Rapporten (Payoff)</th>
            <th scope="col">Kalkylen</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.report ? `cirka ${kronor(row.report.value)} (${formatReportLines(row.report.lines)})` : '–'}</td>
              <td>{kronor(row.calculator)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
