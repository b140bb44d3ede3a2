import {describe, expect, it} from 'vitest';
import {defaultScenario, rates} from '@site/src/tools/kalkyl/assumptions';
import {calculate} from '@site/src/tools/kalkyl/calculate';
import {errorEntries, fieldErrors, fromLinkText, linkMoveMessage} from '@site/src/tools/kalkyl/errors';
import {fieldOf, readForm, unitForText} from '@site/src/tools/kalkyl/fields';
import {resultStatus, summaryIntro} from '@site/src/tools/kalkyl/status';
import {shortHeadline} from '@site/src/tools/kalkyl/summary';
import {formatFieldDefault as withUnit, unitFor} from '@site/src/utils/format';
import {fromSearch, linkValuesOf} from '@site/src/tools/kalkyl/url';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('units', () => {
  it('says one person in the singular and other counts in the plural', () => {
    expect(withUnit(1, 'personer')).toBe('1 person');
    expect(plain(withUnit(2, 'personer'))).toBe('2 personer');
    expect(plain(withUnit(1500, 'personer'))).toBe('1 500 personer');
    expect(withUnit(1, 'år')).toBe('1 år');
    expect(unitFor(1, 'kr per månad')).toBe('kr per månad');
  });

  it('follows what is typed in the field, and stays plural while it is not a number', () => {
    const participants = fieldOf('deltagare');
    expect(unitForText('1', participants)).toBe('person');
    expect(unitForText('20', participants)).toBe('personer');
    expect(unitForText('', participants)).toBe('personer');
    expect(unitForText('en', participants)).toBe('personer');
    expect(unitForText('1', fieldOf('kostnad'))).toBe('kr per deltagare');
  });
});

describe('the short sentence for the result bar', () => {
  it('says what the default returns and when it has paid for itself, in one sentence', () => {
    expect(plain(shortHeadline(calculate(defaultScenario(), rates)))).toBe(
      'Insatsen ger samhället cirka 387 000 kr per år och har betalat sig efter 3 månader.',
    );
  });

  it('says when it never pays for itself, and when it costs nothing', () => {
    const none = {...defaultScenario(), moves: {...defaultScenario().moves, forsorjningsstod: {arbete: 0, lonestod: 0, studier: 0, kvar: 1}}};
    expect(shortHeadline(calculate(none, rates))).toMatch(/betalar sig aldrig\.$/);
    expect(shortHeadline(calculate({...defaultScenario(), costPerParticipant: 0}, rates))).toMatch(/har betalat sig direkt\.$/);
  });
});

describe('a shared link with a wrong value', () => {
  const search = '?deltagare=20&forsorjningsstod-arbete=500';

  it('remembers the values the link set, as the form shows them', () => {
    expect(linkValuesOf(search)).toEqual({deltagare: '20', 'forsorjningsstod-arbete': '500'});
    expect(linkValuesOf('?lon=tjugo&okand=1')).toEqual({lon: 'tjugo'});
    expect(linkValuesOf('')).toEqual({});
  });

  it('names each field and the value from the link, in the form\'s order', () => {
    const linkValues = linkValuesOf(search);
    const reading = readForm(fromSearch(search));
    expect(reading.ok).toBe(false);
    const errors = fieldErrors(reading.ok ? {} : reading.errors, linkValues);
    expect(errors['forsorjningsstod-arbete']).toBe(linkMoveMessage);
    const entries = errorEntries(errors, linkValues);
    expect(entries.map((entry) => [entry.target, plain(entry.text)])).toEqual([
      ['deltagare', 'Antal deltagare: länken har ”20”. Tabellen räknar 500 personer, men insatsen har 20 deltagare. Öka antalet deltagare eller minska antalet i tabellen.'],
      ['forsorjningsstod-arbete', `Från försörjningsstöd till arbete: länken har ”500”. ${linkMoveMessage}`],
    ]);
  });

  it('speaks of the link only for values still as the link had them', () => {
    const errors = {lon: 'Skriv bara siffror, till exempel 23 000.', kostnad: 'Talet kan inte vara negativt.'};
    const entries = errorEntries(errors, {lon: 'tjugo'});
    expect(entries.map((entry) => entry.text)).toEqual([
      'Kostnad per deltagare: Talet kan inte vara negativt.',
      'Lön i arbete: länken har ”tjugo”. Skriv bara siffror, till exempel 23 000.',
    ]);
    expect(fromLinkText('')).toBe('länken har inget värde');
  });

  it('marks no move fields when the table is not the problem', () => {
    const errors = {lon: 'Skriv bara siffror, till exempel 23 000.'};
    expect(fieldErrors(errors, {lon: 'tjugo', 'sjukpenning-arbete': '3'})).toBe(errors);
  });
});

describe('what the result bar and the error summary say', () => {
  const result = calculate(defaultScenario(), rates);
  const hrefs = {resultHref: '#resultat-rubrik', summaryHref: '#kalkyl-fel'};
  const one = [{id: 'lon', target: 'lon', href: '#falt-lon', text: 'Lön i arbete: …'}];
  const two = [...one, {id: 'kostnad', target: 'kostnad', href: '#falt-kostnad', text: 'Kostnad per deltagare: …'}];

  it('gives the sentence and the way to the whole result when the form is right', () => {
    expect(resultStatus({result, isCurrent: true, entries: [], ...hrefs})).toEqual({
      sentence: shortHeadline(result),
      link: {href: '#resultat-rubrik', text: 'Se hela resultatet'},
    });
  });

  it('never repeats an old result: it says what to fix and leads to the field or to the list', () => {
    const stale = resultStatus({result, isCurrent: false, entries: one, ...hrefs});
    expect(stale).toEqual({sentence: 'Ett fält har fel. Rätta det för att se ett nytt resultat.', link: {href: '#falt-lon', text: 'Gå till felet'}});
    expect(resultStatus({result, isCurrent: false, entries: two, ...hrefs})).toEqual({
      sentence: '2 fält har fel. Rätta dem för att se ett nytt resultat.',
      link: {href: '#kalkyl-fel', text: 'Gå till felen'},
    });
    expect(resultStatus({result: null, isCurrent: false, entries: two, ...hrefs}).sentence).toBe('Inget resultat än. Rätta först felen i formuläret.');
  });

  it('tells the receiver of a link that the link has the wrong values, and that there is no result', () => {
    expect(summaryIntro(false, two, {lon: 'tjugo'})).toBe('Länken du öppnade har ett värde som inte går att räkna med. Inget resultat visas förrän du har rättat.');
    expect(summaryIntro(false, two, {lon: 'tjugo', kostnad: '-5'})).toMatch(/^Länken du öppnade har värden som/);
    expect(summaryIntro(false, two, {})).toBe('Inget resultat visas förrän du har rättat.');
    expect(summaryIntro(true, two, {})).toBe('Resultatet nedan gäller de senaste giltiga värdena tills du har rättat.');
  });
});
