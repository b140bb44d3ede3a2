import React, {useRef, useState, type ReactNode} from 'react';
import UndoNotice from '@site/src/components/UndoNotice';
import {download} from '@site/src/tools/livshjulet/download';
import {cardById, cardCount} from '@site/src/tools/samtalskort/deck';
import {setSearch} from '@site/src/tools/samtalskort/setLink';
import {
  activeSet,
  addSet,
  chooseSet,
  maxSetNameLength,
  maxSets,
  mergeSets,
  removeSet,
  renameSet,
  restorePin,
  restoreSet,
  unpin,
  type CardSet,
  type MergeResult,
  type SetsState,
} from '@site/src/tools/samtalskort/sets';
import {readImport, writeStored} from '@site/src/tools/samtalskort/storage';
import styles from './styles.module.css';

interface Props {
  state: SetsState;
  update: (change: (state: SetsState) => SetsState) => void;
  onShow: (ids: string[], index: number) => void;
  onClear: () => void;
}

type Removed = {kind: 'card'; setId: string; cardId: string; index: number} | {kind: 'set'; set: CardSet; index: number} | null;
type Message = {kind: 'ok' | 'error'; text: string} | null;

const sets = (count: number) => (count === 1 ? '1 uppsättning' : `${count} uppsättningar`);

function mergeMessage(fileName: string, result: MergeResult): string {
  const parts = [`${sets(result.added)} från ${fileName} är tillagda. Dina egna uppsättningar är som förut.`];
  if (result.duplicates > 0) parts.push(`${sets(result.duplicates)} fanns redan och lades inte till en gång till.`);
  if (result.dropped > 0) parts.push(`${sets(result.dropped)} fick inte plats (högst ${maxSets}). Ta bort en uppsättning och öppna filen igen.`);
  return parts.join(' ');
}

function focusSoon(id: string): void {
  window.requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** The active set: its cards, a link to share it, a file to keep it, and clearing everything. */
export default function SetPanel({state, update, onShow, onClear}: Props): ReactNode {
  const set = activeSet(state);
  const [removed, setRemoved] = useState<Removed>(null);
  const [link, setLink] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const today = new Date().toISOString().slice(0, 10);

  async function importFile(file: File): Promise<void> {
    const result = readImport(file.size, file.size > 256 * 1024 ? '' : await file.text());
    if (!result.ok) {
      setMessage({kind: 'error', text: `${result.message} Det du redan hade är kvar.`});
      return;
    }
    let merged: MergeResult | null = null;
    update((old) => {
      merged = mergeSets(old, result.state.sets);
      return merged.state;
    });
    // The update runs at once for a plain state setter; read its outcome for the message.
    window.setTimeout(() => merged && setMessage({kind: 'ok', text: mergeMessage(file.name, merged)}), 0);
  }

  async function share(): Promise<void> {
    const url = `${window.location.origin}${window.location.pathname}${setSearch(set.cards.filter((id) => cardById(id)), set.name)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setMessage({kind: 'ok', text: 'Länken är kopierad. Klistra in den i ett meddelande till en kollega.'});
    } catch {
      setMessage({kind: 'ok', text: 'Markera länken och kopiera den.'});
      focusSoon('lank-till-uppsattningen');
    }
  }

  return (
    <div className={styles.panel}>
      <div className={styles.fields}>
        {state.sets.length > 1 && (
          <label className={styles.field}>
            Uppsättning
            <select
              value={set.id}
              onChange={(event) => {
                update((old) => chooseSet(old, event.target.value));
                setLink(null);
              }}>
              {state.sets.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name || 'Utan namn'} ({cardCount(option.cards.length)})
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={styles.field}>
          Namn på uppsättningen
          <input type="text" value={set.name} maxLength={maxSetNameLength} onChange={(event) => update((old) => renameSet(old, set.id, event.target.value))} />
        </label>
      </div>

      {removed?.kind === 'card' && (
        <UndoNotice
          text={`${cardById(removed.cardId)?.text ?? removed.cardId} är borttaget ur uppsättningen.`}
          onUndo={() => {
            update((old) => restorePin(old, removed.setId, removed.cardId, removed.index));
            setRemoved(null);
            focusSoon(`ta-bort-${removed.cardId}`);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}
      {removed?.kind === 'set' && (
        <UndoNotice
          text={`Uppsättningen ${removed.set.name || 'utan namn'} är borttagen.`}
          onUndo={() => {
            update((old) => restoreSet(old, removed.set, removed.index));
            setRemoved(null);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}

      {set.cards.length === 0 ? (
        <p className={styles.empty}>Inga kort är fästa ännu. Välj Fäst vid ett kort så hamnar det här.</p>
      ) : (
        <ol className={styles.cards} aria-label={`Korten i ${set.name || 'uppsättningen'}`}>
          {set.cards.map((id, index) => {
            const card = cardById(id);
            return (
              <li key={id}>
                <span className={styles.cardText}>{card ? card.text : `Kortet ${id} finns inte längre i kortleken.`}</span>
                <span className={styles.cardButtons}>
                  {card && (
                    <button type="button" className="button button--secondary button--sm" onClick={() => onShow(set.cards.filter((other) => cardById(other)), set.cards.filter((other) => cardById(other)).indexOf(id))}>
                      Visa<span className="sr-only">: {card.text}</span>
                    </button>
                  )}
                  <button
                    id={`ta-bort-${id}`}
                    type="button"
                    className="button button--secondary button--sm"
                    onClick={() => {
                      setRemoved({kind: 'card', setId: set.id, cardId: id, index});
                      update((old) => unpin(old, id));
                    }}>
                    Ta bort<span className="sr-only">: {card?.text ?? id}</span>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}

      <div className={styles.buttons}>
        <button type="button" className="button button--primary" disabled={set.cards.length === 0} onClick={() => onShow(set.cards.filter((id) => cardById(id)), 0)}>
          Visa uppsättningen för deltagaren
        </button>
        <button type="button" className="button button--secondary" disabled={set.cards.length === 0} onClick={() => void share()}>
          Dela som länk
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={state.sets.length >= maxSets}
          onClick={() => {
            update((old) => addSet(old, 'Ny uppsättning'));
            setLink(null);
            setMessage({kind: 'ok', text: 'En ny, tom uppsättning är vald. Fäst kort i den.'});
          }}>
          Ny uppsättning
        </button>
      </div>
      {link && (
        <label className={styles.field}>
          Länk till uppsättningen
          <input id="lank-till-uppsattningen" type="text" readOnly value={link} onFocus={(event) => event.target.select()} />
        </label>
      )}

      <h3 className={styles.subheading}>Spara, öppna och rensa</h3>
      <div className={styles.buttons}>
        <button type="button" className="button button--secondary" onClick={() => download(`samtalskort-${today}.json`, new Blob([writeStored(state)], {type: 'application/json'}))}>
          Spara som fil
        </button>
        <label className={`button button--secondary ${styles.fileButton}`}>
          Öppna fil
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className={styles.fileInput}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void importFile(file);
              event.target.value = '';
            }}
          />
        </label>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const index = state.sets.findIndex((other) => other.id === set.id);
            setRemoved({kind: 'set', set, index});
            update((old) => removeSet(old, set.id));
          }}>
          Ta bort uppsättningen
        </button>
        {!confirming && (
          <button type="button" className="button button--outline button--danger" onClick={() => setConfirming(true)}>
            Rensa allt
          </button>
        )}
      </div>
      <p className={styles.hint}>Filen innehåller dina uppsättningar och kan öppnas här igen, till exempel på en annan enhet. Öppna fil lägger till filens uppsättningar och ändrar inte dina.</p>
      {confirming && (
        <div role="alertdialog" aria-labelledby="rensa-fraga" className={styles.confirm}>
          <p id="rensa-fraga">Vill du ta bort alla uppsättningar från den här webbläsaren? Det går inte att ångra.</p>
          <div className={styles.buttons}>
            <button
              type="button"
              className="button button--danger"
              onClick={() => {
                onClear();
                setConfirming(false);
                setRemoved(null);
                setLink(null);
                setMessage({kind: 'ok', text: 'Allt är rensat. Uppsättningen är tom igen.'});
              }}>
              Ja, rensa allt
            </button>
            <button type="button" className="button button--secondary" autoFocus onClick={() => setConfirming(false)}>
              Avbryt
            </button>
          </div>
        </div>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? styles.error : styles.ok}>
          {message.text}
        </p>
      )}
    </div>
  );
}
