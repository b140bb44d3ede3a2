import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import SitePage from '@site/src/components/SitePage';
import {glossary} from '@site/src/data/glossary';
import {sourceIds} from '@site/src/data/sourceIds';
import {groupByInitial} from '@site/src/utils/groupByInitial';
import GlossaryEntry from './_components/GlossaryEntry';
import styles from './styles.module.css';

const groups = groupByInitial(glossary, (term) => term.term);
const reportsUsed = sourceIds.filter((id) => glossary.some((term) => term.sources.includes(id)));

export default function GlossaryPage(): ReactNode {
  return (
    <SitePage
      title="Ordlista"
      description="Ord och förkortningar från samverkan kring rehabilitering, förklarade på vanlig svenska."
      lead={
        <p>
          Här förklarar vi ord och förkortningar som du möter på webbplatsen och i samverkan mellan kommun, region,
          Försäkringskassan och Arbetsförmedlingen. Förklaringarna är skrivna på vanlig svenska och bygger på rapporterna
          under <Link to="/kallor">Källor</Link>.
        </p>
      }
      sources={reportsUsed}>
      <nav aria-label="Ordlistan från A till Ö" className={styles.letters}>
        <ul>
          {groups.map((group) => (
            <li key={group.letter}>
              <a href={`#bokstav-${group.letter.toLowerCase()}`}>{group.letter}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.letter} aria-labelledby={`bokstav-${group.letter.toLowerCase()}`}>
          <h2 id={`bokstav-${group.letter.toLowerCase()}`} className={styles.letter}>
            {group.letter}
          </h2>
          <dl className={styles.terms}>
            {group.items.map((term) => (
              <GlossaryEntry key={term.id} term={term} />
            ))}
          </dl>
        </section>
      ))}
    </SitePage>
  );
}
