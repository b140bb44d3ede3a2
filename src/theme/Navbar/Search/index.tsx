/**
 * Replaces the theme's search container in the navbar. The theme places it with position: absolute
 * on phones, so the site title ran in under the search; here it takes its own room in the bar.
 */
import React, {type ReactNode} from 'react';
import type {Props} from '@theme/Navbar/Search';
import styles from './styles.module.css';

export default function NavbarSearch({children, className}: Props): ReactNode {
  return <div className={[className, styles.navbarSearchContainer].filter(Boolean).join(' ')}>{children}</div>;
}
