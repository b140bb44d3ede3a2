import React, {type ReactNode} from 'react';
import {describeGap, gapOf, ratingOf, valueText, type WheelState} from '@site/src/tools/livshjulet/model';
import ScrollRegion from '@site/src/components/ScrollRegion';
import styles from './styles.module.css';


/**
 * The wheel's values as a real table (the text alternative, and what the printout shows), narrow
 * enough for a phone; notes and next steps follow as a list, since they are sentences, not figures.
 */
export default function ValueTable({state, caption}: {state: WheelState; caption: string}): ReactNode {
  const written = state.areas
    .map((area) => ({area, rating: ratingOf(state, area.id)}))
    .filter(({rating}) => rating.note.trim() !== '' || rating.nextStep.trim() !== '');
  return (
    <>
      <ScrollRegion label={`Tabell: ${caption}`}>
        <table className={styles.table}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.areaColumn}>
                Livsområde
              </th>
              <th scope="col" className={styles.nowColumn}>
                Nu <span className={styles.range}>(0–10)</span>
              </th>
              <th scope="col" className={styles.wishColumn}>
                Dit jag vill <span className={styles.range}>(0–10)</span>
              </th>
              <th scope="col">Steg kvar</th>
            </tr>
          </thead>
          <tbody>
            {state.areas.map((area, index) => {
              const rating = ratingOf(state, area.id);
              return (
                <tr key={area.id}>
                  {/* The number is the one the wheel shows on a phone. */}
                  <th scope="row">
                    {index + 1}. {area.name}
                  </th>
                  <td>{valueText(rating.now)}</td>
                  <td>{valueText(rating.wish)}</td>
                  <td>{describeGap(gapOf(rating))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {written.length > 0 && (
        <>
          <h3 className={styles.notesHeading}>Anteckningar och nästa steg</h3>
          <dl className={styles.notes}>
            {written.map(({area, rating}) => (
              <div key={area.id} className={styles.note}>
                <dt>{area.name}</dt>
                {rating.note.trim() !== '' && <dd>Anteckning: {rating.note}</dd>}
                {rating.nextStep.trim() !== '' && <dd>Nästa steg: {rating.nextStep}</dd>}
              </div>
            ))}
          </dl>
        </>
      )}
    </>
  );
}
