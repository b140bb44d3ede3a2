import type {Navbar} from '@docusaurus/theme-common';
import {siteTitleHyphenated} from './site';

/** The top navigation: one item per section of the site, in the order a first-time visitor needs them. */
export const navbar = {
  // With soft hyphens at the compounds' joints: on a narrow phone and in the mobile menu the name
  // wraps between words or as "Samordnings-/teamens", never in the middle of a word.
  title: siteTitleHyphenated,
  logo: {
    alt: '',
    src: 'img/logo.svg',
    width: 32,
    height: 32,
  },
  hideOnScroll: false,
  items: [
    {to: '/metodhandbok', label: 'Metodhandbok', position: 'left', activeBaseRegex: '^/metodhandbok'},
    {to: '/samordningsteamen', label: 'Samordningsteamen', position: 'left', activeBaseRegex: '^/samordningsteamen'},
    {to: '/exempel', label: 'Exempel', position: 'left', activeBaseRegex: '^/exempel'},
    {to: '/resultat', label: 'Resultat', position: 'left', activeBaseRegex: '^/resultat'},
    {to: '/verktyg', label: 'Verktyg', position: 'left', activeBaseRegex: '^/verktyg'},
    {to: '/ordlista', label: 'Ordlista', position: 'left'},
    {
      type: 'dropdown',
      label: 'Lättläst',
      position: 'right',
      items: [
        {to: '/lattlast/vad-ar-ett-samordningsteam', label: 'Vad är ett samordningsteam?'},
        {to: '/lattlast/sa-fungerar-livshjulet', label: 'Så fungerar livshjulet'},
      ],
    },
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
