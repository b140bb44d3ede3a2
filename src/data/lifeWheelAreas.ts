/**
 * The life wheel's default areas. They follow the areas the reports describe the teams mapping:
 * Livskompassen in Hallstahammar goes through hem/fritid, relationer, hälsa and arbete/utbildning
 * (Hallstahammar 2019, L732–L736); Västerås' life-wheel mapping leads to contacts with psychiatry,
 * wellness, diet and study guidance (Årsrapport 2024, L883); the teams also work with economy
 * (Grönkvist, budget and debt advice: Årsrapport 2024 L256, L680), housing (L849) and loneliness
 * and isolation (conversation groups that break isolation: L250).
 */
export interface DefaultArea {
  id: string;
  name: string;
  /** Why the area is there, for the page that explains the tool. */
  reason: string;
}

export const defaultLifeWheelAreas: readonly DefaultArea[] = [
  {id: 'arbete', name: 'Arbete och sysselsättning', reason: 'Målet för teamen och ett av Livskompassens livsområden.'},
  {id: 'studier', name: 'Studier och utveckling', reason: 'Livskompassen slår ihop arbete och utbildning; Västerås kopplar på studievägledning.'},
  {id: 'ekonomi', name: 'Ekonomi', reason: 'Ekonomisk stress och skulder tas upp i Grönkvist och budgetrådgivning.'},
  {id: 'boende', name: 'Boende', reason: 'Ett tryggt boende behövs ofta innan andra steg; Livskompassen har hemmet som område.'},
  {id: 'halsa', name: 'Hälsa', reason: 'Fysisk och psykisk hälsa; kartläggningen leder ofta till kontakt med vården.'},
  {id: 'relationer', name: 'Relationer och familj', reason: 'Ett av Livskompassens livsområden.'},
  {id: 'natverk', name: 'Socialt nätverk', reason: 'Teamen arbetar mot ensamhet och isolering, bland annat i samtalsgrupper.'},
  {id: 'fritid', name: 'Fritid och återhämtning', reason: 'Livskompassen har fritiden som område.'},
];
