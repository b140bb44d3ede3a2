import React, {type ReactNode} from 'react';
import {toggled} from '@site/src/components/FilterCheckboxes';
import {cardPhases, cardTypes, type CardPhaseId, type CardTypeId} from '@site/src/data/conversationCards';
import type {Filter} from '@site/src/tools/samtalskort/deck';
import styles from './styles.module.css';

interface Props {
  filter: Filter;
  onTypes: (types: CardTypeId[]) => void;
  onPhases: (phases: CardPhaseId[]) => void;
}

function Group<T extends string>({legend, name, options, selected, onChange}: {legend: string; name: string; options: Record<T, string>; selected: readonly T[]; onChange: (values: T[]) => void}): ReactNode {
  return (
    <fieldset className={styles.group}>
      <legend>{legend}</legend>
      <div className={styles.options}>
        {(Object.entries(options) as [T, string][]).map(([value, label]) => (
          <label key={value} className={styles.option}>
            <input type="checkbox" name={name} value={value} checked={selected.includes(value)} onChange={() => onChange(toggled(selected, value) as T[])} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const typeLabels = Object.fromEntries(Object.entries(cardTypes).map(([id, type]) => [id, type.label])) as Record<CardTypeId, string>;

/** Type and phase, as two groups of large checkboxes; nothing chosen means all. */
export default function CardFilter({filter, onTypes, onPhases}: Props): ReactNode {
  return (
    <div className={styles.filters}>
      <Group legend="Fas" name="fas" options={cardPhases} selected={filter.phases} onChange={onPhases} />
      <Group legend="Typ av fråga" name="typ" options={typeLabels} selected={filter.types} onChange={onTypes} />
    </div>
  );
}
