import React, {type ReactNode} from 'react';
import type {Preset} from '@site/src/tools/kalkyl/presets';
import {describeSource} from '@site/src/tools/kalkyl/describeSource';
import styles from './styles.module.css';

interface Props {
  presets: readonly Preset[];
  onPick: (preset: Preset) => void;
  onReset: () => void;
}

/** Ready-made scenarios, each with what it assumes, and "Återställ". */
export default function PresetPicker({presets, onPick, onReset}: Props): ReactNode {
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
    </section>
  );
}
