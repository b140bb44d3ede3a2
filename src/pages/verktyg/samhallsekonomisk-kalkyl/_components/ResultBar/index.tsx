import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {followLink} from '../goTo';
import styles from './styles.module.css';

/** Longest share of the window the bar may cover and still stay in view (a short window or 200–400 % zoom: it does not). */
const maxShareOfWindow = 0.25;
/** The screen reader hears the sentence when the user pauses, not at every keystroke. */
const announceAfterMs = 1000;

/** Amounts and months in bold, so the eye finds them: "cirka **387 000 kr** per år". */
function emphasize(sentence: string): ReactNode[] {
  return sentence.split(/(\d[\d\s\u00a0\u202f]*(?:kr|månader|månad))/).map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : part));
}

interface Props {
  /** The sentence, or what stands in the way of one. */
  sentence: string;
  link: {href: string; text: string};
}

/**
 * The result in one sentence right where the user edits, at the bottom of the window on a phone,
 * with a link to the whole result (issue 13). It stays in view only while it covers at most a
 * quarter of the window; the page keeps focused fields clear of it with scroll-padding. On wide
 * screens, where the result is beside the form, it is not shown.
 */
export default function ResultBar({sentence, link}: Props): ReactNode {
  const ref = useRef<HTMLElement>(null);
  const [sticky, setSticky] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const first = useRef(true);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const root = document.documentElement;
    const update = () => {
      const height = element.offsetHeight;
      setSticky(height > 0 && height <= window.innerHeight * maxShareOfWindow);
      root.style.setProperty('--kalkyl-bar-height', `${height}px`);
    };
    update();
    // Without ResizeObserver (old browsers, jsdom) the bar is measured when the window changes size.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', update);
      root.style.removeProperty('--kalkyl-bar-height');
    };
  }, []);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    const timer = window.setTimeout(() => setAnnouncement(sentence), announceAfterMs);
    return () => window.clearTimeout(timer);
  }, [sentence]);

  return (
    <>
      <section ref={ref} className={styles.bar} data-kalkyl-bar="" data-sticky={sticky ? 'true' : 'false'} aria-label="Resultatet i korthet">
        <p className={styles.sentence}>{emphasize(sentence)}</p>
        <a className={styles.link} href={link.href} onClick={followLink}>
          {link.text}
        </a>
      </section>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </>
  );
}
