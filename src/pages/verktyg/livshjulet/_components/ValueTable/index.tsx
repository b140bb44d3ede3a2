import React, {type ReactNode} from 'react';
import {ratingOf, type WheelState} from '@site/src/tools/livshjulet/model';
import ScrollRegion from '@site/src/components/ScrollRegion';

const show = (value: number | null) => (value === null ? '–' : String(value));

/** The wheel's values as a real table: the text alternative, and what the printout shows. */
export default function ValueTable({state, caption}: {state: WheelState; caption: string}): ReactNode {
  return (
    <ScrollRegion label={`Tabell: ${caption}`}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Livsområde</th>
            <th scope="col">Nu (0–10)</th>
            <th scope="col">Dit jag vill (0–10)</th>
            <th scope="col">Steg kvar</th>
            <th scope="col">Anteckning</th>
            <th scope="col">Nästa steg</th>
          </tr>
        </thead>
        <tbody>
          {state.areas.map((area) => {
            const rating = ratingOf(state, area.id);
            const gap = rating.now !== null && rating.wish !== null ? rating.wish - rating.now : null;
            return (
              <tr key={area.id}>
                <th scope="row">{area.name}</th>
                <td>{show(rating.now)}</td>
                <td>{show(rating.wish)}</td>
                <td>{show(gap)}</td>
                <td>{rating.note || '–'}</td>
                <td>{rating.nextStep || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
