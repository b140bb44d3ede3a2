import React, {useState, type ReactNode} from 'react';
import {localIsoDate, maxNameLength, type Round, type WheelState} from '@site/src/tools/livshjulet/model';
import forms from '@site/src/css/forms.module.css';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  /** Today's date once the page runs in the browser; empty in the built HTML, which has no date of its own. */
  today: string;
  onSave: (label: string, date: string) => void;
  onDelete: (roundId: string) => void;
}

export function roundName(round: Round): string {
  return `${round.label} (${round.date})`;
}

/** Save the wheel as a dated round, and see or remove the saved rounds. */
export default function RoundsPanel({state, today, onSave, onDelete}: Props): ReactNode {
  const [label, setLabel] = useState(state.rounds.length === 0 ? 'Inskrivning' : 'Uppföljning 3 mån');
  const [date, setDate] = useState('');
  const rounds = state.rounds;

  return (
    <div className={styles.panel}>
      <form
        className={styles.save}
        onSubmit={(event) => {
          event.preventDefault();
          onSave(label, date || today || localIsoDate());
          setLabel('Uppföljning 3 mån');
        }}>
        <label className={forms.field}>
          Namn på omgången
          <input type="text" value={label} maxLength={maxNameLength} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <label className={forms.field}>
          Datum
          <input type="date" value={date || today} onChange={(event) => setDate(event.target.value)} />
        </label>
        <button type="submit" className="button button--primary">
          Spara omgång
        </button>
      </form>

      {rounds.length === 0 ? (
        <p>Inga omgångar är sparade ännu. Spara den första när ni har fyllt i hjulet, till exempel vid inskrivningen.</p>
      ) : (
        <ul className={styles.list} aria-label="Sparade omgångar">
          {rounds.map((round) => (
            <li key={round.id} className={styles.round}>
              <span className={styles.roundName}>{roundName(round)}</span>
              <button id={`ta-bort-${round.id}`} type="button" className="button button--outline button--secondary" onClick={() => onDelete(round.id)}>
                Ta bort{' '}<span className="sr-only">{round.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
