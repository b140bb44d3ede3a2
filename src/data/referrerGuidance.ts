/**
 * What a referrer in a municipality in Västmanland without a samordningsteam in the reports
 * (see vastmanlandMunicipalities.ts) can do, as far as the reports say anything. They say little:
 * no team for those municipalities and no other route for them. So the text says that, points to
 * Samordningsförbundet Västmanland, whose parties run the county's teams, and to the one route to
 * coordinated support the reports describe that is not a team: a samordnad individuell plan (SIP).
 * Shown on /samordningsteamen/for-dig-som-remitterar (TeamsByMunicipality).
 */
import type {SourceId} from './sourceIds';

export interface GuidanceStatement {
  /** One or two sentences in our own words. `{kommuner}` is replaced by the municipalities' names. */
  text: string;
  /** A link after the text, e.g. to the glossary. */
  link?: {to: string; label: string};
  refs: readonly {source: SourceId; lines: string}[];
}

export const noTeamGuidance = {
  id: 'kommun-utan-team',
  heading: 'Om du arbetar i en kommun utan samordningsteam',
  statements: [
    {
      text: 'Rapporterna beskriver inget samordningsteam för {kommuner}. De säger inte heller vad du som remittent där kan göra i stället.',
      refs: [{source: 'arsrapport-2024', lines: 'L5–L18'}],
    },
    {
      text: 'De fem teamen i länet drivs av parterna i Samordningsförbundet Västmanland. Förbundets styrelse ger riktlinjerna, och varje teams styrgrupp bestämmer vilka grupper teamet ska prioritera. Det är du som remitterande myndighet som anvisar personer till ett team.',
      refs: [
        {source: 'arsrapport-2024', lines: 'L18'},
        {source: 'arsrapport-2024', lines: 'L36'},
        {source: 'arsrapport-2024', lines: 'L82'},
      ],
    },
    {
      text: 'Fråga därför Samordningsförbundet Västmanland vilket stöd som finns för personer i din kommun, och om ett team i en grannkommun kan ta emot dem. Det svarar rapporterna inte på.',
      refs: [{source: 'arsrapport-2024', lines: 'L18'}],
    },
    {
      text: 'Behöver personen stöd från både socialtjänsten och vården kan de planera stödet tillsammans i en samordnad individuell plan (SIP). Rapporterna visar den vägen också utan team. I Hallstahammar fortsatte en deltagare 2019 efter tiden i teamet med planering i en sådan plan, med försörjningsstöd och insatser från primärvården. I Sala kallade socialtjänsten 2024 till ett möte om planen med bland andra läkaren i primärvården, en psykiatrisjuksköterska och försörjningsstödet.',
      link: {to: '/ordlista#samordnad-individuell-plan', label: 'Samordnad individuell plan i ordlistan'},
      refs: [
        {source: 'hallstahammar-2019', lines: 'L101'},
        {source: 'hallstahammar-2019', lines: 'L527'},
        {source: 'arsrapport-2024', lines: 'L853'},
      ],
    },
  ] satisfies readonly GuidanceStatement[],
} as const;
