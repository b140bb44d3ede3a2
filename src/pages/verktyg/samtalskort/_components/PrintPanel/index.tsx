import React, {type ReactNode} from 'react';
import {cardCount} from '@site/src/tools/samtalskort/deck';
import styles from './styles.module.css';

export interface PrintChoice {
  what: 'urval' | 'uppsattning';
  how: 'kort' | 'lista';
  easy: boolean;
}

interface Props {
  choice: PrintChoice;
  filtered: number;
  inSet: number;
  setName: string;
  onChange: (choice: PrintChoice) => void;
  onPrint: () => void;
}

/** What to print (the filter or the set), how (cards to cut out or a list), and which wording. */
export default function PrintPanel({choice, filtered, inSet, setName, onChange, onPrint}: Props): ReactNode {
  const count = choice.what === 'urval' ? filtered : inSet;
  return (
    <div className={styles.panel}>
      <fieldset className={styles.group}>
        <legend>Vad vill du skriva ut?</legend>
        <label>
          <input type="radio" name="skriv-vad" checked={choice.what === 'urval'} onChange={() => onChange({...choice, what: 'urval'})} /> Korten i urvalet ({cardCount(filtered)})
        </label>
        <label>
          <input type="radio" name="skriv-vad" checked={choice.what === 'uppsattning'} onChange={() => onChange({...choice, what: 'uppsattning'})} /> {setName || 'Uppsättningen'} ({cardCount(inSet)})
        </label>
      </fieldset>
      <fieldset className={styles.group}>
        <legend>Hur?</legend>
        <label>
          <input type="radio" name="skriv-hur" checked={choice.how === 'kort'} onChange={() => onChange({...choice, how: 'kort'})} /> Som kort att klippa ut, 8 på varje A4
        </label>
        <label>
          <input type="radio" name="skriv-hur" checked={choice.how === 'lista'} onChange={() => onChange({...choice, how: 'lista'})} /> Som en lista med frågorna
        </label>
      </fieldset>
      <label className={styles.check}>
        <input type="checkbox" checked={choice.easy} onChange={(event) => onChange({...choice, easy: event.target.checked})} /> Med enklare svenska
      </label>
      <div>
        <button type="button" className="button button--primary" disabled={count === 0} onClick={onPrint}>
          Skriv ut
        </button>
      </div>
      <p className={styles.hint}>
        Korten skrivs ut med frågan på framsidan och typen på baksidan. Skriv ut dubbelsidigt och vänd längs långsidan, så hamnar
        baksidan bakom rätt kort. Klipp längs de streckade linjerna. Utskriften fungerar i svartvitt.
      </p>
    </div>
  );
}
