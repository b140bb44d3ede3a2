import React, {useId, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {KnownAbbreviation} from '@site/src/data/abbreviations';
import styles from './styles.module.css';

interface Props {
  /** The glossary entry's id, e.g. "individ-och-familjeomsorgen". */
  term: string;
  /** The text as written, when it differs from the abbreviation (e.g. a genitive "IFO:s"). */
  children?: ReactNode;
}

/**
 * An abbreviation the reader can look up: the expansion shows on hover and on keyboard focus, is
 * read as the link's description, and the link goes to the term in the glossary.
 * Use it the first time an abbreviation appears on a page: <Abbr term="individ-och-familjeomsorgen">IFO</Abbr>.
 */
export default function Abbr({term, children}: Props): ReactNode {
  // From siteConfig.customFields (docusaurus.config.ts): a short list, not the whole glossary.
  const {siteConfig} = useDocusaurusContext();
  const known = (siteConfig.customFields?.abbreviations as readonly KnownAbbreviation[] | undefined)?.find((entry) => entry.termId === term);
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (!known) throw new Error(`Abbr: "${term}" är inte en förkortning i ordlistan (src/data/glossary.ts).`);
  return (
    <span
      className={dismissed ? `${styles.wrapper} ${styles.dismissed}` : styles.wrapper}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDismissed(true);
      }}
      onMouseLeave={() => setDismissed(false)}
      onBlur={() => setDismissed(false)}>
      <Link to={`/ordlista#${known.termId}`} className={styles.link} aria-describedby={tipId}>
        <abbr title={known.expansion}>{children ?? known.abbreviation}</abbr>
      </Link>
      <span role="tooltip" id={tipId} className={styles.tip}>
        {known.expansion}
      </span>
    </span>
  );
}
