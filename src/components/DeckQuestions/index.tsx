import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {cardTypeDescriptions, cardTypeIds, cardTypes, conversationCards, type CardTypeId} from '@site/src/data/conversationCards';
import styles from './styles.module.css';

/** The types whose handbook section is this list (their cards link here, to `#fragor-<type>`). */
export const typesOnPage = (page: string): CardTypeId[] => cardTypeIds.filter((type) => cardTypes[type].handbook.startsWith(`${page}#`));

/** Glossary words for a type, where the glossary explains one. */
const glossary: Partial<Record<CardTypeId, {to: string; label: string}>> = {
  'onskad-framtid': {to: '/ordlista#mirakelfragan', label: 'mirakelfrågan'},
};

/**
 * The example questions of a method page, read from the conversation deck
 * (src/data/conversationCards.ts), so that the page and the cards never disagree. Each type gets
 * an anchor, `#fragor-<type>`, that the cards in the tool link to.
 */
export default function DeckQuestions({page = '/metodhandbok/losningsfokus'}: {page?: string}): ReactNode {
  const brokenLinks = useBrokenLinks();
  return (
    <div className={styles.questions}>
      {typesOnPage(page).map((type) => {
        const id = `fragor-${type}`;
        brokenLinks.collectAnchor(id);
        const word = glossary[type];
        return (
          <div key={type} className={styles.type}>
            <p id={id} className={styles.label}>
              <strong>{cardTypes[type].label}</strong>
              {word && (
                <>
                  {' '}
                  (se <Link to={word.to}>{word.label}</Link> i ordlistan)
                </>
              )}
            </p>
            <p className={styles.description}>{cardTypeDescriptions[type]}</p>
            <ul>
              {conversationCards
                .filter((card) => card.type === type && card.example)
                .map((card) => (
                  <li key={card.id}>"{card.text}"</li>
                ))}
            </ul>
          </div>
        );
      })}
      <p>
        Frågorna ovan är ett urval ur <Link to="/verktyg/samtalskort">samtalskorten</Link>, där det finns fler frågor för varje typ
        och fas, också på enklare svenska. Läs <Link to="/verktyg/samtalskort/sa-anvander-du-samtalskorten">så använder du samtalskorten</Link>.
      </p>
    </div>
  );
}
