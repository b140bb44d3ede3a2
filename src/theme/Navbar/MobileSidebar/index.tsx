/**
 * Wraps (does not eject) the theme's mobile menu: Escape closes it and gives focus back to the
 * menu button, as keyboard users expect of a menu that covers the page.
 */
import React, {useEffect, type ReactNode} from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';

export default function MobileSidebarWithEscape(): ReactNode {
  const {shown, toggle} = useNavbarMobileSidebar();

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

  return <MobileSidebar />;
}
