import type {TeamProfile} from './schema';

export const profile: TeamProfile = {
  team: 'surahammar',
  name: 'Samordningsteam Surahammar',
  municipalities: ['Surahammar'],
  county: 'Västmanland',
  forbund: 'Samordningsförbundet Västmanland',
  host: 'Surahammars kommun anställer verksamhetsledaren, och teamet har en väl fungerande samverkan med kommunens Arbetscenter.',
  steeringGroup: ['Lokala chefer från parterna', 'Samverkansansvarig från Försäkringskassan'],
  targetGroup:
    'Personer i arbetsför ålder (16–67 år) i Surahammar som står långt från arbete och behöver myndigheternas samordnade stöd för att komma till eller närma sig egen försörjning.',
  referrers: ['Surahammars kommun', 'Försäkringskassan', 'Arbetsförmedlingen', 'Region Västmanland'],
  year: 2024,
  refs: [
    {source: 'arsrapport-2024', lines: 'L36'},
    {source: 'arsrapport-2024', lines: 'L62–L65'},
    {source: 'arsrapport-2024', lines: 'L80'},
    {source: 'arsrapport-2024', lines: 'L396'},
    {source: 'arsrapport-2024', lines: 'L430–L438'},
  ],
};
