import React, {Fragment, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

/** One card in the result list: a linked title, a sentence, and facts as term and value. */
export interface FinderCard {
  href: string;
  title: string;
  text: string;
  facts: readonly {term: string; value: ReactNode}[];
}

/** How the finder names what it lists: "metoder" and "Ingen metod", "exempel" and "Inget exempel". */
export interface FinderWords {
  plural: string;
  none: string;
}

/** The status line above the cards. */
export function countText(shown: number, total: number, words: FinderWords): string {
  if (shown === total) return `Visar alla ${total} ${words.plural}.`;
  if (shown === 0) return `${words.none} passar alla val. Ta bort något val för att se fler.`;
  return `Visar ${shown} av ${total} ${words.plural}.`;
}

interface Props {
  /** The filter form's name for screen readers, e.g. "Filtrera metoderna". */
  label: string;
  /** The finder's own filters: checkbox groups, selects. */
  filters: ReactNode;
  /** The button that removes every choice, e.g. "Visa alla metoder"; disabled when nothing is chosen. */
  clearLabel: string;
  anyFilter: boolean;
  onClear: () => void;
  total: number;
  words: FinderWords;
  cards: readonly FinderCard[];
}

/**
 * The shell shared by the method finder and the example overview: a filter panel, a status line
 * read out when the list changes, and the matching pages as cards. Each finder brings only its data
 * and its filters; the choice lives in the address, so without JavaScript every page is listed.
 */
export default function FinderShell({label, filters, clearLabel, anyFilter, onClear, total, words, cards}: Props): ReactNode {
  return (
    <div className={styles.finder}>
      <form className={styles.filters} aria-label={label} onSubmit={(event) => event.preventDefault()}>
        {filters}
        <button type="button" className="button button--secondary button--sm" disabled={!anyFilter} onClick={onClear}>
          {clearLabel}
        </button>
      </form>
      <p className={styles.count} role="status" aria-live="polite">
        {countText(cards.length, total, words)}
      </p>
      <ul className={styles.results}>
        {cards.map((card) => (
          <li key={card.href} className={styles.card}>
            <h3 className={styles.title}>
              <Link to={card.href}>{card.title}</Link>
            </h3>
            <p>{card.text}</p>
            <dl className={styles.meta}>
              {card.facts.map((fact) => (
                <Fragment key={fact.term}>
                  <dt>{fact.term}</dt>
                  <dd>{fact.value}</dd>
                </Fragment>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
