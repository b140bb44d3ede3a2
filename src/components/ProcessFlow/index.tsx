import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

export interface ProcessStep {
  title: string;
  text: string;
  /** Who takes part or leads the step (roles). */
  who?: string;
}

interface Props {
  /** What the flow shows, e.g. "Vägen in i teamet"; read by screen readers as the list's name. */
  label: string;
  steps: readonly ProcessStep[];
}

/**
 * A process drawn as an ordered list of numbered steps with arrows between them: plain HTML,
 * rendered when the site is built, readable without JavaScript and by screen readers as a list.
 */
export default function ProcessFlow({label, steps}: Props): ReactNode {
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{label}</figcaption>
      <ol className={styles.steps} aria-label={label}>
        {steps.map((step, index) => (
          <li key={step.title} className={styles.step}>
            <span className={styles.number} aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <p className={styles.title}>{step.title}</p>
              <p className={styles.text}>{step.text}</p>
              {step.who && <p className={styles.who}>Vem: {step.who}</p>}
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}
