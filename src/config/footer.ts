import type {Footer} from '@docusaurus/theme-common';

/** The footer repeats the site's map, grouped by who is reading. */
export const footer = {
  style: 'dark',
  links: [
    {
      title: 'Handboken',
      items: [
        {label: 'Metodhandbok', to: '/metodhandbok'},
        {label: 'Samordningsteamen', to: '/samordningsteamen'},
        {label: 'Exempel från praktiken', to: '/exempel'},
        {label: 'Ordlista', to: '/ordlista'},
        {label: 'Skriv ut hela metodhandboken', to: '/skriv-ut-metodhandboken'},
      ],
    },
    {
      title: 'För dig som',
      items: [
        {label: 'arbetar i ett samordningsteam', to: '/metodhandbok'},
        {label: 'remitterar till ett team', to: '/samordningsteamen/for-dig-som-remitterar'},
        {label: 'beslutar om finansieringen', to: '/resultat'},
        {label: 'är deltagare: lättläst om teamen', to: '/lattlast/vad-ar-ett-samordningsteam'},
        {label: 'Lättläst: så fungerar livshjulet', to: '/lattlast/sa-fungerar-livshjulet'},
      ],
    },
    {
      title: 'Om webbplatsen',
      items: [
        {label: 'Om webbplatsen', to: '/om-webbplatsen'},
        {label: 'Källor', to: '/kallor'},
        {label: 'Tillgänglighetsredogörelse', to: '/tillganglighet'},
        {label: 'Om kakor och personuppgifter', to: '/om-cookies-och-personuppgifter'},
        {label: 'Nyheter', to: '/nyheter'},
        {label: 'Nyheter som RSS-flöde', href: 'pathname:///nyheter/rss.xml'},
      ],
    },
  ],
  copyright:
    'Innehållet bygger på fem offentliga rapporter om samordningsteam och finansiell samordning. Webbplatsen använder inga kakor och ingen besöksstatistik.',
} satisfies Footer;
