import React, {type ComponentProps, type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A table that scrolls sideways on its own when it is wider than the screen (320 px phones),
 * instead of widening the whole page. The scroll area is focusable and named, so keyboard users
 * can scroll it too (axe: scrollable-region-focusable).
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label="Tabell">
      <table {...props} />
    </div>
  );
}
