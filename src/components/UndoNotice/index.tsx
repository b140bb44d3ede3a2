import React, {useEffect, useRef, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** What was done, e.g. "Hälsa är borttaget, med värden och anteckningar." */
  text: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * Shown after a removal: says what went and offers "Ångra". Focus moves to "Ångra", so that a
 * keyboard or screen-reader user stays where the removed item was and hears what happened.
 */
export default function UndoNotice({text, onUndo, onDismiss}: Props): ReactNode {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [text]);
  return (
    <div className={styles.notice} role="status">
      <p className={styles.text}>{text}</p>
      <div className={styles.buttons}>
        <button ref={undo} type="button" className="button button--primary" onClick={onUndo}>
          Ångra
        </button>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Stäng
        </button>
      </div>
    </div>
  );
}
