import type {TeamProfile} from './schema';

export const profile: TeamProfile = {
  team: 'sala',
  name: 'Samordningsteam Sala',
  municipalities: ['Sala'],
  county: 'Västmanland',
  forbund: 'Samordningsförbundet Västmanland',
  host: 'Sala kommun anställer verksamhetsledaren och socialkonsulenten, och teamet samarbetar nära med kommunens arbetsmarknadsenhet.',
  steeringGroup: ['Lokala chefer från parterna', 'Samverkansansvarig från Försäkringskassan'],
  targetGroup:
    'Personer i arbetsför ålder i Sala som står långt från arbete och behöver samordnat stöd från flera myndigheter för att komma närmare egen försörjning.',
  referrers: [
    'Försäkringskassan',
    'Arbetsförmedlingen',
    'Sala kommun',
    'Region Västmanland (finns med som remitterande part men remitterade ingen 2024)',
    'Deltagaren själv (egen ansökan utan remitterande part)',
  ],
  year: 2024,
  refs: [
    {source: 'arsrapport-2024', lines: 'L36'},
    {source: 'arsrapport-2024', lines: 'L49–L53'},
    {source: 'arsrapport-2024', lines: 'L80'},
    {source: 'arsrapport-2024', lines: 'L752'},
    {source: 'arsrapport-2024', lines: 'L818–L824'},
  ],
};
