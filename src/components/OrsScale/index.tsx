import React, {type ReactNode} from 'react';
import {orsData} from '@site/src/data/results/ors';
import {formatNumber} from '@site/src/utils/format';
import {countInWords} from '@site/src/utils/numberWords';
import styles from './styles.module.css';


/**
 * How ORS and SRS look on paper, from the data (src/data/results/ors.ts): the areas each line
 * stands for, the line length and the scoring. The forms themselves are not reproduced.
 */
export default function OrsScale({scale = orsData.scale}: {scale?: typeof orsData.scale}): ReactNode {
  const lines = scale.orsAreas.length;
  return (
    <div className={styles.scale}>
      <p>
        Båda skalorna är {countInWords(lines, {neuter: false})} vågräta linjer, {formatNumber(scale.lineLengthCm)} cm långa, en för varje område. Deltagaren sätter ett
        streck på varje linje: längre till vänster betyder sämre, längre till höger bättre. Avståndet från vänster kant mäts i centimeter, så varje
        linje ger 0–{formatNumber(scale.maxPerLine)} och hela skalan 0–{formatNumber(scale.maxTotal)}.
      </p>
      <div className={styles.columns}>
        <div>
          <p className={styles.heading}>ORS: hur deltagaren har haft det</p>
          <ol>
            {scale.orsAreas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ol>
        </div>
        <div>
          <p className={styles.heading}>SRS: hur samtalet var</p>
          <ol>
            {scale.srsAreas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ol>
        </div>
      </div>
      <p className={styles.source}>
        Områdena och linjerna: {scale.formSource.publisher}, <cite>{scale.formSource.title}</cite>. Poängen: <cite>{scale.scoringSource.title}</cite>,{' '}
        {scale.scoringSource.publisher}.
      </p>
    </div>
  );
}
