import React, {type ReactNode} from 'react';
import {cardCount, cardsOf} from '@site/src/tools/samtalskort/deck';
import {droppedMessage, type LinkedSet} from '@site/src/tools/samtalskort/setLink';
import styles from './styles.module.css';

interface Props {
  linked: LinkedSet;
  saved: boolean;
  onShow: () => void;
  onSave: () => void;
  onClose: () => void;
}

/** A set opened from a colleague's link: what it holds, what was dropped, and what to do with it. */
export default function SharedSet({linked, saved, onShow, onSave, onClose}: Props): ReactNode {
  const cards = cardsOf(linked.ids);
  const dropped = droppedMessage(linked);
  const name = linked.name || 'Delad uppsättning';
  return (
    <section className={styles.shared} aria-labelledby="delad-rubrik">
      <h2 id="delad-rubrik" tabIndex={-1}>
        {name}: {cardCount(cards.length)} från en länk
      </h2>
      {dropped && (
        <p role="alert" className={styles.dropped}>
          {dropped}
        </p>
      )}
      {cards.length === 0 ? (
        <p>Länken har inga kort som finns i kortleken.</p>
      ) : (
        <ol aria-label={`Korten i ${name}`}>
          {cards.map((card) => (
            <li key={card.id}>{card.text}</li>
          ))}
        </ol>
      )}
      <div className={styles.buttons}>
        <button type="button" className="button button--primary" disabled={cards.length === 0} onClick={onShow}>
          Visa för deltagaren
        </button>
        <button type="button" className="button button--secondary" disabled={cards.length === 0 || saved} onClick={onSave}>
          {saved ? 'Sparad på den här enheten' : 'Spara som en egen uppsättning'}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Stäng länkens uppsättning
        </button>
      </div>
    </section>
  );
}
