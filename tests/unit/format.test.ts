import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {
  formatDate,
  formatDecimal,
  formatFte,
  formatInteger,
  formatKronor,
  formatNumber,
  formatPercent,
  formatWithUnit,
  unitNames,
} from '@site/src/utils/format';
import {figureUnits} from '@site/src/data/exampleTaxonomy';

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

  it('skriver siffror som rapporten med högst så många decimaler som behövs', () => {
    expect(formatNumber(51.52)).toBe('51,5');
    expect(formatNumber(3)).toBe('3');
    expect(formatNumber(0.125, 2)).toBe('0,13');
    expect(plain(formatNumber(12225.4))).toBe('12 225,4');
    expect(formatNumber(-2.5)).toBe('\u22122,5');
  });

  it('skriver heltidstjänster med minst en och högst två decimaler', () => {
    expect(formatFte(1)).toBe('1,0');
    expect(formatFte(0.75)).toBe('0,75');
    expect(formatFte(2.125)).toBe('2,13');
  });

  it('skriver en siffra med sin enhet', () => {
    expect(plain(formatWithUnit(51.52, 'procent'))).toBe('51,5 %');
    expect(formatWithUnit(12, 'månader')).toBe('12 månader');
    expect(plain(formatWithUnit(1500, 'tkr'))).toBe('1 500 tkr');
  });

  it('har ett namn för varje enhet som exemplens data får använda', () => {
    for (const unit of figureUnits) expect(unitNames[unit], unit).toBeTruthy();
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

describe('formateringen finns på ett ställe', () => {
  const root = join(__dirname, '../../src');
  const files = (dir: string): string[] =>
    readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );

  it('ingen fil utanför src/utils/format.ts skapar en egen Intl.NumberFormat', () => {
    const own = files(root)
      .map((file) => relative(join(root, '..'), file))
      .filter((file) => file !== 'src/utils/format.ts')
      .filter((file) => /new Intl\.NumberFormat/.test(readFileSync(join(root, '..', file), 'utf8')));
    expect(own, 'formatera med en funktion i src/utils/format.ts').toEqual([]);
  });
});
