/**
 * The five source reports the site builds on. The Swedish reports in the seeds folder are the
 * only authority; every page's "Källor" names the reports it draws on from this list.
 * Ordered by year of publication, newest first.
 */

import type {SourceReport} from './schemas';

export type {SourceId} from './sourceIds';
export type {SourceReport};

export const sources: readonly SourceReport[] = [
  {
    id: 'arsrapport-2024',
    // Printed on the cover as "Årsrapport 2024" / "Samordningsteam i Västmanland" (L5–L10).
    title: 'Årsrapport 2024 – Samordningsteam i Västmanland',
    publisher: 'Samordningsförbundet Västmanland',
    year: 2025,
    // No date is printed; the text speaks of 2025 in the past tense (L804).
    yearNote: 'Året framgår inte; rapporten gäller 2024 och bör vara skriven 2025.',
    period: 'Kalenderåret 2024',
    // L32 credits roles only, no names.
    authors: 'Insatsernas verksamhetsledare och övrig insatspersonal tillsammans med insatsernas styrgrupper',
    file: '001_cec97cc825b221ec.txt',
    summary:
      'Gemensam årsrapport för de fem samordningsteamen i Västmanland: Fagersta–Norberg–Skinnskatteberg (FNS), Sala, Hallstahammar, Surahammar och Västerås. Den beskriver styrning, personal, målgrupp, arbetssätt och resultat för varje team under 2024. Webbplatsen använder den som huvudkälla för teamsidorna, för de metoder teamen använder i dag och för resultaten 2024.',
  },
  {
    id: 'avesta-2021-2022',
    // The OCR text has no title page; L118 calls the previous report "förra helårsrapporten".
    title: '[Helårsrapport för Samverkansteam Avesta, 1 juli 2021–30 juni 2022]',
    // L508–509: the four authorities run the team; Södra Dalarnas Samordningsförbund funds it.
    publisher: 'Samverkansteam Avesta (finansieras av Södra Dalarnas Samordningsförbund)',
    year: 2022,
    // L656–672: budget outcome per 2022-06-30 and a forecast for the full year 2022.
    yearNote:
      'Året framgår inte; rapporten gäller perioden fram till 30 juni 2022 och har en budgetprognos för helåret 2022, så den bör vara skriven under andra halvåret 2022.',
    period: '1 juli 2021–30 juni 2022',
    file: '004_3cb5d9b8340d8eb3.txt',
    summary:
      'Helårsrapport från Samverkansteam Avesta i Dalarna, som Arbetsförmedlingen, Försäkringskassan, Region Dalarna och Avesta kommun driver tillsammans. Rapporten beskriver deltagare, resultat, personal, organisation och budget, och hur teamet arbetar lösningsfokuserat med coachning i grupp. Webbplatsen använder den som exempel på ett liknande team utanför Västmanland, särskilt för arbetet i grupp.',
  },
  {
    id: 'hallstahammar-2019',
    // The extracted text has no title page; it starts with cover quotes and "Sammanfattning".
    title: '[Verksamhetsberättelse 2019 – Samordningsteamet i Hallstahammar]',
    // L65, L1128, L1316–1324: the team sits in Hallstahammars kommun and is funded by NVS.
    publisher: 'Samordningsteamet i Hallstahammar, Hallstahammars kommun (finansieras av Norra Västmanlands Samordningsförbund)',
    year: 2020,
    // L1322: a decision "godkändes i januari 2020".
    yearNote: 'Året framgår inte; rapporten gäller 2019 och nämner ett beslut från januari 2020, så den bör vara skriven 2020.',
    period: 'Kalenderåret 2019',
    file: '003_a0aff5c80b97cf24.txt',
    summary:
      'Verksamhetsberättelse för Samordningsteamet i Hallstahammar för 2019, ett år som teamet beskriver som ett år av införande efter sammanslagningen med kommunens Jobbcentrum. Den beskriver vägen in i teamet, det lösningsfokuserade arbetssättet, mätverktyg som ORS/SRS, skalfrågor och Livskompassen samt resultat, personal och ekonomi. Webbplatsen använder den för metodsidorna och som bakgrund till teamet i Hallstahammar.',
  },
  {
    id: 'hs-teamets-delning',
    title: 'Uppföljning av HS-teamets delning och skapandet av nya Samordningsteam i Surahammar och Hallstahammar',
    // L141: the assignment came from the board of Norra Västmanlands Samordningsförbund in 2019.
    publisher: 'Norra Västmanlands Samordningsförbund (styrelsen gav uppdraget)',
    year: 2019,
    // L141, L167: assignment given in 2019, interviews April–July 2019; no date printed.
    yearNote: 'Året framgår inte; uppdraget gavs 2019 och intervjuerna gjordes april–juli 2019, så rapporten bör vara skriven 2019.',
    period: 'Tiden från delningen av HS-teamet till sommaren 2019 (intervjuer april–juli 2019)',
    authors: 'Marita Mossberg',
    file: '000_90c25d1651882498.txt',
    summary:
      'Uppföljning som bygger på intervjuer med parterna, politiker, chefer och deltagare om varför det gemensamma HS-teamet delades och hur de nya teamen i Surahammar och Hallstahammar fungerade efter ungefär ett år. Rapporten jämför förväntningar med utfall och redovisar lärdomar. Webbplatsen använder den för historiken bakom teamen, för lärdomar om att starta ett team och för det lösningsfokuserade arbetssättet.',
  },
  {
    id: 'nns-fantastiska-resultat',
    title: 'Exempel på insatser med fantastiska resultat – och vad den finansiella samordningen möjliggör',
    publisher: 'Nationella nätverket för samordningsförbund (NNS)',
    year: 2016,
    // Back cover (L2037): "Tryckning: Hylte Tryck AB, mars 2016".
    yearNote: 'Tryckt mars 2016.',
    period: 'Främst 2015 (exemplen samlades in vintern 2015/16)',
    authors: 'Annica Nilsson och Jonas Wells (redaktörer)',
    file: '002_b8aa375846be4f54.txt',
    summary:
      'Temanummer i NNS rapportserie med exempel från samordningsförbund runt om i landet på insatser med mycket goda resultat, en analys av vad exemplen har gemensamt och ett samhällsekonomiskt kapitel skrivet av konsultföretaget Payoff. Ett av exemplen är Samordningsteam Sala. Webbplatsen använder rapporten till sidorna Exempel från praktiken och som historisk bakgrund, eftersom uppgifterna gäller 2015–2016.',
  },
];
