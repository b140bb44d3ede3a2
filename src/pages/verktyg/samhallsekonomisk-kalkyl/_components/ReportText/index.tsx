import React, {useState, type ReactNode} from 'react';
import formStyles from '@site/src/css/forms.module.css';
import styles from './styles.module.css';

/** The result as text to paste into a report or an e-mail, with a copy button; none while there is no result. */
export default function ReportText({text}: {text: string | null}): ReactNode {
  const [status, setStatus] = useState('');
  const copy = async () => {
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Texten är kopierad. Klistra in den där du vill.');
    } catch {
      setStatus('Det gick inte att kopiera automatiskt. Markera texten i rutan och kopiera den själv.');
    }
  };
  return (
    <section aria-labelledby="text-rubrik" className={styles.section}>
      <h2 id="text-rubrik">Text att klistra in</h2>
      {text === null ? (
        <p>Texten visas när formuläret inte har några fel.</p>
      ) : (
        <>
          <p>Texten sammanfattar kalkylen och har en länk till samma scenario, så att den som läser kan räkna själv.</p>
          <div className={formStyles.field}>
            <label htmlFor="kalkyl-text">Sammanfattning</label>
            <textarea id="kalkyl-text" readOnly rows={9} value={text} />
          </div>
          <div className={styles.actions}>
            <button type="button" className={`button button--primary ${styles.button}`} onClick={() => void copy()}>
              Kopiera texten
            </button>
            <p role="status" className={styles.status}>
              {status}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
