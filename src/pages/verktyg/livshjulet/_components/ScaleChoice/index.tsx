import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

const values = Array.from({length: 11}, (_, value) => value);

interface Props {
  /** Unique per page, e.g. "nu-halsa". */
  id: string;
  /** "Hur det är nu" or "Dit jag vill". */
  legend: string;
  areaName: string;
  value: number | null;
  onChange: (value: number | null) => void;
}

/**
 * A 0–10 scale as eleven large radio buttons, so a finger hits the value it means (WCAG 2.5.8) and
 * an unrated area shows no value at all. Arrow keys move along the scale, as in any radio group.
 */
export default function ScaleChoice({id, legend, areaName, value, onChange}: Props): ReactNode {
  const current = value === null ? 'inte skattat' : `${value} av 10`;
  return (
    // The group's name says which area it is; on screen the heading above says that.
    <fieldset className={styles.scale} aria-label={`${legend}, ${areaName}: ${current}`}>
      <legend className={styles.legend}>
        {legend}: <span className={styles.current}>{current}</span>
      </legend>
      <div className={styles.options}>
        {values.map((option) => (
          <label key={option} className={styles.option}>
            <input
              // The radio that a keyboard user lands on: the chosen value, or 0 when none is chosen.
              id={(value === null ? option === 0 : value === option) ? `${id}-val` : undefined}
              type="radio"
              name={id}
              value={option}
              aria-label={option === 0 ? '0, sämst' : option === 10 ? '10, bäst' : undefined} checked={value === option} onChange={() => onChange(option)} />
            {option}
          </label>
        ))}
      </div>
      <button type="button" className={`button button--link ${styles.clear}`} disabled={value === null} onClick={() => onChange(null)}>
        Töm{' '}
        <span className="sr-only">
          {legend.toLowerCase()}, {areaName}
        </span>
      </button>
    </fieldset>
  );
}
