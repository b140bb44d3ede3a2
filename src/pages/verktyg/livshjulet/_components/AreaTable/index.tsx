import React, {type ReactNode} from 'react';
import {maxAreas, maxNameLength, minAreas, ratingOf, type WheelState} from '@site/src/tools/livshjulet/model';
import forms from '@site/src/css/forms.module.css';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  onRename: (areaId: string, name: string) => void;
  onValue: (areaId: string, which: 'now' | 'wish', value: number | null) => void;
  onRemove: (areaId: string) => void;
  onAdd: () => void;
  onFocusArea: (areaId: string) => void;
}

function ValueInput({id, label, areaName, value, onChange}: {id: string; label: string; areaName: string; value: number | null; onChange: (value: number | null) => void}): ReactNode {
  return (
    <div className={styles.value}>
      <label htmlFor={`${id}-reglage`}>{label}</label>
      <div className={styles.controls}>
        <input
          id={`${id}-reglage`}
          type="range"
          min={0}
          max={10}
          step={1}
          value={value ?? 0}
          // Every area has these controls: the area's name tells screen-reader users which one.
          aria-label={`${label}, ${areaName}`}
          aria-valuetext={value === null ? 'Inte skattat' : `${value} av 10`}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <input
          type="number"
          min={0}
          max={10}
          step={1}
          inputMode="numeric"
          aria-label={`${label}, ${areaName}, skriv 0–10`}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
          className={styles.number}
        />
      </div>
    </div>
  );
}

/** One row per life area: its name, "hur det är nu" and "dit jag vill", each by slider or typing. */
export default function AreaTable({state, onRename, onValue, onRemove, onAdd, onFocusArea}: Props): ReactNode {
  return (
    <div>
      <ol className={styles.areas}>
        {state.areas.map((area, index) => {
          const rating = ratingOf(state, area.id);
          const prefix = `omrade-${area.id}`;
          return (
            <li key={area.id} className={styles.area}>
              <fieldset>
                <legend className={styles.legend}>
                  <span className={styles.number}>{index + 1}</span> {area.name}
                </legend>
                <label className={`${forms.field} ${styles.name}`}>
                  Namn
                  <input type="text" value={area.name} maxLength={maxNameLength} onChange={(event) => onRename(area.id, event.target.value)} />
                </label>
                <ValueInput id={`${prefix}-nu`} label="Hur det är nu" areaName={area.name} value={rating.now} onChange={(value) => onValue(area.id, 'now', value)} />
                <ValueInput id={`${prefix}-vill`} label="Dit jag vill" areaName={area.name} value={rating.wish} onChange={(value) => onValue(area.id, 'wish', value)} />
                <div className={styles.actions}>
                  <button type="button" className="button button--sm button--outline button--primary" onClick={() => onFocusArea(area.id)}>
                    Samtala om {area.name}
                  </button>
                  <button
                    type="button"
                    className="button button--sm button--outline button--secondary"
                    disabled={state.areas.length <= minAreas}
                    onClick={() => onRemove(area.id)}>
                    Ta bort {area.name}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p>
        <button type="button" className="button button--secondary" disabled={state.areas.length >= maxAreas} onClick={onAdd}>
          Lägg till livsområde
        </button>{' '}
        <span className={styles.hint}>
          Hjulet har {state.areas.length} av högst {maxAreas} områden (minst {minAreas}).
        </span>
      </p>
    </div>
  );
}
