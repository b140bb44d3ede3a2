/**
 * The navbar item types the site uses, and only those: the theme's own map also imports the locale
 * dropdown, the doc and docs version items and the HTML item, which were about 8 KB of every page's
 * main.js though the site has one language and one version, and which need the list of all pages
 * that plugins/lean-docs leaves out. To use another type in src/config/navbar.ts,
 * add it here (the build stops with "No NavbarItem component found for type …" until you do).
 */
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import DropdownNavbarItem from '@theme/NavbarItem/DropdownNavbarItem';
import SearchNavbarItem from '@theme/NavbarItem/SearchNavbarItem';
import type ComponentTypesType from '@theme/NavbarItem/ComponentTypes';

const ComponentTypes = {
  default: DefaultNavbarItem,
  dropdown: DropdownNavbarItem,
  search: SearchNavbarItem,
} as unknown as typeof ComponentTypesType;

export default ComponentTypes;
