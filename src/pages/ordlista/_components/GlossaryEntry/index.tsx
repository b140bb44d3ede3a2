import React, {type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {GlossaryTerm} from '@site/src/data/glossary';
import {glossary} from '@site/src/data/glossary';
import {sourceById} from '@site/src/data/sourceLookup';
import styles from './styles.module.css';

function termById(id: string): GlossaryTerm | undefined {
  return glossary.find((term) => term.id === id);
}

/** One term of the glossary: the term, its abbreviation, the definition, related terms and where it comes from. */
export default function GlossaryEntry({term}: {term: GlossaryTerm}): ReactNode {
  // Other pages link to terms as /ordlista#id; registering the anchor lets the build check those links.
  useBrokenLinks().collectAnchor(term.id);
  const related = (term.related ?? []).map(termById).filter((t): t is GlossaryTerm => t !== undefined);
  const sourceTitles = term.sources.map((id) => sourceById(id).title);
  return (
    <div className={styles.entry} id={term.id}>
      <dt className={styles.term}>
        {term.term}
        {term.abbreviation && <span className={styles.abbreviation}> ({term.abbreviation})</span>}
      </dt>
      <dd className={styles.definition}>
        <p>{term.definition}</p>
        {related.length > 0 && (
          <p className={styles.meta}>
            Se även:{' '}
            {related.map((relatedTerm, index) => (
              <React.Fragment key={relatedTerm.id}>
                {index > 0 && ', '}
                <a href={`#${relatedTerm.id}`}>{relatedTerm.term}</a>
              </React.Fragment>
            ))}
          </p>
        )}
        <p className={styles.meta}>
          Källa: {[...sourceTitles, ...(term.externalSource ? [term.externalSource] : [])].join('; ')}
        </p>
      </dd>
    </div>
  );
}
