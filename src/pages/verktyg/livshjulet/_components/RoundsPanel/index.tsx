import React, {useState, type ReactNode} from 'react';
import {compareRounds, maxNameLength, type Round, type WheelState} from '@site/src/tools/livshjulet/model';
import ScrollRegion from '@site/src/components/ScrollRegion';
import forms from '@site/src/css/forms.module.css';
import Wheel from '../Wheel';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  today: string;
  onSave: (label: string, date: string) => void;
  onDelete: (roundId: string) => void;
}

const show = (value: number | null) => (value === null ? '–' : String(value));
const signed = (value: number | null) => (value === null ? '–' : value > 0 ? `+${value}` : String(value));

function roundName(round: Round): string {
  return `${round.label} (${round.date})`;
}

function RoundSelect({label, rounds, value, onChange}: {label: string; rounds: readonly Round[]; value: string; onChange: (id: string) => void}): ReactNode {
  return (
    <label className={forms.field}>
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

/** Save dated rounds, and compare two of them in one wheel and in a table of changes. */
export default function RoundsPanel({state, today, onSave, onDelete}: Props): ReactNode {
  const [label, setLabel] = useState(state.rounds.length === 0 ? 'Inskrivning' : 'Uppföljning 3 mån');
  const [date, setDate] = useState('');
  const [beforeId, setBeforeId] = useState('');
  const [afterId, setAfterId] = useState('');
  const rounds = state.rounds;
  const before = rounds.find((round) => round.id === beforeId) ?? rounds[rounds.length - 2];
  const after = rounds.find((round) => round.id === afterId) ?? rounds[rounds.length - 1];
  const rows = before && after && before.id !== after.id ? compareRounds(before, after) : [];

  return (
    <div className={styles.panel}>
      <form
        className={styles.save}
        onSubmit={(event) => {
          event.preventDefault();
          onSave(label, date || today);
          setLabel('Uppföljning 3 mån');
        }}>
        <label className={forms.field}>
          Namn på omgången
          <input type="text" value={label} maxLength={maxNameLength} onChange={(event) => setLabel(event.target.value)} />
        </label>
        <label className={forms.field}>
          Datum
          <input type="date" value={date || today} onChange={(event) => setDate(event.target.value)} />
        </label>
        <button type="submit" className="button button--primary">
          Spara omgång
        </button>
      </form>

      {rounds.length === 0 ? (
        <p>Inga omgångar är sparade ännu. Spara den första när ni har fyllt i hjulet, till exempel vid inskrivningen.</p>
      ) : (
        <ul className={styles.list} aria-label="Sparade omgångar">
          {rounds.map((round) => (
            <li key={round.id}>
              {roundName(round)}{' '}
              <button type="button" className="button button--sm button--link" onClick={() => onDelete(round.id)}>
                Ta bort {round.label}
              </button>
            </li>
          ))}
        </ul>
      )}

      {rounds.length >= 2 && before && after && (
        <section aria-labelledby="jamfor-rubrik">
          <h3 id="jamfor-rubrik">Jämför två omgångar</h3>
          <div className={styles.pickers}>
            <RoundSelect label="Före" rounds={rounds} value={before.id} onChange={setBeforeId} />
            <RoundSelect label="Efter" rounds={rounds} value={after.id} onChange={setAfterId} />
          </div>
          {before.id === after.id ? (
            <p>Välj två olika omgångar.</p>
          ) : (
            <>
              <p className={styles.legend}>
                <span className={styles.hatchKey} aria-hidden="true" /> Randigt: {roundName(before)}.{' '}
                <span className={styles.outlineKey} aria-hidden="true" /> Heldragen linje: {roundName(after)}.
              </p>
              <Wheel
                id="livshjul-jamforelse"
                areas={after.areas}
                layers={[
                  {style: 'hatch', label: 'före', values: Object.fromEntries(after.areas.map((area) => [area.id, before.ratings[area.id]?.now ?? null]))},
                  {style: 'outline', label: 'efter', values: Object.fromEntries(after.areas.map((area) => [area.id, after.ratings[area.id]?.now ?? null]))},
                ]}
                description={`Jämförelse av "nu" mellan ${roundName(before)} och ${roundName(after)}: ${rows
                  .map((row) => `${row.name} ${show(row.before)} till ${show(row.after)}`)
                  .join(', ')}.`}
              />
              <ScrollRegion label="Tabell: förändring mellan omgångarna">
                <table>
                  <caption>Förändring i "hur det är nu"</caption>
                  <thead>
                    <tr>
                      <th scope="col">Livsområde</th>
                      <th scope="col">{before.label}</th>
                      <th scope="col">{after.label}</th>
                      <th scope="col">Förändring</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.areaId}>
                        <th scope="row">{row.name}</th>
                        <td>{show(row.before)}</td>
                        <td>{show(row.after)}</td>
                        <td>{signed(row.change)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </>
          )}
        </section>
      )}
    </div>
  );
}
