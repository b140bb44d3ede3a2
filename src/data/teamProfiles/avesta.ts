import type {TeamProfile} from './schema';

export const profile: TeamProfile = {
  team: 'avesta',
  name: 'Samverkansteam Avesta',
  municipalities: ['Avesta'],
  county: 'Dalarna',
  forbund: 'Södra Dalarnas Samordningsförbund',
  host: 'Avesta kommun är värd: teamet ligger administrativt under kommunens enhet för Arbete och sysselsättning, som anställer coacherna och har teamet i sina lokaler i Koppardalen.',
  steeringGroup: [
    'Arbetsförmedlingen',
    'Avesta kommun, socialtjänsten',
    'Region Dalarna, vuxenpsykiatrin',
    'Avesta kommun, enheten för Arbete och sysselsättning',
    'Försäkringskassan (platsen vakant)',
    'Verksamhetssamordnaren (föredragande)',
    'Södra Dalarnas Samordningsförbund (förbundschefen, adjungerad)',
  ],
  targetGroup:
    'Personer i åldern 16–64 år som behöver samordnad arbetslivsinriktad rehabilitering och står långt från arbetsmarknaden; högsta ålder vid inskrivning är i dag 60 år, och unga med aktivitetsersättning är en prioriterad grupp.',
  referrers: [
    'Avesta kommun (socialtjänsten och skolan)',
    'Region Dalarna (främst vuxenpsykiatrin, även primärvårdsrehab)',
    'Arbetsförmedlingen',
    'Försäkringskassan',
  ],
  year: 2022,
  refs: [
    {source: 'avesta-2021-2022', lines: 'L4–L7'},
    {source: 'avesta-2021-2022', lines: 'L17–L22'},
    {source: 'avesta-2021-2022', lines: 'L30–L43'},
    {source: 'avesta-2021-2022', lines: 'L64–L74'},
    {source: 'avesta-2021-2022', lines: 'L99–L101'},
    {source: 'avesta-2021-2022', lines: 'L508–L527'},
  ],
};
