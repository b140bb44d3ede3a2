import React, {type ReactNode} from 'react';
import {fieldElementId} from '@site/src/tools/kalkyl/fields';
import styles from './styles.module.css';

interface Props {
  id: string;
  label: ReactNode;
  /** Plain-Swedish explanation and source, under the label. */
  help?: ReactNode;
  /** e.g. "kr per månad", "personer", "procent" */
  unit: string;
  value: string;
  error?: string;
  /** A narrow field for a few digits (number of people). */
  compact?: boolean;
  onChange: (id: string, text: string) => void;
}

/**
 * A number field that keeps exactly what the user types (spaces and decimal comma allowed), with
 * its unit beside it and any error message tied to it for screen readers.
 */
export default function NumberField({id, label, help, unit, value, error, compact = false, onChange}: Props): ReactNode {
  const fieldId = fieldElementId(id);
  const helpId = `${fieldId}-hjalp`;
  const errorId = `${fieldId}-fel`;
  const describedBy = [error ? errorId : null, help ? helpId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`${styles.field} ${error ? styles.hasError : ''}`}>
      <label htmlFor={fieldId} className={styles.label}>
        {label}
      </label>
      {help && (
        <div id={helpId} className={styles.help}>
          {help}
        </div>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          <span className="sr-only">Fel:</span>{' '}
          {error}
        </p>
      )}
      <div className={styles.inputRow}>
        <input
          id={fieldId}
          name={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(id, event.target.value)}
          className={compact ? `${styles.input} ${styles.compact}` : styles.input}
        />
        <span className={styles.unit} aria-hidden="true">
          {unit}
        </span>
      </div>
    </div>
  );
}
