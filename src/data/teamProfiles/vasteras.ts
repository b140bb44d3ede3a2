import type {TeamProfile} from './schema';

export const profile: TeamProfile = {
  team: 'vasteras',
  name: 'Samordningsteam Västerås',
  municipalities: ['Västerås'],
  county: 'Västmanland',
  forbund: 'Samordningsförbundet Västmanland',
  host: 'Västerås stad anställer arbetskonsulenterna och verksamhetsledaren, men rollen som verksamhetsledare tillsattes inte igen under hösten 2024 och ansvaret delas i stället inom gruppen.',
  steeringGroup: ['Lokala chefer från parterna', 'Samverkansansvarig från Försäkringskassan'],
  targetGroup:
    'Personer i arbetsför ålder i Västerås som inte kan ta del av remittenternas ordinarie insatser och riskerar att hamna mellan stolarna.',
  referrers: ['Försäkringskassan', 'Arbetsförmedlingen', 'Västerås stad (ekonomiskt bistånd)', 'Region Västmanland'],
  year: 2024,
  refs: [
    {source: 'arsrapport-2024', lines: 'L36'},
    {source: 'arsrapport-2024', lines: 'L67–L70'},
    {source: 'arsrapport-2024', lines: 'L80'},
    {source: 'arsrapport-2024', lines: 'L879'},
    {source: 'arsrapport-2024', lines: 'L934'},
  ],
};
