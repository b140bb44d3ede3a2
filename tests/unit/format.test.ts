import {formatDate, formatDecimal, formatInteger, formatKronor, formatPercent} from '@site/src/utils/format';

// Intl separates thousands with a no-break space; compare with ordinary spaces for readability.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('svensk formatering', () => {
  it('skriver tusental med mellanslag', () => {
    expect(plain(formatInteger(12225))).toBe('12 225');
    expect(plain(formatInteger(297))).toBe('297');
  });

  it('använder decimalkomma', () => {
    expect(formatDecimal(51.52, 1)).toBe('51,5');
    expect(formatDecimal(0.6, 1)).toBe('0,6');
  });

  it('skriver procent med mellanslag före tecknet', () => {
    expect(plain(formatPercent(0.515, 1))).toBe('51,5 %');
    expect(plain(formatPercent(0.2))).toBe('20 %');
  });

  it('skriver kronor', () => {
    expect(plain(formatKronor(600000))).toBe('600 000 kr');
  });

  it('skriver datum med svenskt månadsnamn', () => {
    expect(formatDate('2026-11-23')).toBe('23 november 2026');
    expect(formatDate('2022-06-30')).toBe('30 juni 2022');
  });

  it('stoppar ett ogiltigt datum med ett tydligt fel', () => {
    expect(() => formatDate('30/6 2022')).toThrow('Ogiltigt datum: "30/6 2022" (väntade ÅÅÅÅ-MM-DD)');
  });
});

describe('listor på svenska', async () => {
  const {joinLabels, joinSwedish} = await import('@site/src/components/MethodFacts/joinSwedish');

  it('binder ihop med kommatecken och "och"', () => {
    expect(joinSwedish(['FNS', 'Sala', 'Västerås'])).toBe('FNS, Sala och Västerås');
    expect(joinSwedish(['Sala'])).toBe('Sala');
  });

  it('skriver etiketter som en mening med liten bokstav efter den första', () => {
    expect(joinLabels(['Komma igång', 'Uppföljning'])).toBe('Komma igång och uppföljning');
  });
});

describe('radhänvisningar', async () => {
  const {formatReportLines} = await import('@site/src/utils/format');

  it('skriver rader i rapporten för läsare', () => {
    expect(formatReportLines('L358–L363')).toBe('rad 358–363');
    expect(formatReportLines('L82')).toBe('rad 82');
  });
});
