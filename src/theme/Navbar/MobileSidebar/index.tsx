/**
 * Wraps (does not eject) the theme's mobile menu:
 * - Escape closes it and gives focus back to the menu button, as keyboard users expect of a menu
 *   that covers the page.
 * - On a phone the theme renders the closed menu (every link of the main menu and of the section's
 *   sidebar) as soon as the page is hydrated, in one update that React cannot split up, so the
 *   page's first taps wait for it. Here the closed menu is rendered in a transition instead, which
 *   React does in short slices between the reader's taps. A tap on the menu button before that
 *   shows it at once.
 */
import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

export default function MobileSidebarWithEscape(): ReactNode {
  const {shown, shouldRender, toggle} = useNavbarMobileSidebar();
  const [prepared, setPrepared] = useState(false);

  useEffect(() => {
    if (shouldRender && !prepared) startTransition(() => setPrepared(true));
  }, [shouldRender, prepared]);

  useEffect(() => {
    if (!shown) return undefined;
    function closeOnEscape(event: KeyboardEvent): void {
      if (event.key !== 'Escape') return;
      toggle();
      document.querySelector<HTMLButtonElement>('.navbar__toggle')?.focus();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [shown, toggle]);

  return prepared || shown ? <MobileSidebar /> : null;
}
