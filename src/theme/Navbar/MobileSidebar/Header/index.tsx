/**
 * Replaces the theme's header of the mobile menu: the same logo and title, colour mode button and
 * close button, but the buttons are 44 × 44 px (the theme's were 21–24 px) and the title wraps
 * between words or at the joint of a compound (src/config/navbar.ts), never inside a word.
 */
import React, {type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import {translate} from '@docusaurus/Translate';
import NavbarColorModeToggle from '@theme/Navbar/ColorModeToggle';
import IconClose from '@theme/Icon/Close';
import NavbarLogo from '@theme/Navbar/Logo';
import styles from './styles.module.css';

export default function NavbarMobileSidebarHeader(): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  return (
    <div className={`navbar-sidebar__brand ${styles.header}`}>
      <NavbarLogo />
      <NavbarColorModeToggle className={styles.colorModeToggle} />
      <button
        type="button"
        aria-label={translate({
          id: 'theme.docs.sidebar.closeSidebarButtonAriaLabel',
          message: 'Close navigation bar',
          description: 'The ARIA label for close button of mobile sidebar',
        })}
        className={`clean-btn navbar-sidebar__close ${styles.close}`}
        onClick={() => mobileSidebar.toggle()}>
        <IconClose color="var(--ifm-color-emphasis-700)" />
      </button>
    </div>
  );
}
