/**
 * The words the example overview filters on. Example pages name them in front matter
 * (`example.targetGroups`, `example.resultKinds`); the schema accepts only these keys.
 */
export const targetGroupLabels = {
  'unga-vuxna': 'Unga vuxna',
  aktivitetsersattning: 'Unga med aktivitetsersättning',
  langtidssjukskrivna: 'Långtidssjukskrivna',
  langtidsarbetslosa: 'Långtidsarbetslösa',
  forsorjningsstod: 'Personer med försörjningsstöd',
  'psykisk-ohalsa': 'Psykisk ohälsa',
  funktionsnedsattning: 'Funktionsnedsättning',
  utrikesfodda: 'Utrikesfödda',
  'personal-och-organisationer': 'Personal och organisationer',
} as const;

export const resultKindLabels = {
  individ: 'Individ',
  struktur: 'Struktur',
  samhallsekonomi: 'Samhällsekonomi',
} as const;

export const figureUnits = ['personer', 'procent', 'kr', 'tkr', 'månader', 'år', 'gånger', 'insatser'] as const;

export type TargetGroup = keyof typeof targetGroupLabels;
export type ResultKind = keyof typeof resultKindLabels;
export type FigureUnit = (typeof figureUnits)[number];

export const targetGroups = Object.keys(targetGroupLabels) as TargetGroup[];
export const resultKinds = Object.keys(resultKindLabels) as ResultKind[];
