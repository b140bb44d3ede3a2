import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {audienceRoutes} from './audiences';
import styles from './styles.module.css';

/** "Vad vill du göra?": one card per group of readers, each with the links that group came for. */
export default function AudienceRoutes(): ReactNode {
  return (
    <section aria-labelledby="vem-ar-du" className={styles.section}>
      <h2 id="vem-ar-du">Vad vill du göra?</h2>
      <ul className={styles.cards}>
        {audienceRoutes.map((audience) => (
          <li key={audience.id} className={styles.card}>
            <h3 className={styles.heading}>{audience.heading}</h3>
            <p>{audience.text}</p>
            <ul className={styles.links}>
              {audience.links.map((link) => (
                <li key={link.to}>
                  <Link to={link.to} className={styles.link}>
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
