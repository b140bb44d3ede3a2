/**
 * Moves focus to `element` and scrolls so that `start` (its label or heading) is at the top of
 * the window and the element itself is in view: above the result bar and below the navbar, which
 * the page's scroll-padding keeps clear (WCAG 2.4.11).
 */
export function goTo(element: HTMLElement, start: Element | null = null): void {
  element.focus({preventScroll: true});
  (start ?? element).scrollIntoView({block: 'start'});
  if (start) element.scrollIntoView({block: 'nearest'});
}
