import type {TeamProfile} from './schema';

export const profile: TeamProfile = {
  team: 'hallstahammar',
  name: 'Samordningsteam Hallstahammar',
  municipalities: ['Hallstahammar'],
  county: 'Västmanland',
  forbund: 'Samordningsförbundet Västmanland',
  host: 'Hallstahammars kommun anställer verksamhetsledaren och arbetskonsulenten, och teamet samarbetar nära med kommunens Jobbcentrum.',
  steeringGroup: ['Lokala chefer från parterna', 'Samverkansansvarig från Försäkringskassan'],
  targetGroup:
    'Personer i arbetsför ålder i Hallstahammar som inte kan ta del av remittenternas ordinarie insatser och som riskerar att falla mellan stolarna.',
  referrers: [
    'Hallstahammars kommun (Försörjning och integration, IFO)',
    'Kommunala aktivitetsansvaret (KAA) i Hallstahammar',
    'Försäkringskassan',
    'Arbetsförmedlingen',
  ],
  year: 2024,
  refs: [
    {source: 'arsrapport-2024', lines: 'L36'},
    {source: 'arsrapport-2024', lines: 'L55–L59'},
    {source: 'arsrapport-2024', lines: 'L80'},
    {source: 'arsrapport-2024', lines: 'L242–L246'},
    {source: 'arsrapport-2024', lines: 'L264–L272'},
  ],
};
