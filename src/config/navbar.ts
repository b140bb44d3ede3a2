import type {Navbar} from '@docusaurus/theme-common';
import {siteTitle} from './site';

/** The top navigation: one item per section of the site, in the order a first-time visitor needs them. */
export const navbar = {
  title: siteTitle,
  logo: {
    alt: '',
    src: 'img/logo.svg',
    width: 32,
    height: 32,
  },
  hideOnScroll: false,
  items: [
    {type: 'docSidebar', sidebarId: 'metodhandbok', label: 'Metodhandbok', position: 'left'},
    {to: '/samordningsteamen', label: 'Samordningsteamen', position: 'left', activeBaseRegex: '^/samordningsteamen'},
    {to: '/exempel', label: 'Exempel', position: 'left', activeBaseRegex: '^/exempel'},
    {to: '/resultat', label: 'Resultat', position: 'left', activeBaseRegex: '^/resultat'},
    {to: '/verktyg', label: 'Verktyg', position: 'left', activeBaseRegex: '^/verktyg'},
    {to: '/ordlista', label: 'Ordlista', position: 'left'},
    {
      type: 'dropdown',
      label: 'Om webbplatsen',
      position: 'right',
      items: [
        {to: '/om-webbplatsen', label: 'Om webbplatsen'},
        {to: '/kallor', label: 'Källor'},
        {to: '/tillganglighet', label: 'Tillgänglighetsredogörelse'},
        {to: '/nyheter', label: 'Nyheter'},
      ],
    },
  ],
} satisfies Navbar;
