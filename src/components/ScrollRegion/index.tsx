import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {sameCue, scrollCue, unmeasured, type ScrollCue} from './scrollCue';
import styles from './styles.module.css';

export const scrollHint = 'Svep i sidled för att se hela tabellen';

interface Props {
  label: string;
  children: ReactNode;
  /**
   * Tables whose cells carry `data-label` (the column header) can be stacked when the space is
   * narrow: each row becomes a card with the headers as labels, still a <table> for screen readers.
   * "medium": at most 40rem wide (phones, a docs page's column); "narrow": at most 30rem.
   */
  stack?: 'medium' | 'narrow';
}

/**
 * A region that scrolls sideways on its own when its content (a wide table) is wider than the
 * screen, instead of widening the whole page (WCAG 1.4.10). When the content does not fit, it says
 * so: a text hint above it and a fade at each cut edge, and it is focusable and named so that
 * keyboard users can scroll it too (axe: scrollable-region-focusable). A table's <caption> stays in
 * view while the table scrolls (styles.module.css).
 */
export default function ScrollRegion({label, children, stack}: Props): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  const [cue, setCue] = useState<ScrollCue>(unmeasured);
  const hintId = useId();

  useEffect(() => {
    const element = ref.current;
    // Without ResizeObserver (very old browsers, jsdom) the region stays as built: focusable, no hint.
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const update = () => {
      const next = scrollCue(element);
      setCue((previous) => (sameCue(previous, next) ? previous : next));
    };
    // No measurement during hydration: reading layout in every region's effect forced a layout of
    // the whole page once per table (/resultat: +440 ms blocking time). A ResizeObserver reports each
    // region once after the first layout, together, and again when a closed <details> around the
    // table opens or the content changes width.
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', update, {passive: true});
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, []);

  const overflowing = cue.overflowing === true;
  return (
    <div className={clsx(styles.wrapper, stack && styles[stack])} data-scroll-cue={cue.overflowing === null ? 'unmeasured' : String(overflowing)}
      data-more-before={String(cue.moreBefore)}>
      <p className={styles.hint} id={hintId} hidden={!overflowing}>
        <span aria-hidden="true" className={styles.arrow}>
          ↔
        </span>{' '}
        {scrollHint}
      </p>
      <div className={styles.frame}>
        <div
          ref={ref}
          className={styles.scroller}
          // Focusable while it scrolls (or before it is measured); a table that fits is no tab stop.
          tabIndex={cue.overflowing === false ? undefined : 0}
          role="region"
          aria-label={label}
          aria-describedby={overflowing ? hintId : undefined}>
          {children}
        </div>
        <span className={clsx(styles.fade, styles.fadeStart)} data-fade="start" aria-hidden="true" hidden={!cue.moreBefore} />
        <span className={clsx(styles.fade, styles.fadeEnd)} data-fade="end" aria-hidden="true" hidden={!cue.moreAfter} />
      </div>
    </div>
  );
}
