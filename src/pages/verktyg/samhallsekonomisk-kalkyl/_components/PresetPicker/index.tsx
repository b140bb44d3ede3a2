import React, {type ReactNode} from 'react';
import type {Preset} from '@site/src/tools/kalkyl/presets';
import {describeSource} from '@site/src/tools/kalkyl/describeSource';
import {followLink} from '../goTo';
import styles from './styles.module.css';

interface Props {
  presets: readonly Preset[];
  onPick: (preset: Preset) => void;
  onReset: () => void;
  /**
   * What the last button filled in and the result it gives, shown under the buttons: on a phone
   * the form and the result are screens further down, so the user sees here that something happened.
   */
  picked?: {message: string; sentence: string} | null;
  /** Ids of the form's heading and the result's heading, for the links under the buttons. */
  formId: string;
  resultId: string;
}

/** Ready-made scenarios, each with what it assumes, and "Återställ". */
export default function PresetPicker({presets, onPick, onReset, picked, formId, resultId}: Props): ReactNode {
  return (
    <section aria-labelledby="forval-rubrik" className={styles.section}>
      <h2 id="forval-rubrik">Börja från ett exempel</h2>
      <p>Ett exempel fyller i hela formuläret. Sedan kan du ändra de siffror du vill.</p>
      <ul className={styles.list}>
        {presets.map((preset) => (
          <li key={preset.id} className={styles.item}>
            <button type="button" className="button button--secondary" onClick={() => onPick(preset)}>
              {preset.name}
            </button>
            <details className={styles.details}>
              <summary>Vad exemplet bygger på</summary>
              <p className={styles.description}>{preset.description}</p>
              <p className={styles.source}>Källa: {describeSource(preset.source, {short: true})}</p>
            </details>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--outline button--primary" onClick={onReset}>
        Återställ
      </button>
      <span className={styles.resetNote}> Tillbaka till rapportens exempel, med alla förval.</span>
      {picked && (
        <div className={styles.picked}>
          <p>
            <strong>{picked.message}</strong> {picked.sentence}
          </p>
          <p className={styles.pickedLinks}>
            <a href={`#${formId}`} onClick={followLink}>
              Gå till formuläret
            </a>
            <a href={`#${resultId}`} onClick={followLink}>
              Se hela resultatet
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
