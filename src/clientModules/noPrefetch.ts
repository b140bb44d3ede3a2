/**
 * No prefetching of linked pages. Docusaurus downloads the code of every internal link that
 * scrolls into view; on a method page with its sidebar that doubled what a phone downloads
 * (Lighthouse: 363 KiB instead of about 200), and the start page fetched the calculator's code.
 * The code of a page still loads ahead when the reader points at or touches its link (preload),
 * and of course when the page is opened.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

interface DocusaurusGlobal {
  prefetch: (path: string) => boolean;
  preload: (path: string) => boolean;
}

export function onRouteDidUpdate(): void {
  if (!ExecutionEnvironment.canUseDOM) return;
  const global = window as unknown as {docusaurus?: DocusaurusGlobal};
  // The object itself is read-only, so it is replaced by a copy without prefetching.
  if (global.docusaurus) global.docusaurus = {...global.docusaurus, prefetch: () => false};
}
