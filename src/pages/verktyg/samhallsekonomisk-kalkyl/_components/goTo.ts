import type {MouseEvent} from 'react';

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

/**
 * For a link to "#id" on the page: focus goes to the target, and a field is shown with its label
 * above it (a plain jump to a field would hide the label under the navbar). Without JavaScript the
 * link still jumps.
 */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  const id = event.currentTarget.hash.slice(1);
  const target = id ? document.getElementById(decodeURIComponent(id)) : null;
  if (!target) return;
  event.preventDefault();
  goTo(target, target instanceof HTMLInputElement ? contextOf(target) : null);
}

/**
 * What to show above a field: the legend of its group ("Försörjningsstöd" above "Till arbete")
 * when the legend and the field fit in the window together, otherwise its label, as the GOV.UK
 * error summary does.
 */
function contextOf(input: HTMLInputElement): Element | null {
  const label = document.querySelector(`label[for="${input.id}"]`);
  const legend = input.closest('fieldset')?.querySelector(':scope > legend');
  if (!legend) return label;
  const root = getComputedStyle(document.documentElement);
  const room = window.innerHeight - (parseFloat(root.scrollPaddingTop) || 0) - (parseFloat(root.scrollPaddingBottom) || 0);
  const span = input.getBoundingClientRect().bottom - legend.getBoundingClientRect().top;
  return span <= room ? legend : label;
}
