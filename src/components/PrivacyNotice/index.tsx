import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** What "Rensa allt" is called in the tool. */
  clearLabel: string;
  /** What the tool keeps, e.g. "det du fyller i". */
  what: string;
}

/** The tools' promise about the user's data: it stays in this browser, on this device. */
export default function PrivacyNotice({clearLabel, what}: Props): ReactNode {
  return (
    <aside className={styles.privacy} aria-label="Om dina uppgifter">
      <p>
        <strong>Allt stannar i den här webbläsaren.</strong> Ingenting skickas till någon server, och ingen annan kan se {what}.
        Det sparas i webbläsarens lagring på den här enheten tills du väljer <em>{clearLabel}</em>. Använd inte en dator som andra
        delar, eller rensa när ni är klara.
      </p>
    </aside>
  );
}
