import React, {useRef, useState, type ReactNode} from 'react';
import {hasContent, type MergeResult, type WheelState} from '@site/src/tools/livshjulet/model';
import {readImportFile, writeStored} from '@site/src/tools/livshjulet/storage';
import {download, standaloneSvg, svgToPng} from '@site/src/tools/livshjulet/download';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  today: string;
  wheelId: string;
  /** Replaces everything here with the opened file's wheel. */
  onReplace: (state: WheelState) => void;
  /** Adds the opened file's rounds to the rounds here; the current wheel stays. */
  onAddRounds: (imported: WheelState) => MergeResult;
  onClear: () => void;
  onPrint: (blank: boolean) => void;
}

type Message = {kind: 'ok' | 'error'; text: string} | null;

type Pending = {fileName: string; state: WheelState} | null;

const rounds = (count: number) => (count === 1 ? '1 omgång' : `${count} omgångar`);

function mergeMessage(fileName: string, result: MergeResult): string {
  const parts = [`${rounds(result.added)} från ${fileName} är tillagda. Hjulet du arbetar med är som förut.`];
  if (result.duplicates > 0) parts.push(`${rounds(result.duplicates)} fanns redan och lades inte till en gång till.`);
  if (result.dropped > 0) parts.push(`${rounds(result.dropped)} fick inte plats (högst 50). Ta bort gamla omgångar och öppna filen igen.`);
  return parts.join(' ');
}

/** Take the wheel along (file, picture, paper), bring it back, or clear everything. */
export default function DataPanel({state, today, wheelId, onReplace, onAddRounds, onClear, onPrint}: Props): ReactNode {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);
  // An opened file waiting for the user's choice: replace what is here, or add its rounds.
  const [pending, setPending] = useState<Pending>(null);
  const fileButton = useRef<HTMLInputElement>(null);

  function finish(text: string): void {
    setPending(null);
    setMessage({kind: 'ok', text});
    fileButton.current?.focus();
  }

  function wheelSvg(): {text: string; size: number} | null {
    const svg = document.getElementById(wheelId) as SVGSVGElement | null;
    if (!svg) return null;
    const text = standaloneSvg(svg, `Livshjul ${today}`);
    // The file's own box, which is wider than the page's when long names reach past the ring.
    const size = Number(/viewBox="[^ ]+ [^ ]+ ([^ "]+)/.exec(text)?.[1] ?? svg.getAttribute('viewBox')!.split(' ')[2]);
    return {text, size};
  }

  async function importFile(file: File): Promise<void> {
    const result = await readImportFile(file);
    if (result.ok) {
      setMessage(null);
      if (hasContent(state)) {
        // Never replace values, notes or rounds without asking (as "Rensa allt" asks).
        setPending({fileName: file.name, state: result.state});
      } else {
        onReplace(result.state);
        setMessage({kind: 'ok', text: `Livshjulet från ${file.name} är inläst.`});
      }
    } else {
      setMessage({kind: 'error', text: `${result.message} Det du redan hade är kvar.`});
    }
  }

  return (
    <div className={styles.panel}>
      <div className={styles.group}>
        <h3>Ta med dig livshjulet</h3>
        <div className={styles.buttons}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => download(`livshjul-${today}.json`, new Blob([writeStored(state)], {type: 'application/json'}))}>
            Spara som fil
          </button>
          <label className={`button button--secondary ${styles.fileButton}`}>
            Öppna fil
            <input
              ref={fileButton}
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
              const svg = wheelSvg();
              if (svg) download(`livshjul-${today}.svg`, new Blob([svg.text], {type: 'image/svg+xml'}));
            }}>
            Ladda ner bild (SVG)
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const svg = wheelSvg();
              if (!svg) return;
              svgToPng(svg.text, svg.size, svg.size)
                .then((png) => download(`livshjul-${today}.png`, png))
                .catch(() => setMessage({kind: 'error', text: 'Bilden kunde inte skapas. Prova SVG i stället.'}));
            }}>
            Ladda ner bild (PNG)
          </button>
          <button type="button" className="button button--secondary" onClick={() => onPrint(false)}>
            Skriv ut
          </button>
          <button type="button" className="button button--secondary" onClick={() => onPrint(true)}>
            Skriv ut tomt hjul
          </button>
        </div>
        <p className={styles.hint}>
          Filen kan du öppna här igen, till exempel på en annan enhet. Den innehåller allt du har fyllt i, så spara den där
          ingen obehörig kommer åt den.
        </p>
        {pending && (
          <div role="alertdialog" aria-labelledby="oppna-fraga" aria-describedby="oppna-forklaring" className={styles.confirm}>
            <p id="oppna-fraga" className={styles.question}>
              Vad vill du göra med {pending.fileName}?
            </p>
            <p id="oppna-forklaring">
              Här finns redan ett livshjul med värden, anteckningar eller omgångar. Filen har {rounds(pending.state.rounds.length)}.
              Ersätter du försvinner det som finns här nu, om du inte har sparat det som fil.
            </p>
            <div className={styles.buttons}>
              {pending.state.rounds.length > 0 && (
                <button type="button" className="button button--primary" onClick={() => finish(mergeMessage(pending.fileName, onAddRounds(pending.state)))}>
                  Lägg till filens omgångar
                </button>
              )}
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  onReplace(pending.state);
                  finish(`Livshjulet från ${pending.fileName} är inläst och har ersatt det som fanns här.`);
                }}>
                Ersätt med filen
              </button>
              <button
                type="button"
                className="button button--secondary"
                autoFocus
                onClick={() => {
                  setPending(null);
                  setMessage({kind: 'ok', text: 'Filen öppnades inte. Allt här är som förut.'});
                  fileButton.current?.focus();
                }}>
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
      <div className={styles.group}>
        <h3>Rensa allt</h3>
        {confirming ? (
          <div role="alertdialog" aria-labelledby="rensa-fraga" className={styles.confirm}>
            <p id="rensa-fraga">Vill du ta bort alla värden, anteckningar och sparade omgångar från den här webbläsaren? Det går inte att ångra.</p>
            <div className={styles.buttons}>
              <button
                type="button"
                className="button button--danger"
                onClick={() => {
                  onClear();
                  setConfirming(false);
                  setMessage({kind: 'ok', text: 'Allt är rensat. Livshjulet är tomt igen.'});
                }}>
                Ja, rensa allt
              </button>
              <button type="button" className="button button--secondary" autoFocus onClick={() => setConfirming(false)}>
                Avbryt
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--outline button--danger" onClick={() => setConfirming(true)}>
            Rensa allt
          </button>
        )}
      </div>
    </div>
  );
}
