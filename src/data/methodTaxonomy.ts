/**
 * The words the method finder filters on. Method pages name them in front matter
 * (`method.purposes`, `method.formats`); the schema in schemas.ts accepts only these keys.
 */
export const purposeLabels = {
  forhallningssatt: 'Förhållningssätt',
  'komma-igang': 'Komma igång',
  halsa: 'Hälsa',
  arbete: 'Arbete och studier',
  samordning: 'Samordning',
  uppfoljning: 'Uppföljning',
  larande: 'Lärande i teamet',
} as const;

export const formatLabels = {
  individuellt: 'Individuellt',
  grupp: 'I grupp',
  organisation: 'I hela organisationen',
} as const;

export type Purpose = keyof typeof purposeLabels;
export type Format = keyof typeof formatLabels;

export const purposes = Object.keys(purposeLabels) as Purpose[];
export const formats = Object.keys(formatLabels) as Format[];
