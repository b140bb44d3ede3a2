/** The four groups of readers the start page routes, and what each came for. */
export interface AudienceRoute {
  id: string;
  heading: string;
  text: string;
  links: readonly {to: string; label: string}[];
}

export const audienceRoutes: readonly AudienceRoute[] = [
  {
    id: 'personal',
    heading: 'Du arbetar i ett samordningsteam',
    text: 'Läs hur teamen arbetar med lösningsfokus, grupper, arbetsträning och uppföljning, och använd verktygen i samtal med deltagare.',
    links: [
      {to: '/metodhandbok', label: 'Till metodhandboken'},
      {to: '/verktyg', label: 'Till verktygen'},
    ],
  },
  {
    id: 'remittent',
    heading: 'Du vill remittera en person till ett team',
    text: 'Se vilka teamen är till för, vilket team som finns i din kommun och hur vägen in i teamet går till.',
    links: [
      {to: '/samordningsteamen/for-dig-som-remitterar', label: 'Till sidan för dig som remitterar'},
      {to: '/samordningsteamen', label: 'Till samordningsteamen'},
      {to: '/ordlista', label: 'Till ordlistan'},
    ],
  },
  {
    id: 'beslutsfattare',
    heading: 'Du är politiker eller sitter i en styrelse',
    text: 'Se vad som hände med deltagarna, hur resultaten ska läsas och vad andra samordningsförbund har åstadkommit.',
    links: [
      {to: '/resultat', label: 'Till resultaten'},
      {to: '/verktyg/samhallsekonomisk-kalkyl', label: 'Till den samhällsekonomiska kalkylen'},
      {to: '/exempel', label: 'Till exemplen från praktiken'},
    ],
  },
  {
    id: 'deltagare',
    heading: 'Du är deltagare eller anhörig',
    text: 'Läs på lättläst svenska om vad ett samordningsteam är och hur livshjulet fungerar.',
    links: [
      {to: '/lattlast/vad-ar-ett-samordningsteam', label: 'Vad är ett samordningsteam? (lättläst)'},
      {to: '/lattlast/sa-fungerar-livshjulet', label: 'Så fungerar livshjulet (lättläst)'},
    ],
  },
];
