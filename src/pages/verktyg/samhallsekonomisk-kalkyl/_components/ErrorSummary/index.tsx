import React, {forwardRef, type ReactNode} from 'react';
import type {ErrorEntry} from '@site/src/tools/kalkyl/errors';
import {followLink} from '../goTo';
import styles from './styles.module.css';

export const errorSummaryId = 'kalkyl-fel';

interface Props {
  entries: readonly ErrorEntry[];
  /** What the errors mean for the result, under the heading. */
  intro: string;
}

/**
 * Lists the form's errors at the top, each linked to its field (as in the GOV.UK design system).
 * It is announced politely when it appears; focus stays where the user is typing. The page moves
 * focus here when a shared link opens with wrong values.
 */
const ErrorSummary = forwardRef<HTMLDivElement, Props>(function ErrorSummary({entries, intro}, ref): ReactNode {
  return (
    <div aria-live="polite">
      {entries.length > 0 && (
        <div ref={ref} id={errorSummaryId} tabIndex={-1} className={styles.summary} role="region" aria-labelledby={`${errorSummaryId}-rubrik`}>
          <h2 id={`${errorSummaryId}-rubrik`} className={styles.title}>
            {entries.length === 1 ? 'Ett fält behöver rättas' : `${entries.length} fält behöver rättas`}
          </h2>
          <p>{intro}</p>
          <ul>
            {entries.map((entry) => (
              <li key={entry.id}>
                <a href={entry.href} onClick={followLink}>
                  {entry.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});

export default ErrorSummary;
