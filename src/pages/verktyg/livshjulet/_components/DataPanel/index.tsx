import React, {useState, type ReactNode} from 'react';
import type {WheelState} from '@site/src/tools/livshjulet/model';
import {readImport, writeStored} from '@site/src/tools/livshjulet/storage';
import {download, standaloneSvg, svgToPng} from '@site/src/tools/livshjulet/download';
import styles from './styles.module.css';

interface Props {
  state: WheelState;
  today: string;
  wheelId: string;
  onImport: (state: WheelState) => void;
  onClear: () => void;
  onPrint: (blank: boolean) => void;
}

type Message = {kind: 'ok' | 'error'; text: string} | null;

/** Take the wheel along (file, picture, paper), bring it back, or clear everything. */
export default function DataPanel({state, today, wheelId, onImport, onClear, onPrint}: Props): ReactNode {
  const [message, setMessage] = useState<Message>(null);
  const [confirming, setConfirming] = useState(false);

  function wheelSvg(): {text: string; size: number} | null {
    const svg = document.getElementById(wheelId) as SVGSVGElement | null;
    if (!svg) return null;
    const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    return {text: standaloneSvg(svg, `Livshjul ${today}`), size};
  }

  async function importFile(file: File): Promise<void> {
    const result = readImport(file.size, file.size > 1024 * 1024 ? '' : await file.text());
    if (result.ok) {
      onImport(result.state);
      setMessage({kind: 'ok', text: `Livshjulet från ${file.name} är inläst.`});
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
