import React, {useState, type ReactNode} from 'react';
import {compareRounds, valueText, type Round} from '@site/src/tools/livshjulet/model';
import ScrollRegion from '@site/src/components/ScrollRegion';
import forms from '@site/src/css/forms.module.css';
import Wheel from '../Wheel';
import {roundName} from '../RoundsPanel';
import styles from './styles.module.css';

const signed = (value: number | null) => (value === null ? '–' : value > 0 ? `+${value}` : String(value));

function RoundSelect({label, rounds, value, onChange}: {label: string; rounds: readonly Round[]; value: string; onChange: (id: string) => void}): ReactNode {
  return (
    <label className={`${forms.field} ${styles.select}`}>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {rounds.map((round) => (
          <option key={round.id} value={round.id}>
            {roundName(round)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Two saved rounds in one wheel and in a table of changes; printed with the wheel. */
export default function RoundComparison({rounds}: {rounds: readonly Round[]}): ReactNode {
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState('');
  const before = rounds.find((round) => round.id === beforeId) ?? rounds[rounds.length - 2];
  const after = rounds.find((round) => round.id === afterId) ?? rounds[rounds.length - 1];
  if (rounds.length < 2 || !before || !after) {
    return <p>Spara två omgångar, till exempel vid inskrivningen och vid uppföljningen, så kan du jämföra dem här.</p>;
  }
  const rows = before.id !== after.id ? compareRounds(before, after) : [];

  return (
    <div className={styles.comparison}>
      <div className={styles.pickers}>
        <RoundSelect label="Före" rounds={rounds} value={before.id} onChange={setBeforeId} />
        <RoundSelect label="Efter" rounds={rounds} value={after.id} onChange={setAfterId} />
      </div>
      {before.id === after.id ? (
        <p>Välj två olika omgångar.</p>
      ) : (
        <>
          <p className={styles.printOnly}>
            Före: {roundName(before)}. Efter: {roundName(after)}.
          </p>
          <ul className={styles.legend} aria-label="Teckenförklaring">
            <li>
              <span className={styles.hatchKey} aria-hidden="true" /> Randigt: {roundName(before)}
            </li>
            <li>
              <span className={styles.outlineKey} aria-hidden="true" /> Heldragen linje: {roundName(after)}
            </li>
          </ul>
          <Wheel
            id="livshjul-jamforelse"
            areas={after.areas}
            layers={[
              {style: 'hatch', label: 'före', values: Object.fromEntries(after.areas.map((area) => [area.id, before.ratings[area.id]?.now ?? null]))},
              {style: 'outline', label: 'efter', values: Object.fromEntries(after.areas.map((area) => [area.id, after.ratings[area.id]?.now ?? null]))},
            ]}
            description={`Jämförelse av "nu" mellan ${roundName(before)} och ${roundName(after)}: ${rows
              .map((row) => `${row.name} ${valueText(row.before)} till ${valueText(row.after)}`)
              .join(', ')}.`}
          />
          <ScrollRegion label="Tabell: förändring mellan omgångarna">
            <table className={styles.table}>
              <caption>Förändring i "hur det är nu"</caption>
              <thead>
                <tr>
                  <th scope="col">Livsområde</th>
                  <th scope="col">
                    Före<span className="sr-only">: {before.label}</span>
                  </th>
                  <th scope="col">
                    Efter<span className="sr-only">: {after.label}</span>
                  </th>
                  <th scope="col">Förändring</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={row.areaId}>
                    <th scope="row">
                      {index < after.areas.length && <span className={styles.areaNumber}>{index + 1}. </span>}
                      {row.name}
                    </th>
                    <td>{valueText(row.before)}</td>
                    <td>{valueText(row.after)}</td>
                    <td>{signed(row.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </div>
  );
}
