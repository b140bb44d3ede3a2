import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  legend: string;
  name: string;
  /** value → label */
  options: Readonly<Record<string, string>>;
  selected: readonly string[];
  onToggle: (value: string) => void;
}

/** A group of checkboxes for one kind of filter; any number may be chosen. */
export default function FilterCheckboxes({legend, name, options, selected, onToggle}: Props): ReactNode {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      {Object.entries(options).map(([value, label]) => (
        <label key={value} className={styles.option}>
          <input type="checkbox" name={name} value={value} checked={selected.includes(value)} onChange={() => onToggle(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The list with `value` added, or removed if it was there. */
export function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
