import {abbreviationProblems, checkFrontMatter, describeFinding, findPersonalData} from '../content/rules';

describe('findPersonalData', () => {
  it.each([
    ['personnummer med bindestreck', 'Deltagaren 850709-1234 kom in.', '850709-1234'],
    ['personnummer med tolv siffror', 'Nummer 198507091234.', '198507091234'],
    ['samordningsnummer', 'Samordningsnummer 850769-1234.', '850769-1234'],
  ])('hittar %s', (_name, text, expected) => {
    expect(findPersonalData(text)).toEqual([{line: 1, kind: 'personnummer', match: expected}]);
  });

  it.each([
    ['mobilnummer med mellanslag', 'Ring 070-123 45 67 i dag.', '070-123 45 67'],
    ['fast nummer', 'Växel 021-39 00 00.', '021-39 00 00'],
    ['Stockholmsnummer', 'Tel 08-123 456 78', '08-123 456 78'],
    ['mobilnummer utan mellanslag', 'sms till 0701234567', '0701234567'],
    ['internationellt format', 'Ring +46 70 123 45 67', '+46 70 123 45 67'],
  ])('hittar %s', (_name, text, expected) => {
    expect(findPersonalData(text).map((finding) => [finding.kind, finding.match])).toContainEqual([
      'telefonnummer',
      expected,
    ]);
  });

  it('hittar e-postadresser', () => {
    expect(findPersonalData('Mejla anna.andersson@kommun.se')).toEqual([
      {line: 1, kind: 'e-postadress', match: 'anna.andersson@kommun.se'},
    ]);
  });

  it('anger rätt radnummer', () => {
    expect(findPersonalData('rad ett\nrad två\nring 070-123 45 67')[0]?.line).toBe(3);
  });

  it.each([
    ['belopp i tkr', 'Beviljat 12 225 tkr, använt 11 247 tkr.'],
    ['datum', 'Perioden 2021-07-01 till 2022-06-30.'],
    ['ISBN', 'ISBN 978-91-982371-3-9'],
    ['lagnummer', 'Lag (2003:1210) om finansiell samordning'],
    ['årtal och procent', 'Åren 2020, 2022 och 2024 svarade 51,5 % ja.'],
    ['heltidstjänster', 'Teamet har 0,6 tjänst och 1,0 tjänst.'],
    ['ett spann av år', '2015–2016 och 2019/2020'],
  ])('larmar inte för %s', (_name, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it('beskriver ett fynd med fil, rad och vad det är', () => {
    expect(describeFinding('docs/x.mdx', {line: 4, kind: 'telefonnummer', match: '070-123 45 67'})).toBe(
      'docs/x.mdx:4: innehåller ett telefonnummer ("070-123 45 67"). Personuppgifter får inte publiceras.',
    );
  });
});

describe('checkFrontMatter', () => {
  it('godkänner titel och beskrivning', () => {
    expect(checkFrontMatter({title: 'Lösningsfokus', description: 'Så arbetar teamen lösningsfokuserat.'})).toEqual([]);
  });

  it('säger vilket fält som saknas', () => {
    expect(checkFrontMatter({title: 'Lösningsfokus'})).toEqual(['front matter saknar "description"']);
    expect(checkFrontMatter({})).toEqual(['front matter saknar "title"', 'front matter saknar "description"']);
  });

  it('kräver text, inte tomt eller annat', () => {
    expect(checkFrontMatter({title: '  ', description: 42})).toEqual([
      'front matter "title" ska vara en text',
      'front matter "description" ska vara en text',
    ]);
  });

  it('begränsar beskrivningens längd', () => {
    expect(checkFrontMatter({title: 'T', description: 'x'.repeat(201)})).toEqual([
      'front matter "description" är 201 tecken; den ska vara högst 200',
    ]);
  });

  it('godtar bara svenska som språk', () => {
    expect(checkFrontMatter({title: 'T', description: 'D', lang: 'en'})).toEqual([
      'front matter anger språket "en"; alla sidor ska vara på svenska (sv)',
    ]);
  });
});

describe('abbreviationProblems', () => {
  const known = [
    {abbreviation: 'IFO', termId: 'individ-och-familjeomsorgen'},
    {abbreviation: 'Af', termId: 'arbetsformedlingen'},
  ];
  const ids = ['individ-och-familjeomsorgen', 'arbetsformedlingen', 'losningsfokus'];

  it('godtar en förklarad första användning och senare användningar utan', () => {
    const page = '---\ntitle: IFO\n---\n\n# Om IFO\n\nHandläggare på <Abbr term="individ-och-familjeomsorgen">IFO</Abbr> remitterar. IFO-handläggaren följer upp.\n';
    expect(abbreviationProblems(page, known, ids)).toEqual([]);
  });

  it('säger till när första användningen saknar Abbr, med rad', () => {
    const page = '# Rubrik\n\nText om IFO.\n\nSenare <Abbr term="individ-och-familjeomsorgen">IFO</Abbr>.\n';
    expect(abbreviationProblems(page, known, ids)).toEqual([
      'rad 3: första användningen av "IFO" ska vara <Abbr term="individ-och-familjeomsorgen">IFO</Abbr>',
    ]);
  });

  it('säger till om ett okänt ord och om ett ord utan förkortning', () => {
    expect(abbreviationProblems('Text <Abbr term="okand">X</Abbr>.', known, ids)).toEqual(['rad 1: <Abbr term="okand"> finns inte i ordlistan']);
    expect(abbreviationProblems('Text <Abbr term="losningsfokus">LF</Abbr>.', known, ids)).toEqual(['rad 1: "losningsfokus" i ordlistan har ingen förkortning']);
  });

  it('räknar inte rubriker, länkar, kod, attribut eller delar av ord', () => {
    const page = '## IFO\n\n[IFO](/ordlista) och `IFO` och <SourceList ids={["IFO"]} /> och Afghanistan och SAf.\n';
    expect(abbreviationProblems(page, known, ids)).toEqual([]);
  });
});
