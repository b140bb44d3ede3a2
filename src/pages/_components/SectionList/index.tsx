import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {siteSections} from '@site/src/config/sections';
import styles from './styles.module.css';

/** Every section of the site with one line on what is there: the start page's site map. */
export default function SectionList(): ReactNode {
  return (
    <section aria-labelledby="alla-delar" className={styles.section}>
      <h2 id="alla-delar">Alla delar av webbplatsen</h2>
      <dl className={styles.list}>
        {siteSections.map((section) => (
          <div key={section.path} className={styles.item}>
            <dt>
              <Link to={section.path}>{section.label}</Link>
            </dt>
            <dd>{section.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
