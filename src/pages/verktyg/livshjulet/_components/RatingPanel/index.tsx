import React, {type ReactNode} from 'react';
import {describeGap, gapOf, ratingOf, type WheelState} from '@site/src/tools/livshjulet/model';
import forms from '@site/src/css/forms.module.css';
import ScaleChoice from '../ScaleChoice';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  areaId: string;
  onSelect: (areaId: string) => void;
  onValue: (areaId: string, which: 'now' | 'wish', value: number | null) => void;
}

/**
 * Rate one area at a time, beside the wheel (under it on a phone, where the wheel stays in view),
 * so that the wheel is seen to change as the participant answers.
 */
export default function RatingPanel({state, areaId, onSelect, onValue}: Props): ReactNode {
  const index = Math.max(0, state.areas.findIndex((area) => area.id === areaId));
  const area = state.areas[index]!;
  const rating = ratingOf(state, area.id);
  const previous = state.areas[(index - 1 + state.areas.length) % state.areas.length]!;
  const next = state.areas[(index + 1) % state.areas.length]!;
  const gap = gapOf(rating);

  return (
    <div className={styles.panel}>
      <div className={styles.nav}>
        <button type="button" className="button button--secondary" onClick={() => onSelect(previous.id)} aria-label={`Förra området: ${previous.name}`}>
          ‹ Förra
        </button>
        <label className={`${forms.field} ${styles.picker}`}>
          <span className="sr-only">Område att skatta</span>
          <select value={area.id} onChange={(event) => onSelect(event.target.value)}>
            {state.areas.map((candidate, candidateIndex) => (
              <option key={candidate.id} value={candidate.id}>
                {candidateIndex + 1}. {candidate.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--secondary" onClick={() => onSelect(next.id)} aria-label={`Nästa område: ${next.name}`}>
          Nästa ›
        </button>
      </div>
      <h3 id="skatta-omrade" className={styles.title} aria-live="polite">
        <span className={styles.number} aria-hidden="true">
          {index + 1}
        </span>{' '}
        {area.name}
      </h3>
      <ScaleChoice id={`nu-${area.id}`} legend="Hur det är nu" areaName={area.name} value={rating.now} onChange={(value) => onValue(area.id, 'now', value)} />
      <ScaleChoice id={`vill-${area.id}`} legend="Dit jag vill" areaName={area.name} value={rating.wish} onChange={(value) => onValue(area.id, 'wish', value)} />
      {gap.kind !== 'unknown' && <p className={styles.gap}>Steg kvar: {describeGap(gap)}.</p>}
    </div>
  );
}
