import {csvDataUri, missingValue, tableCsv, toCsv} from '@site/src/utils/csv';
import {periodResults} from '@site/src/data/results';
import {periodTable} from '@site/src/components/PeriodResult';
import {costData, participantsData} from '@site/src/components/ResultCharts/chartData';
import {teamYear} from './fixtures';

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

describe('en CSV-fil går att läsa utan sidan', () => {
  const lines = (csv: string) => csv.slice(1).split('\r\n');

  it('har rubrikraden först, ”uppgift saknas” i tomma celler, och titel, noter och källa efter en tom rad', () => {
    const csv = tableCsv({title: 'Avslutade 2024', headers: ['Team', 'Arbete, personer'], rows: [['Sala', null], ['FNS', 3]], notes: ['Källa: Årsrapport 2024.']});
    expect(lines(csv)).toEqual([
      'Team;Arbete, personer',
      `Sala;${missingValue}`,
      'FNS;3',
      '',
      'Tabell: Avslutade 2024',
      'Källa: Årsrapport 2024.',
      '”uppgift saknas”: rapporten anger inget värde.',
      'Från Samordningsteamens metodhandbok.',
      '',
    ]);
  });

  it('nämner inte ”uppgift saknas” när inget värde saknas', () => {
    expect(tableCsv({title: 'T', headers: ['A'], rows: [['x']]})).not.toContain(missingValue);
  });

  it('periodtabellerna börjar med summan som ”varav”-raderna avser, och raderna summerar till den', () => {
    for (const result of periodResults) {
      const table = periodTable(result);
      expect(table.headers[1]).toBe('Antal personer');
      const [total, ...reasons] = table.rows;
      expect(total!.slice(0, 2)).toEqual(['Avslutade under perioden, totalt', result.endReasons.ended]);
      expect(String(reasons[0]![0])).toMatch(/^Varav/);
      expect(reasons.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(result.endReasons.ended);
    }
  });

  it('deltagarfilen och kostnadsfilen är olika filer', () => {
    const teams = [teamYear(), teamYear({team: 'fns'})];
    const participants = tableCsv({title: 'Deltagare under 2024', ...participantsData(teams).table});
    const cost = tableCsv({title: 'Kostnad per deltagare 2024 (beräknat)', ...costData(teams).table});
    expect(participants).not.toBe(cost);
    expect(lines(cost)[0]).toContain('kr');
  });
});
