/**
 * Every assumption of the socio-economic calculator (Verktyg → Samhällsekonomisk kalkyl), with its
 * source and year, in one place. The calculation itself is in src/tools/kalkyl/; the page
 * "Så räknar kalkylen" lists these constants from here, so a change here changes the page.
 *
 * Sources are of three kinds:
 * - `rapport`: stated in one of the five reports (file and lines);
 * - `beraknat`: computed by us from stated figures, with how;
 * - `extern`: a named public source (law, authority, official statistics).
 * Where no source gives a figure, `saknas` says so and the value is 0: the calculator leaves the cost out.
 */
import type {SourceId} from './sourceIds';

export type AssumptionUnit = 'procent' | 'kr per månad' | 'kr per år' | 'kr per deltagare' | 'år' | 'personer';

export type AssumptionSource =
  | {kind: 'rapport'; report: SourceId; lines: string}
  | {kind: 'beraknat'; how: string; report?: SourceId; lines?: string}
  | {kind: 'extern'; name: string; publisher: string}
  | {kind: 'saknas'; why: string};

export interface Assumption {
  /** Constant name used in the code and shown on the page. */
  id: string;
  name: string;
  value: number;
  unit: AssumptionUnit;
  /** The year the value applies to. */
  year: number;
  source: AssumptionSource;
  /** One or two sentences in plain Swedish: what it is and how the calculator uses it. */
  explanation: string;
}

const payoff = 'nns-fantastiska-resultat' as const;

/** Rates and fixed amounts the calculator applies to every scenario. */
export const calculatorAssumptions = {
  arbetsgivaravgift: {
    id: 'arbetsgivaravgift',
    name: 'Arbetsgivaravgift',
    value: 31.42,
    unit: 'procent',
    year: 2024,
    source: {
      kind: 'extern',
      name: 'Arbetsgivaravgifter, full avgift (socialavgiftslagen 2000:980 och lagen 1994:1920 om allmän löneavgift)',
      publisher: 'Skatteverket',
    },
    explanation:
      'Avgiften som arbetsgivaren betalar ovanpå lönen. Den går till staten och räknas in i värdet av det arbete deltagaren utför.',
  },
  kommunalSkattesats: {
    id: 'kommunalSkattesats',
    name: 'Kommunal skattesats',
    value: 20.36,
    unit: 'procent',
    year: 2023,
    source: {kind: 'extern', name: 'Skattesatser, Västerås stad (skattesatsen för kommunen 2023)', publisher: 'Västerås stad'},
    explanation:
      'Den del av inkomstskatten som går till kommunen. Kalkylen använder Västerås skattesats, eftersom Västerås är den största kommunen i Västmanland. Skattesatsen skiljer sig mellan kommunerna.',
  },
  regionSkattesats: {
    id: 'regionSkattesats',
    name: 'Regionens skattesats',
    value: 10.88,
    unit: 'procent',
    year: 2024,
    source: {kind: 'extern', name: 'Kommunalskatter 2024, Region Västmanland', publisher: 'Statistiska centralbyrån (SCB)'},
    explanation: 'Den del av inkomstskatten som går till regionen, här Region Västmanland.',
  },
  statligSkatt: {
    id: 'statligSkatt',
    name: 'Statlig inkomstskatt',
    value: 20,
    unit: 'procent',
    year: 2024,
    source: {kind: 'extern', name: 'Inkomstskattelagen (1999:1229) 65 kap. 5 §', publisher: 'Sveriges riksdag'},
    explanation: 'Skatt till staten på den del av årslönen som ligger över skiktgränsen.',
  },
  skiktgrans: {
    id: 'skiktgrans',
    name: 'Skiktgräns för statlig inkomstskatt',
    value: 598500,
    unit: 'kr per år',
    year: 2024,
    source: {kind: 'extern', name: 'Belopp och procent, inkomstår 2024: skiktgräns för statlig inkomstskatt', publisher: 'Skatteverket'},
    explanation:
      'Över den här årsinkomsten betalar man statlig skatt. Kalkylen jämför den med hela årslönen, utan avdrag, så den statliga skatten blir något för hög.',
  },
  potentialPerDeltagare: {
    id: 'potentialPerDeltagare',
    name: 'Potential per deltagare och år',
    value: 600000,
    unit: 'kr per deltagare',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L507'},
    explanation:
      'Vad det kostar samhället under ett år när en person inte arbetar. Payoffs exempel gäller en person som annars skulle ha haft en genomsnittlig lön. Kalkylen använder beloppet för alla deltagare när den räknar verkningsgrad.',
  },
  handlaggningForsorjningsstod: {
    id: 'handlaggningForsorjningsstod',
    name: 'Kommunens handläggning av försörjningsstöd',
    value: 2000,
    unit: 'kr per månad',
    year: 2016,
    source: {
      kind: 'beraknat',
      how: 'Kommunens intäkt i rapportens exempel (180 000 kr) minus det försörjningsstöd som försvinner (12 × 8 000 kr = 96 000 kr) och minus skatteintäkten (60 000 kr) blir 24 000 kr per år, alltså 2 000 kr per månad.',
      report: payoff,
      lines: 'L508–L510',
    },
    explanation:
      'Det kostar kommunen att handlägga ett försörjningsstöd. Kostnaden försvinner när deltagaren inte längre behöver stödet.',
  },
  handlaggningForsakringskassan: {
    id: 'handlaggningForsakringskassan',
    name: 'Försäkringskassans handläggning',
    value: 0,
    unit: 'kr per månad',
    year: 2024,
    source: {kind: 'saknas', why: 'Rapporterna anger ingen kostnad för Försäkringskassans handläggning av sjukpenning eller sjukersättning.'},
    explanation:
      'Kalkylen räknar inte med den. Det betyder att vinsten för Försäkringskassan och samhället blir något för låg när en deltagare lämnar en ersättning från Försäkringskassan.',
  },
  handlaggningArbetsformedlingen: {
    id: 'handlaggningArbetsformedlingen',
    name: 'Arbetsförmedlingens handläggning',
    value: 0,
    unit: 'kr per månad',
    year: 2024,
    source: {kind: 'saknas', why: 'Rapporterna anger ingen kostnad för Arbetsförmedlingens handläggning av aktivitetsstöd eller lönestöd.'},
    explanation: 'Kalkylen räknar inte med den, varken när den försvinner eller när lönestöd kräver ny handläggning.',
  },
  prognosAr: {
    id: 'prognosAr',
    name: 'Prognosens längd',
    value: 5,
    unit: 'år',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L513'},
    explanation:
      'Payoff räknar lönsamhet på kort sikt, ett år efter insatsen, och på medellång sikt, fem år efter. Prognosen bygger på hur det gick det första året.',
  },
} as const satisfies Record<string, Assumption>;

export type AssumptionId = keyof typeof calculatorAssumptions;

/** What participants lived on before the intervention, and where they went after it. */
export const incomeSourceIds = ['forsorjningsstod', 'sjukpenning', 'sjukersattning', 'aktivitetsstod', 'ingen'] as const;
export type IncomeSourceId = (typeof incomeSourceIds)[number];
/** The income sources that pay an amount per month. */
export type BenefitSourceId = Exclude<IncomeSourceId, 'ingen'>;
export const destinationIds = ['arbete', 'lonestod', 'studier', 'kvar'] as const;
export type DestinationId = (typeof destinationIds)[number];

/** The names the form, the error summary and the moves table use. */
export const incomeSourceNames: Record<IncomeSourceId, string> = {
  forsorjningsstod: 'Försörjningsstöd',
  sjukpenning: 'Sjukpenning',
  sjukersattning: 'Aktivitetsersättning eller sjukersättning',
  aktivitetsstod: 'Aktivitetsstöd',
  ingen: 'Ingen ersättning',
};

export const destinationNames: Record<DestinationId, string> = {
  arbete: 'Arbete',
  lonestod: 'Arbete med lönestöd',
  studier: 'Studier',
  kvar: 'Kvar i samma',
};

/** Largest values that make sense in the form; larger is "orimligt stort". */
const maxPeople = 100_000;
const maxMonthlyAmount = 200_000;
const maxCostPerParticipant = 10_000_000;

/**
 * Where an input's value can go in the calculation's scenario (src/tools/kalkyl/calculate.ts, `Scenario`);
 * a new place needs a field in `Scenario` too (the compiler says so in assumptions.ts).
 */
export const scenarioPlaces = [
  'participants',
  'costPerParticipant',
  'monthlyBenefit.forsorjningsstod',
  'monthlyBenefit.sjukpenning',
  'monthlyBenefit.sjukersattning',
  'monthlyBenefit.aktivitetsstod',
  'wage',
  'subsidizedWage',
  'subsidyShare',
  'studyGrant',
] as const;
export type ScenarioPlace = (typeof scenarioPlaces)[number];

/**
 * The form's three groups: 1 "Insatsen", 2 one group per income source (the input sits in the
 * group of the income source its place names), 3 "Efter insatsen".
 */
export const formSections = ['insatsen', 'ersattning', 'efter'] as const;
export type FormSection = (typeof formSections)[number];

/**
 * One input of the form: its default with source (shown in the help text and the assumption
 * table), its key in the address, its place in the scenario, its group and its limits. The form,
 * the address, the messages, the error summary and the assumption table are all derived from this.
 */
export interface CalculatorInput extends Assumption {
  /** The field's key in the address and its id on the page: "kostnad" in "?kostnad=40000". Never change it: shared links use it. */
  param: string;
  place: ScenarioPlace;
  section: FormSection;
  /** The field's label when the group already names the input ("Belopp per månad" under "Försörjningsstöd"); otherwise `name`. */
  label?: string;
  /** Smallest and largest value the form accepts, in the input's unit. */
  min: number;
  max: number;
}

/** Limits of the moves table's fields (people from one income source to one destination). */
export const moveLimits = {min: 0, max: maxPeople} as const;

/** Every input of the form, in the order of the form's groups and of the error summary. */
export const calculatorInputs = [
  {
    id: 'deltagare',
    param: 'deltagare',
    place: 'participants',
    section: 'insatsen',
    min: 1,
    max: maxPeople,
    name: 'Antal deltagare',
    value: 1,
    unit: 'personer',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L508–L510'},
    explanation: 'Rapportens räkneexempel gäller en person.',
  },
  {
    id: 'kostnadPerDeltagare',
    param: 'kostnad',
    place: 'costPerParticipant',
    section: 'insatsen',
    min: 0,
    max: maxCostPerParticipant,
    name: 'Kostnad per deltagare',
    value: 80000,
    unit: 'kr per deltagare',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L512'},
    explanation:
      'Genomsnittet i Payoffs databas över utvärderade insatser. Spridningen är stor: från cirka 15 000 kr till drygt 300 000 kr per deltagare.',
  },
  {
    id: 'forsorjningsstod',
    param: 'forsorjningsstod',
    place: 'monthlyBenefit.forsorjningsstod',
    section: 'ersattning',
    label: 'Belopp per månad',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Försörjningsstöd',
    value: 8000,
    unit: 'kr per månad',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L508'},
    explanation: 'Beloppet i rapportens räkneexempel. Kommunen betalar. Stödet beskattas inte.',
  },
  {
    id: 'sjukpenning',
    param: 'sjukpenning',
    place: 'monthlyBenefit.sjukpenning',
    section: 'ersattning',
    label: 'Belopp per månad',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Sjukpenning',
    value: 17848,
    unit: 'kr per månad',
    year: 2024,
    source: {
      kind: 'beraknat',
      how: 'Sjukpenningen är knappt 80 procent av den sjukpenninggrundande inkomsten, som först räknas om med faktorn 0,97 (socialförsäkringsbalken 2010:110, 25 kap. 5 § och 28 kap. 7 §). Räknat på rapportens lön 23 000 kr per månad: 23 000 × 0,97 × 0,80 = 17 848 kr.',
      report: payoff,
      lines: 'L510',
    },
    explanation: 'Försäkringskassan betalar. Sjukpenning beskattas.',
  },
  {
    id: 'sjukersattning',
    param: 'sjukersattning',
    place: 'monthlyBenefit.sjukersattning',
    section: 'ersattning',
    label: 'Belopp per månad',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Aktivitetsersättning eller sjukersättning',
    value: 12163,
    unit: 'kr per månad',
    year: 2023,
    source: {kind: 'extern', name: 'Aktuella belopp 2023: hel sjukersättning i form av garantiersättning från 30 år', publisher: 'Försäkringskassan'},
    explanation:
      'Den lägsta nivån, garantiersättningen, för den som har hel ersättning. Försäkringskassan betalar. Ersättningen beskattas.',
  },
  {
    id: 'aktivitetsstod',
    param: 'aktivitetsstod',
    place: 'monthlyBenefit.aktivitetsstod',
    section: 'ersattning',
    label: 'Belopp per månad',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Aktivitetsstöd',
    value: 4832,
    unit: 'kr per månad',
    year: 2024,
    source: {
      kind: 'beraknat',
      how: 'Den som inte har rätt till ersättning från a-kassan får 223 kr per dag, fem dagar i veckan (förordningen 2017:819 om ersättning till deltagare i arbetsmarknadspolitiska insatser). 223 × 5 × 52 / 12 = 4 832 kr per månad.',
    },
    explanation:
      'Ersättning till den som deltar i ett program hos Arbetsförmedlingen. Arbetsförmedlingen beslutar och står för kostnaden, Försäkringskassan betalar ut. Stödet beskattas.',
  },
  {
    id: 'lon',
    param: 'lon',
    place: 'wage',
    section: 'efter',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Lön i arbete',
    value: 23000,
    unit: 'kr per månad',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L510'},
    explanation: 'Lönen före skatt för heltidsarbete utan lönesubvention i rapportens räkneexempel.',
  },
  {
    id: 'lonMedLonestod',
    param: 'lon-lonestod',
    place: 'subsidizedWage',
    section: 'efter',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Lön i arbete med lönestöd',
    value: 23000,
    unit: 'kr per månad',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L510'},
    explanation: 'Samma lön som i rapportens räkneexempel. Ändra den om du vet vad deltagarna tjänar.',
  },
  {
    id: 'lonestodAndel',
    param: 'lonestod-andel',
    place: 'subsidyShare',
    section: 'efter',
    min: 0,
    max: 100,
    name: 'Lönestödets andel av lönekostnaden',
    value: 100,
    unit: 'procent',
    year: 2016,
    source: {kind: 'rapport', report: payoff, lines: 'L486'},
    explanation:
      'Hur stor del av lönekostnaden som Arbetsförmedlingen betalar. Rapporten nämner arbete där hela lönen är subventionerad som det svagaste fallet, som inte ger samhället något värde.',
  },
  {
    id: 'studiebidrag',
    param: 'studiebidrag',
    place: 'studyGrant',
    section: 'efter',
    min: 0,
    max: maxMonthlyAmount,
    name: 'Studiebidrag',
    value: 3988,
    unit: 'kr per månad',
    year: 2024,
    source: {kind: 'extern', name: 'Studiemedel 2024: bidrag vid heltidsstudier för fyra veckor', publisher: 'Centrala studiestödsnämnden (CSN)'},
    explanation:
      'Bidragsdelen av studiemedlet, som staten betalar. Lånet räknas inte, eftersom det ska betalas tillbaka.',
  },
] as const satisfies readonly CalculatorInput[];

export type CalculatorInputId = (typeof calculatorInputs)[number]['id'];

/**
 * A preset fills the form with a whole scenario. Counts of people who move are given as
 * "from → to: n"; everything not named keeps its default.
 */
export interface CalculatorPreset {
  id: string;
  name: string;
  /** What the scenario is, and every assumption we had to add, in plain Swedish. */
  description: string;
  source: AssumptionSource;
  values: Partial<Record<CalculatorInputId, number>>;
  moves: readonly {from: IncomeSourceId; to: DestinationId; count: number}[];
}

export const calculatorPresets: readonly CalculatorPreset[] = [
  {
    id: 'rapportens-exempel',
    name: 'Rapportens exempel: från försörjningsstöd till arbete',
    description:
      'En person går från försörjningsstöd till heltidsarbete utan lönesubvention, som i Payoffs räkneexempel. Rapporten anger ingen kostnad för exemplet, så kalkylen använder genomsnittet i Payoffs databas.',
    source: {kind: 'rapport', report: payoff, lines: 'L508–L512'},
    values: {},
    moves: [{from: 'forsorjningsstod', to: 'arbete', count: 1}],
  },
  {
    id: 'rapportens-exempel-lonestod',
    name: 'Rapportens svagaste fall: arbete med full lönesubvention',
    description:
      'Samma person får i stället ett arbete där Arbetsförmedlingen betalar hela lönekostnaden. Rapporten säger att ett sådant arbete inte ger samhället något värde. Kommunen vinner ändå, medan Arbetsförmedlingen får en ny kostnad.',
    source: {kind: 'rapport', report: payoff, lines: 'L486'},
    values: {lonestodAndel: 100},
    moves: [{from: 'forsorjningsstod', to: 'lonestod', count: 1}],
  },
];

/**
 * A preset built from a team's results for a year (src/data/results). Only a team whose report
 * groups participants by their income can be used: the calculator needs to know what people
 * lived on before. The figures are read from the results data, never typed here.
 */
export interface TeamPresetRule {
  team: 'vasteras';
  /** The year of the team's results (src/data/results) the preset is built from. */
  year: number;
  /** Which income source each income group in the report stands for. */
  incomeByParty: Record<'forsakringskassan' | 'kommun' | 'ingen-offentlig-forsorjning' | 'arbetsformedlingen', IncomeSourceId>;
  /** Every assumption we add to the report's figures, in plain Swedish, without figures. */
  description: string;
}

export const teamPresetRules: readonly TeamPresetRule[] = [
  {
    team: 'vasteras',
    year: 2024,
    incomeByParty: {
      forsakringskassan: 'sjukpenning',
      kommun: 'forsorjningsstod',
      'ingen-offentlig-forsorjning': 'ingen',
      arbetsformedlingen: 'aktivitetsstod',
    },
    description:
      'Antalet deltagare, förbundets medel och hur många som gick till arbete och studier kommer ur årsrapporten. Kostnaden per deltagare är medlen delade med antalet deltagare; det parterna själva bidrar med ingår inte. Rapporten säger inte vilken ersättning just de som gick till arbete eller studier hade. Kalkylen fördelar dem i samma proportioner som alla teamets deltagare var försörjda och räknar ersättning från Försäkringskassan som sjukpenning. Lönen är rapportens räkneexempel, eftersom årsrapporten inte anger några löner. De som fortsatte i rehabilitering räknas inte alls.',
  },
];
