import React, {useEffect, useRef, useState, type PointerEvent, type ReactNode} from 'react';
import {cardTypes, type ConversationCard} from '@site/src/data/conversationCards';
import styles from './styles.module.css';

interface Props {
  card: ConversationCard;
  /** E.g. "Kort 3 av 12" or "Draget kort 4". */
  position: string;
  /** Null when there is no card before or after. */
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  easy: boolean;
  onEasy: (easy: boolean) => void;
  onClose: () => void;
}

/** A horizontal swipe of at least this many pixels changes the card. */
const swipeDistance = 50;

/**
 * One card over the whole screen in very large text, to show a participant. A modal <dialog>:
 * the rest of the page is inert, Escape closes it, and focus returns to the button that opened
 * it. Arrow keys, swipes and the buttons change the card, and the change is announced.
 */
export default function ShowDialog({card, position, onPrevious, onNext, easy, onEasy, onClose}: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const start = useRef<{x: number; y: number} | null>(null);
  const [direction, setDirection] = useState<'next' | 'previous'>('next');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!element.open) element.showModal();
    next.current?.focus();
    return () => {
      if (element.open) element.close();
      // Back where the user was, also when the opener was redrawn meanwhile (found by its id).
      const target = opener && opener.isConnected ? opener : opener?.id ? document.getElementById(opener.id) : null;
      target?.focus();
    };
  }, []);

  function go(which: 'next' | 'previous'): void {
    const action = which === 'next' ? onNext : onPrevious;
    if (!action) return;
    setDirection(which);
    action();
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>): void {
    const from = start.current;
    start.current = null;
    if (!from) return;
    const dx = event.clientX - from.x;
    const dy = event.clientY - from.y;
    if (Math.abs(dx) >= swipeDistance && Math.abs(dx) > Math.abs(dy) * 1.5) go(dx < 0 ? 'next' : 'previous');
  }

  const text = easy ? card.easy : card.text;
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby="visa-rubrik"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight') {
          event.preventDefault();
          go('next');
        } else if (event.key === 'ArrowLeft') {
          event.preventDefault();
          go('previous');
        } else if (event.key === 'Tab') {
          // Round and round inside the dialog, never out to the browser's own controls.
          const focusable = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)'));
          const first = focusable[0];
          const last = focusable[focusable.length - 1];
          if (event.shiftKey && document.activeElement === first) {
            event.preventDefault();
            last?.focus();
          } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first?.focus();
          }
        }
      }}>
      <div className={styles.top}>
        <h2 id="visa-rubrik" className={styles.heading}>
          <span className="sr-only">Visa för deltagaren: </span>
          {cardTypes[card.type].label}
        </h2>
        <p className={styles.position}>{position}</p>
        <button type="button" className={`button button--secondary ${styles.close}`} onClick={onClose}>
          Stäng
        </button>
      </div>
      <div
        className={styles.stage}
        onPointerDown={(event) => {
          start.current = {x: event.clientX, y: event.clientY};
        }}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          start.current = null;
        }}>
        <p key={`${card.id}-${easy}`} className={`${styles.text} ${direction === 'next' ? styles.fromRight : styles.fromLeft}`} lang="sv">
          {text}
        </p>
      </div>
      {/* Said when the card or the wording changes; the large text itself is not read twice. */}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {position}. {text}
      </p>
      <div className={styles.controls}>
        <button type="button" className="button button--secondary" onClick={() => go('previous')} disabled={!onPrevious}>
          <span aria-hidden="true">← </span>Föregående
        </button>
        <button type="button" className={`button button--secondary ${styles.easySwitch}`} aria-pressed={easy} onClick={() => onEasy(!easy)}>
          Enklare svenska
        </button>
        <button ref={next} type="button" className="button button--primary" onClick={() => go('next')} disabled={!onNext}>
          Nästa<span aria-hidden="true"> →</span>
        </button>
      </div>
      <p className={styles.hint}>Byt kort med pilarna, knapparna eller genom att svepa åt sidan. Escape stänger.</p>
    </dialog>
  );
}
