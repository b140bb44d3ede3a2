import React, {type ReactNode} from 'react';
import {cardTypes, type ConversationCard} from '@site/src/data/conversationCards';
import styles from './styles.module.css';

export const cardsPerSheet = 8;
const columns = 2;

interface Props {
  title: string;
  cards: readonly ConversationCard[];
  how: 'kort' | 'lista';
  easy: boolean;
}

/** The cards in sheets of eight; the empty places keep the back aligned with the front. */
export function sheetsOf<T>(cards: readonly T[]): (T | null)[][] {
  const sheets: (T | null)[][] = [];
  for (let start = 0; start < cards.length; start += cardsPerSheet) {
    const sheet: (T | null)[] = cards.slice(start, start + cardsPerSheet);
    while (sheet.length < cardsPerSheet) sheet.push(null);
    sheets.push(sheet);
  }
  return sheets;
}

/**
 * The back of a sheet: printed on both sides and turned along the long edge, the left column
 * lands behind the right one, so each row is mirrored.
 */
export function backOrder<T>(sheet: readonly T[]): T[] {
  const rows: T[][] = [];
  for (let row = 0; row < sheet.length; row += columns) rows.push(sheet.slice(row, row + columns).reverse());
  return rows.flat();
}

/** What is printed: only on paper, never on screen. */
export default function PrintSheets({title, cards, how, easy}: Props): ReactNode {
  if (how === 'lista') {
    return (
      <section className={styles.list} aria-label="Utskrift">
        <h2>{title}</h2>
        <ol>
          {cards.map((card) => (
            <li key={card.id}>
              {easy ? card.easy : card.text} <span className={styles.listType}>({cardTypes[card.type].label})</span>
            </li>
          ))}
        </ol>
        <p className={styles.footer}>Samtalskort från Samordningsteamens metodhandbok, /verktyg/samtalskort</p>
      </section>
    );
  }
  return (
    <section className={styles.sheets} aria-label="Utskrift">
      {sheetsOf(cards).map((sheet, index) => (
        <React.Fragment key={index}>
          <div className={styles.sheet} data-side="fram">
            {sheet.map((card, place) => (
              <div key={card?.id ?? `tom-${place}`} className={styles.cell}>
                {card && <p className={styles.question}>{easy ? card.easy : card.text}</p>}
              </div>
            ))}
          </div>
          <div className={styles.sheet} data-side="bak">
            {backOrder(sheet).map((card, place) => (
              <div key={card?.id ?? `tom-${place}`} className={styles.cell}>
                {card && (
                  <>
                    <p className={styles.backType}>{cardTypes[card.type].label}</p>
                    <p className={styles.backSite}>Samtalskort · Samordningsteamens metodhandbok · {card.id}</p>
                  </>
                )}
              </div>
            ))}
          </div>
        </React.Fragment>
      ))}
    </section>
  );
}
