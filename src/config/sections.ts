/**
 * The site's sections: one entry per part of the site, with who it is for.
 * The start page lists them; the navbar and footer link to the same paths.
 */
export interface SiteSection {
  path: string;
  label: string;
  /** One sentence on what the reader finds there. */
  description: string;
}

export const siteSections: readonly SiteSection[] = [
  {
    path: '/metodhandbok',
    label: 'Metodhandbok',
    description: 'Metoderna och arbetssätten som teamen använder, från lösningsfokus till uppföljning.',
  },
  {
    path: '/samordningsteamen',
    label: 'Samordningsteamen',
    description: 'Teamen i Västmanland och i Avesta: vilka de är till för och hur en person kommer dit.',
  },
  {
    path: '/exempel',
    label: 'Exempel från praktiken',
    description: 'Insatser från samordningsförbund i hela landet som har nått goda resultat.',
  },
  {
    path: '/resultat',
    label: 'Resultat',
    description: 'Vad som hände med deltagarna och vad teamen kostade – och hur siffrorna ska läsas.',
  },
  {
    path: '/verktyg',
    label: 'Verktyg',
    description: 'Interaktiva verktyg för samtal med deltagare och för beslut om finansiering.',
  },
  {
    path: '/ordlista',
    label: 'Ordlista',
    description: 'Ord och förkortningar som används i samverkan kring rehabilitering, förklarade på vanlig svenska.',
  },
  {
    path: '/kallor',
    label: 'Källor',
    description: 'De fem rapporterna som allt innehåll bygger på.',
  },
  {
    path: '/om-webbplatsen',
    label: 'Om webbplatsen',
    description: 'Vad webbplatsen är, hur texterna skrivs och hur den skyddar din integritet.',
  },
  {
    path: '/tillganglighet',
    label: 'Tillgänglighetsredogörelse',
    description: 'Hur tillgänglig webbplatsen är, hur vi testar den och vad som återstår.',
  },
];
