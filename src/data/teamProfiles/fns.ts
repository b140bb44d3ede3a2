import type {TeamProfile} from './schema';

export const profile: TeamProfile = {
  team: 'fns',
  name: 'Samordningsteam FNS',
  municipalities: ['Fagersta', 'Norberg', 'Skinnskatteberg'],
  county: 'Västmanland',
  forbund: 'Samordningsförbundet Västmanland',
  host: 'Teamet har sin bas i Fagersta, där Fagersta kommun anställer verksamhetsledaren och de flesta socialkonsulenterna och betalar lokaler, fordon och en del av personalkostnaden.',
  steeringGroup: ['Lokala chefer från parterna', 'Samverkansansvarig från Försäkringskassan'],
  targetGroup:
    'Personer i arbetsför ålder i Fagersta, Norberg och Skinnskatteberg som behöver samordnat stöd för att närma sig arbetslivet eller börja studera.',
  referrers: [
    'Fagersta kommun (försörjningsstöd)',
    'Kommunala aktivitetsansvaret (KAA) i Norberg och Skinnskatteberg',
    'Norbergs kommun',
    'Skinnskattebergs kommun',
    'Försäkringskassan',
    'Arbetsförmedlingen',
    'Region Västmanland',
  ],
  year: 2024,
  refs: [
    {source: 'arsrapport-2024', lines: 'L36'},
    {source: 'arsrapport-2024', lines: 'L42–L47'},
    {source: 'arsrapport-2024', lines: 'L80'},
    {source: 'arsrapport-2024', lines: 'L526'},
    {source: 'arsrapport-2024', lines: 'L536–L538'},
    {source: 'arsrapport-2024', lines: 'L658–L667'},
    {source: 'arsrapport-2024', lines: 'L688–L690'},
  ],
};
