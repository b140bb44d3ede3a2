import React, {type ReactNode} from 'react';
import {maxTextLength, ratingOf, type WheelState} from '@site/src/tools/livshjulet/model';
import {followUpQuestions} from '@site/src/tools/livshjulet/questions';
import forms from '@site/src/css/forms.module.css';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  areaId: string;
  onSelect: (areaId: string) => void;
  onText: (areaId: string, which: 'note' | 'nextStep', text: string) => void;
}

/** Talk about one area: the follow-up questions, a short note and "nästa steg". */
export default function FocusPanel({state, areaId, onSelect, onText}: Props): ReactNode {
  const area = state.areas.find((candidate) => candidate.id === areaId) ?? state.areas[0]!;
  const rating = ratingOf(state, area.id);
  return (
    <div className={styles.panel}>
      <label className={forms.field}>
        Område att samtala om
        <select value={area.id} onChange={(event) => onSelect(event.target.value)}>
          {state.areas.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </select>
      </label>
      <p className={styles.status}>
        {area.name}: nu {rating.now ?? 'inte skattat'}
        {rating.wish !== null && `, dit jag vill ${rating.wish}`}.
      </p>
      <ul className={styles.questions} aria-label={`Frågor om ${area.name}`}>
        {followUpQuestions(rating.now, rating.wish).map((question) => (
          <li key={question}>{question}</li>
        ))}
      </ul>
      <label className={`${forms.field} ${styles.text}`}>
        Anteckning om {area.name}
        <textarea rows={3} maxLength={maxTextLength} value={rating.note} onChange={(event) => onText(area.id, 'note', event.target.value)} />
      </label>
      <label className={`${forms.field} ${styles.text}`}>
        Nästa steg för {area.name}
        <textarea rows={2} maxLength={maxTextLength} value={rating.nextStep} onChange={(event) => onText(area.id, 'nextStep', event.target.value)} />
      </label>
    </div>
  );
}
