import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import SourcesSection from '@site/src/components/SourcesSection';
import type {SourceId} from '@site/src/data/sources';
import styles from './styles.module.css';

interface Props {
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The short introduction under the heading. */
  lead?: ReactNode;
  /** Reports the page draws on; listed under "Källor" at the end. */
  sources: readonly SourceId[];
  /** Public sources other than the reports (laws, authorities), one line each. */
  otherSources?: readonly string[];
  children: ReactNode;
}

/** The frame of a React page: heading, lead, content and the "Källor" section every page ends with. */
export default function SitePage({title, description, lead, sources, otherSources, children}: Props): ReactNode {
  return (
    <Layout title={title} description={description}>
      <main className={`container ${styles.page}`}>
        <h1>{title}</h1>
        {lead && <div className={styles.lead}>{lead}</div>}
        {children}
        <SourcesSection ids={sources} other={otherSources} />
      </main>
    </Layout>
  );
}
