import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A region that scrolls sideways on its own when its content (a wide table) is wider than the
 * screen, instead of widening the whole page (WCAG 1.4.10). It is focusable and named, so keyboard
 * users can scroll it too (axe: scrollable-region-focusable).
 */
export default function ScrollRegion({label, children}: {label: string; children: ReactNode}): ReactNode {
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
