/**
 * Ejected from @docusaurus/theme-classic 3.10.2 (TagsListByLetter): the stock list wraps the
 * letters in a <section> without a heading (the W3C Nu Html Checker warns about it) and each letter
 * in an <article>, which is for content that stands on its own. Here each letter is a <section>
 * with its <h2>, in a plain <div>. Keep the rest in step with the theme on upgrade.
 */
import React, {type ReactNode} from 'react';
import {listTagsByLetters, type TagLetterEntry} from '@docusaurus/theme-common';
import Tag from '@theme/Tag';
import type {Props} from '@theme/TagsListByLetter';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

function TagLetterEntryItem({letterEntry}: {letterEntry: TagLetterEntry}): ReactNode {
  return (
    <section>
      <Heading as="h2" id={letterEntry.letter}>
        {letterEntry.letter}
      </Heading>
      <ul className="padding--none">
        {letterEntry.tags.map((tag) => (
          <li key={tag.permalink} className={styles.tag}>
            <Tag {...tag} />
          </li>
        ))}
      </ul>
      <hr />
    </section>
  );
}

export default function TagsListByLetter({tags}: Props): ReactNode {
  return (
    <div className="margin-vert--lg">
      {listTagsByLetters(tags).map((letterEntry) => (
        <TagLetterEntryItem key={letterEntry.letter} letterEntry={letterEntry} />
      ))}
    </div>
  );
}
