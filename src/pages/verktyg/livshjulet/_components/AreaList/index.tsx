import React, {type ReactNode} from 'react';
import {maxAreas, maxNameLength, minAreas, ratingOf, type WheelState} from '@site/src/tools/livshjulet/model';
import forms from '@site/src/css/forms.module.css';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  onRename: (areaId: string, name: string) => void;
  onRate: (areaId: string) => void;
  onRemove: (areaId: string) => void;
  onAdd: () => void;
  onFocusArea: (areaId: string) => void;
}

const shown = (value: number | null) => (value === null ? 'inte skattat' : String(value));

/** The wheel's areas: rename, remove or add, and go to rating or talking about one. */
export default function AreaList({state, onRename, onRate, onRemove, onAdd, onFocusArea}: Props): ReactNode {
  return (
    <div>
      <ol className={styles.areas}>
        {state.areas.map((area, index) => {
          const rating = ratingOf(state, area.id);
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
                <p className={styles.values}>
                  Nu: <strong>{shown(rating.now)}</strong>. Dit jag vill: <strong>{shown(rating.wish)}</strong>.
                </p>
                <div className={styles.actions}>
                  <button id={`skatta-${area.id}`} type="button" className="button button--primary" onClick={() => onRate(area.id)}>
                    Skatta{' '}<span className="sr-only">{area.name}</span>
                  </button>
                  <button type="button" className="button button--outline button--primary" onClick={() => onFocusArea(area.id)}>
                    Samtala om{' '}<span className="sr-only">{area.name}</span>
                  </button>
                </div>
                <div className={styles.remove}>
                  <button
                    id={`ta-bort-${area.id}`}
                    type="button"
                    className="button button--outline button--secondary"
                    disabled={state.areas.length <= minAreas}
                    onClick={() => onRemove(area.id)}>
                    Ta bort{' '}<span className="sr-only">{area.name}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className={styles.add}>
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
