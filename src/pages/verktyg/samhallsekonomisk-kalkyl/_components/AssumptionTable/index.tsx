import React, {type ReactNode} from 'react';
import ScrollRegion from '@site/src/components/ScrollRegion';
import type {Assumption} from '@site/src/data/socioEconomicCalculator';
import {describeSource} from '@site/src/tools/kalkyl/describeSource';
import {formatFieldDefault} from '@site/src/utils/format';

function valueText(assumption: Assumption): string {
  return formatFieldDefault(assumption.value, assumption.unit);
}

/** Every constant the calculation uses, with value, year and source, straight from the data file. */
export default function AssumptionTable({assumptions, caption}: {assumptions: readonly Assumption[]; caption: string}): ReactNode {
  return (
    <ScrollRegion label={caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Antagande</th>
            <th scope="col">Värde</th>
            <th scope="col">År</th>
            <th scope="col">Vad det är</th>
            <th scope="col">Källa</th>
          </tr>
        </thead>
        <tbody>
          {assumptions.map((assumption) => (
            <tr key={assumption.id}>
              <th scope="row">
                {assumption.name}
                <br />
                <code>{assumption.id}</code>
              </th>
              <td>{valueText(assumption)}</td>
              <td>{assumption.year}</td>
              <td>{assumption.explanation}</td>
              <td>{describeSource(assumption.source)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
