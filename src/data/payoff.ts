/**
 * The socio-economic chapter of the NNS report (2016), written by Payoff AB:
 * "Insatser med fantastiska resultat – ett samhällsekonomiskt perspektiv",
 * 002_b8aa375846be4f54.txt L472–L531. The national average in `payoffComparison`
 * comes from the editors' analysis chapter (L388), which the Payoff chapter does not cite.
 * Every number is as the report states it; none is computed here. The figures are from 2015–2016.
 */

export interface StatedFigure { value: number; unit: 'procent' | 'kr' | 'månader' | 'år' | 'insatser' | 'personer'; lines: string; note?: string }

/** Payoff's key figures, each explained in plain Swedish (own words). */
export interface KeyFigureDefinition { id: string; name: string; explanation: string; lines: string }
export const payoffKeyFigures: readonly KeyFigureDefinition[] = [
  {
    id: 'potential',
    name: 'Potential',
    explanation:
      'Vad det kostar samhället under ett år när en person inte arbetar och dessutom behöver vård, omsorg och handläggning. Potentialen visar alltså hur mycket som finns att vinna om personen kommer i arbete. Payoff har tagit fram nyckeltalet själv.',
    lines: 'L507',
  },
  {
    id: 'intakter',
    name: 'Intäkter',
    explanation:
      'Det samhället vinner när en person börjar försörja sig på ett arbete eller inte längre behöver vård och andra insatser som kräver personal. Om personen hade försörjningsstöd före insatsen och lön efter, minskar kommunens kostnader för stödet och för handläggningen, och skatteintäkterna ökar. Intäkterna kan också bli negativa, åtminstone på kort sikt, till exempel när en person efter insatsen behöver rehabilitering.',
    lines: 'L508–L510',
  },
  {
    id: 'kostnader',
    name: 'Kostnader',
    explanation:
      'Det insatsen har kostat att genomföra. Både insatsens egna kostnader och eventuella köpta tjänster räknas med.',
    lines: 'L512',
  },
  {
    id: 'lonsamhet',
    name: 'Lönsamhet',
    explanation:
      'Intäkterna minus kostnaderna. Payoff räknar både på kort sikt (ett år efter att deltagarna har slutat i insatsen) och på medellång sikt (fem år efter). Det längre perspektivet är en prognos som bygger på hur det gick efter det första året. I en av känslighetsanalyserna fördelas kostnaden på tre år i stället för att hela kostnaden läggs på det första året. Då blir en insats som såg olönsam ut på kort sikt ofta lönsam.',
    lines: 'L513',
  },
  {
    id: 'aterbetalningstid',
    name: 'Återbetalningstid',
    explanation:
      'Hur lång tid det tar innan insatsens intäkter är lika stora som dess kostnader, det vill säga när insatsen har betalat sig. Allt som kommer in efter den punkten är en ren vinst för samhället.',
    lines: 'L514',
  },
  {
    id: 'verkningsgrad',
    name: 'Verkningsgrad',
    explanation:
      'Den andel av vad deltagarens situation kostar samhället som försvinner under första året efter insatsen. Kostnaden räknas på hur deltagaren levde under året före insatsen. Verkningsgraden säger något om hur produktiv en insats är. Payoff har tagit fram nyckeltalet själv, och det hör till företagets webbaserade utvärderingsprogram NyttoSAM.',
    lines: 'L515',
  },
  {
    id: 'kostnad-per-verkningsgrad',
    name: 'Kostnad per verkningsgrad',
    explanation:
      'Vad insatsen har kostat för varje procentenhet verkningsgrad den har nått. Nyckeltalet säger något om hur effektiv en insats är. Payoff har tagit fram det själv och ser det, tillsammans med återbetalningstiden, som det bästa måttet i en samhällsekonomisk utvärdering.',
    lines: 'L516',
  },
];

/** The report's worked examples (e.g. income support to a job; the verkningsgrad example). */
export interface WorkedExample { id: string; title: string; explanation: string; figures: {label: string; figure: StatedFigure}[] }
export const payoffWorkedExamples: readonly WorkedExample[] = [
  {
    id: 'vad-betyder-i-arbete',
    title: 'Vad är ”i arbete” värt?',
    explanation:
      'Insatser har sällan tydliga ekonomiska mål. Ett mål som ”i arbete” kan betyda allt från deltid med full lönesubvention till heltid utan subvention, och därför går det inte att säga vad målet är värt för samhället. Värdet per år kan ligga var som helst i spannet nedan.',
    figures: [
      {label: 'Lönesubvention i det svagaste fallet (deltidsarbete)', figure: {value: 100, unit: 'procent', lines: 'L486'}},
      {label: 'Värde för samhället per år, lägst', figure: {value: 0, unit: 'kr', lines: 'L486'}},
      {
        label: 'Värde för samhället per år, högst (heltid utan lönesubvention)',
        figure: {value: 550000, unit: 'kr', lines: 'L486', note: 'Rapporten skriver ”cirka”.'},
      },
    ],
  },
  {
    id: 'potential',
    title: 'Potentialen för en person',
    explanation:
      'Payoffs exempel på vad en person som står utanför arbetet kostar samhället under ett år, om personen annars hade haft en genomsnittlig lön och har några läkarbesök i primärvården.',
    figures: [
      {
        label: 'Samhällets potential per år',
        figure: {
          value: 600000,
          unit: 'kr',
          lines: 'L507',
          note: 'Rapporten skriver ”cirka”. Antagandet är en genomsnittlig lön och fem läkarbesök i primärvården.',
        },
      },
    ],
  },
  {
    id: 'forsorjningsstod-till-arbete',
    title: 'Från försörjningsstöd till arbete',
    explanation:
      'En person går från försörjningsstöd till ett heltidsarbete utan lönesubvention. Samhället vinner på att kostnaden för stödet och handläggningen försvinner och på att skatteintäkterna ökar. En del av vinsten hamnar hos kommunen, men en del av skatteintäkten fördelas till andra kommuner genom skatteutjämningen.',
    figures: [
      {label: 'Försörjningsstöd före, per månad', figure: {value: 8000, unit: 'kr', lines: 'L508'}},
      {label: 'Lön efter, per månad (heltid utan lönesubvention)', figure: {value: 23000, unit: 'kr', lines: 'L510'}},
      {
        label: 'Intäkt för samhället',
        figure: {value: 510000, unit: 'kr', lines: 'L510', note: 'Rapporten skriver ”cirka” och anger inte vilken period beloppet gäller.'},
      },
      {
        label: 'Intäkt för kommunen',
        figure: {value: 180000, unit: 'kr', lines: 'L510', note: 'Rapporten skriver ”cirka”. Beloppet ingår i intäkten för samhället.'},
      },
      {
        label: 'Varav skatteintäkt för kommunen',
        figure: {value: 60000, unit: 'kr', lines: 'L510', note: 'En del fördelas till andra kommuner genom skatteutjämningen.'},
      },
    ],
  },
  {
    id: 'verkningsgrad',
    title: 'Så räknas verkningsgraden',
    explanation:
      'Först räknas vad deltagarens utanförskap kostade samhället under året före insatsen. Sedan räknas hur mycket av den kostnaden som har försvunnit under året efter insatsen. Andelen är verkningsgraden.',
    figures: [
      {label: 'Samhällsekonomisk kostnad före insatsen', figure: {value: 600000, unit: 'kr', lines: 'L515'}},
      {label: 'Skapat värde under perioden efter insatsen', figure: {value: 120000, unit: 'kr', lines: 'L515'}},
      {label: 'Period efter insatsen', figure: {value: 12, unit: 'månader', lines: 'L515'}},
      {label: 'Verkningsgrad', figure: {value: 20, unit: 'procent', lines: 'L515'}},
    ],
  },
];

/**
 * Payoff's list "Insatser med fantastiska resultat – vår lista": one row per intervention, with whatever the report states,
 * in the order the rows are printed (L523–L529). The list is not sorted by any single column, and Payoff itself
 * urges caution about ranking (L520). The list covers interventions Payoff has evaluated since 2011 (L531).
 * `placeInReport` is only what the report itself says about a place: the editors name the three best and Balder
 * in fifth place from Payoff's earlier, simple study (L400). The site gives no other ranks.
 */
export interface PayoffListRow {
  intervention: string;
  forbund: string;
  exampleSlug?: string;
  placeInReport?: {text: string; lines: string};
  figures: {label: string; figure: StatedFigure}[];
}

const amongTheBest = {text: 'En av de tre bästa i Payoffs tidigare studie', lines: 'L400'};

/** The three columns of the printed list, all on the intervention's own row. */
const row = (
  verkningsgrad: number,
  aterbetalningstid: number,
  kostnadPerVerkningsgrad: number,
  lines: string,
): PayoffListRow['figures'] => [
  {label: 'Verkningsgrad', figure: {value: verkningsgrad, unit: 'procent', lines}},
  {label: 'Återbetalningstid', figure: {value: aterbetalningstid, unit: 'månader', lines}},
  {label: 'Kostnad per verkningsgrad', figure: {value: kostnadPerVerkningsgrad, unit: 'kr', lines}},
];

export const payoffList: readonly PayoffListRow[] = [
  {
    intervention: 'Arbetsmarknadstorget',
    // The list says "Sf Skellefteå"; the example chapter names the federation Skellefteå-Norsjö.
    forbund: 'Samordningsförbundet Skellefteå',
    exampleSlug: 'arbetsmarknadstorget',
    placeInReport: amongTheBest,
    figures: row(26, 8, 4600, 'L523'),
  },
  {
    intervention: 'Samordningsteam Sala',
    forbund: 'Norra Västmanlands samordningsförbund',
    exampleSlug: 'samordningsteam-sala',
    placeInReport: amongTheBest,
    figures: row(16, 11, 7000, 'L524'),
  },
  {
    // Printed "Tuna" in the list, "TUNA" elsewhere in the report.
    intervention: 'TUNA',
    forbund: 'Samordningsförbundet RAR',
    exampleSlug: 'tuna',
    placeInReport: amongTheBest,
    figures: row(13, 7, 3600, 'L525'),
  },
  {
    intervention: 'Jobbcoach',
    forbund: 'Samordningsförbundet Kungälv, Stenungssund och Tjörn',
    figures: row(12, 5, 2500, 'L526'),
  },
  {
    intervention: 'Balder',
    forbund: 'Samordningsförbundet Mölndal, Partille, Härryda, Lerum och Alingsås',
    exampleSlug: 'balder',
    placeInReport: {text: 'På femte plats i samma studie', lines: 'L400'},
    figures: row(12, 12, 5800, 'L527'),
  },
  {
    // Not PlantEra PlantÄra: a different intervention in the same federation.
    intervention: 'Samordningsgruppen',
    forbund: 'Finsam Helsingborg',
    figures: row(11, 14, 7900, 'L528'),
  },
  {
    intervention: 'E.L.S.A.',
    forbund: 'Samordningsförbundet Vänersborg',
    figures: row(29, 17, 11000, 'L529'),
  },
];

/**
 * The national average the report compares with, and the database it comes from.
 * Payoff's chapter compares with the averages in its own database but prints only the cost per participant (L512).
 * The national average for individual results is in the editors' analysis chapter (L388), from SUS and
 * Försäkringskassan's report to the government (2016); it measures something else than Payoff's key figures.
 */
export const payoffComparison: {label: string; figure: StatedFigure}[] = [
  {
    label: 'Genomsnittlig kostnad per deltagare i Payoffs databas',
    figure: {value: 80000, unit: 'kr', lines: 'L512', note: 'Rapporten skriver ”cirka”. Databasen består av de insatser som Payoff har utvärderat.'},
  },
  {
    label: 'Lägsta kostnad per deltagare i Payoffs databas',
    figure: {value: 15000, unit: 'kr', lines: 'L512', note: 'Rapporten skriver ”cirka”.'},
  },
  {
    label: 'Högsta kostnad per deltagare i Payoffs databas',
    figure: {value: 300000, unit: 'kr', lines: 'L512', note: 'Rapporten skriver ”drygt”.'},
  },
  {
    label: 'Rikssnitt: andel som arbetar eller studerar, helt eller delvis, när de avslutar en individinriktad insats',
    figure: {
      value: 33,
      unit: 'procent',
      lines: 'L388',
      note: 'Ur rapportens analyskapitel, inte ur Payoffs kapitel. Källor: uppföljningssystemet SUS och Försäkringskassans återrapportering till regeringen 2016. Ett mått på individresultat som inte kan jämföras direkt med Payoffs nyckeltal.',
    },
  },
];
