import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {cardPhases, cardTypes, type ConversationCard} from '@site/src/data/conversationCards';
import {cardCount} from '@site/src/tools/samtalskort/deck';
import styles from './styles.module.css';

interface Props {
  card: ConversationCard | null;
  /** Cards in the filter, and those not yet drawn this round. */
  total: number;
  left: number;
  newRound: boolean;
  canBack: boolean;
  pinned: boolean;
  setName: string;
  onDraw: () => void;
  onBack: () => void;
  onShow: () => void;
  onPin: () => void;
}

export const phaseText = (card: ConversationCard): string => card.phases.map((phase) => cardPhases[phase]).join(', ');

/** One card drawn at random from the filter, with what to do with it. */
export default function DrawPanel({card, total, left, newRound, canBack, pinned, setName, onDraw, onBack, onShow, onPin}: Props): ReactNode {
  return (
    <div className={styles.panel}>
      <div className={styles.buttons}>
        <button type="button" className="button button--primary" onClick={onDraw} disabled={total === 0}>
          {card ? 'Dra nästa kort' : 'Dra ett kort'}
        </button>
        <button type="button" className="button button--secondary" onClick={onBack} disabled={!canBack}>
          Tillbaka
        </button>
      </div>
      <p className={styles.count}>
        {total === 0 ? 'Inga kort passar urvalet. Välj fler typer eller faser.' : `${cardCount(left)} kvar att dra av ${cardCount(total)} i urvalet.`}
      </p>
      <div role="status" className={styles.status}>
        {card && (
          <span className="sr-only">
            {newRound ? 'Alla kort i urvalet var dragna, en ny omgång börjar. ' : ''}Draget kort: {card.text}
          </span>
        )}
      </div>
      {newRound && <p className={styles.round}>Alla kort i urvalet var dragna. En ny omgång har börjat.</p>}
      {card && (
        <article className={styles.card} aria-labelledby="draget-kort">
          <p className={styles.type}>
            {cardTypes[card.type].label} · <span className={styles.phases}>{phaseText(card)}</span>
          </p>
          <p id="draget-kort" className={styles.text}>
            {card.text}
          </p>
          <p className={styles.easy}>
            <span className={styles.easyLabel}>Enklare: </span>
            {card.easy}
          </p>
          <div className={styles.buttons}>
            <button type="button" className="button button--primary" onClick={onShow}>
              Visa för deltagaren
            </button>
            <button type="button" className="button button--secondary" aria-pressed={pinned} onClick={onPin}>
              Fäst i {setName}
            </button>
          </div>
          <p className={styles.more}>
            <Link to={cardTypes[card.type].handbook}>Om frågetypen {cardTypes[card.type].label.toLowerCase()} i metodhandboken</Link>
          </p>
        </article>
      )}
    </div>
  );
}
