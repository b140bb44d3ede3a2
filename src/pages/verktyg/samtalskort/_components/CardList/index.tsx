import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {cardTypeIds, cardTypes, type ConversationCard} from '@site/src/data/conversationCards';
import {cardCount} from '@site/src/tools/samtalskort/deck';
import {phaseText} from '../DrawPanel';
import styles from './styles.module.css';

interface Props {
  cards: readonly ConversationCard[];
  isPinned: (id: string) => boolean;
  setName: string;
  onPin: (id: string) => void;
  onShow: (index: number) => void;
}

/** Every card in the filter, by type: the question, its simpler wording, and Visa and Fäst. */
export default function CardList({cards, isPinned, setName, onPin, onShow}: Props): ReactNode {
  return (
    <div className={styles.list}>
      {cardTypeIds.map((type) => {
        const ofType = cards.filter((card) => card.type === type);
        if (ofType.length === 0) return null;
        return (
          <section key={type} aria-labelledby={`typ-${type}`} className={styles.type}>
            <h3 id={`typ-${type}`}>
              {cardTypes[type].label} <span className={styles.count}>({cardCount(ofType.length)})</span>
            </h3>
            <p className={styles.more}>
              <Link to={cardTypes[type].handbook}>Om frågetypen {cardTypes[type].label.toLowerCase()} i metodhandboken</Link>
            </p>
            <ul className={styles.cards}>
              {ofType.map((card) => (
                <li key={card.id} className={styles.card}>
                  <p className={styles.text}>{card.text}</p>
                  <p className={styles.easy}>
                    <span className={styles.label}>Enklare: </span>
                    {card.easy}
                  </p>
                  <p className={styles.phases}>{phaseText(card)}</p>
                  <div className={styles.buttons}>
                    <button id={`visa-${card.id}`} type="button" className="button button--secondary button--sm" onClick={() => onShow(cards.indexOf(card))}>
                      Visa<span className="sr-only"> för deltagaren: {card.text}</span>
                    </button>
                    <button id={`fast-${card.id}`} type="button" className="button button--secondary button--sm" aria-pressed={isPinned(card.id)} onClick={() => onPin(card.id)}>
                      Fäst<span className="sr-only"> i {setName}: {card.text}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
