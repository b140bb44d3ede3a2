import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Lists the form's errors at the top, each linked to its field (as in the GOV.UK design system).
 * It is announced politely when it appears; focus stays where the user is typing.
 */
export default function ErrorSummary({errors, labels}: {errors: Record<string, string>; labels: Record<string, string>}): ReactNode {
  const entries = Object.entries(errors).filter(([id]) => id !== 'flyttar' || !errors.deltagare);
  return (
    <div aria-live="polite">
      {entries.length > 0 && (
        <div className={styles.summary} role="region" aria-labelledby="kalkyl-fel-rubrik">
          <h2 id="kalkyl-fel-rubrik" className={styles.title}>
            {entries.length === 1 ? 'Ett fält behöver rättas' : `${entries.length} fält behöver rättas`}
          </h2>
          <p>Resultatet nedan gäller de senaste giltiga värdena tills du har rättat.</p>
          <ul>
            {entries.map(([id, message]) => (
              <li key={id}>
                <a href={`#falt-${id === 'flyttar' ? 'deltagare' : id}`}>
                  {labels[id] ?? id}: {message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
