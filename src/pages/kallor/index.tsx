import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {sources} from '@site/src/data/sources';
import styles from './styles.module.css';

/** The source reports: everything on the site is written from these. */
export default function SourcesPage(): ReactNode {
  // Register each report's anchor so that links like /kallor#arsrapport-2024 pass the broken-anchor check.
  const brokenLinks = useBrokenLinks();
  sources.forEach((source) => brokenLinks.collectAnchor(source.id));
  return (
    <Layout title="Källor" description="De fem rapporterna som webbplatsens texter, siffror och exempel bygger på.">
      <main className={`container ${styles.page}`}>
        <h1>Källor</h1>
        <p className={styles.lead}>
          Allt innehåll på webbplatsen bygger på de här rapporterna. Texterna är skrivna med egna ord. Varje siffra anger
          vilken rapport den kommer från och vilket år den gäller. Uppgifter från andra offentliga källor anges på den
          sida där de används.
        </p>
        <p>
          Rapporterna är skrivna vid olika tidpunkter och för olika syften. Uppgifterna från 2015 och 2016 beskriver hur
          det var då, inte hur det är i dag. Läs mer om hur vi använder källorna under{' '}
          <Link to="/om-webbplatsen">Om webbplatsen</Link>.
        </p>
        <ol className={styles.list}>
          {sources.map((source) => (
            <li key={source.id} id={source.id} className={styles.source}>
              <h2 className={styles.title}>{source.title}</h2>
              <dl className={styles.facts}>
                <dt>Utgivare</dt>
                <dd>{source.publisher}</dd>
                <dt>År</dt>
                <dd>
                  {source.year}
                  {source.yearNote && <span className={styles.note}> {source.yearNote}</span>}
                </dd>
                <dt>Period</dt>
                <dd>{source.period}</dd>
                {source.authors && (
                  <>
                    <dt>Författare</dt>
                    <dd>{source.authors}</dd>
                  </>
                )}
                <dt>Fil i källmaterialet</dt>
                <dd>
                  <code>{source.file}</code>
                </dd>
              </dl>
              <p>{source.summary}</p>
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
