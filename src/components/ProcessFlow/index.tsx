import React, {Fragment, type ReactNode} from 'react';
import {useMDXComponents} from '@mdx-js/react';
import {stepsFromList} from './stepsFromList';
import styles from './styles.module.css';

interface Props {
  /** What the flow shows, e.g. "Vägen in i teamet"; read by screen readers as the list's name. */
  label: string;
  /** A Markdown list, one item per step: the title in bold, the text, and "Vem: …" (see stepsFromList.ts). */
  children: ReactNode;
}

const nodes = (list: readonly ReactNode[]) => list.map((node, index) => <Fragment key={index}>{node}</Fragment>);

/**
 * A process drawn as an ordered list of numbered steps with arrows between them: plain HTML,
 * rendered when the site is built, readable without JavaScript and by screen readers as a list.
 */
export default function ProcessFlow({label, children}: Props): ReactNode {
  const steps = stepsFromList(children, label, useMDXComponents());
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{label}</figcaption>
      <ol className={styles.steps} aria-label={label}>
        {steps.map((step, index) => (
          <li key={index} className={styles.step}>
            <span className={styles.number} aria-hidden="true">
              {index + 1}
            </span>
            <div>
              <p className={styles.title}>{step.title}</p>
              <p className={styles.text}>{nodes(step.text)}</p>
              {step.who && <p className={styles.who}>Vem: {nodes(step.who)}</p>}
            </div>
          </li>
        ))}
      </ol>
    </figure>
  );
}
