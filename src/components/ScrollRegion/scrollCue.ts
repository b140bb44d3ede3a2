/**
 * Whether a scroll region's content is wider than the region, and on which side there is more to
 * see. Pure, so that the rule is tested without a browser (tests/unit/scrollCue.test.ts).
 */
export interface ScrollMetrics {
  scrollLeft: number;
  scrollWidth: number;
  clientWidth: number;
}

export interface ScrollCue {
  /** null: not measured yet (the page as built, before JavaScript runs, or a closed <details>). */
  overflowing: boolean | null;
  /** Content is cut off at the start (left) edge: the reader has scrolled. */
  moreBefore: boolean;
  /** Content is cut off at the end (right) edge. */
  moreAfter: boolean;
}

export const unmeasured: ScrollCue = {overflowing: null, moreBefore: false, moreAfter: false};

/**
 * Browsers round widths to whole pixels, and zoom makes scrollLeft fractional: a difference of up
 * to `tolerance` px is no overflow.
 */
export function scrollCue({scrollLeft, scrollWidth, clientWidth}: ScrollMetrics, tolerance = 1): ScrollCue {
  // A region that is not laid out (inside a closed <details>) has no width: nothing to say yet.
  if (clientWidth <= 0) return unmeasured;
  const hidden = scrollWidth - clientWidth;
  if (hidden <= tolerance) return {overflowing: false, moreBefore: false, moreAfter: false};
  // Right-to-left pages report scrollLeft as 0 … -hidden; the distance from the start is the same.
  const scrolled = Math.min(Math.abs(scrollLeft), hidden);
  return {overflowing: true, moreBefore: scrolled > tolerance, moreAfter: hidden - scrolled > tolerance};
}

export function sameCue(a: ScrollCue, b: ScrollCue): boolean {
  return a.overflowing === b.overflowing && a.moreBefore === b.moreBefore && a.moreAfter === b.moreAfter;
}
