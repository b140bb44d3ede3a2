import {csvDataUri, toCsv} from '@site/src/utils/csv';

describe('CSV för Excel på svenska', () => {
  const csv = toCsv(['Team', 'Andel, %', 'Kommentar'], [
    ['Västerås', 49.1, 'Skriver "ca" i rapporten'],
    ['Sala', null, 'a;b'],
  ]);

  it('börjar med byte order mark så att å, ä och ö visas rätt', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('använder semikolon, decimalkomma och CRLF', () => {
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Team;Andel, %;Kommentar',
      'Västerås;49,1;"Skriver ""ca"" i rapporten"',
      'Sala;;"a;b"',
      '',
    ]);
  });

  it('blir en nedladdningsbar data-adress i UTF-8', () => {
    const uri = csvDataUri(csv);
    expect(uri.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(uri.slice('data:text/csv;charset=utf-8,'.length))).toBe(csv);
  });
});
