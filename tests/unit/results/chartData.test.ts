import {costData, endReasonsData, referralsData, staffingData, participantsData} from '@site/src/components/ResultCharts/chartData';
import {teamYear} from './fixtures';

describe('diagram och tabell bär samma siffror', () => {
  const teams = [teamYear(), teamYear({team: 'fns'})];

  it('avslutsorsaker: varje stapelsegment finns i tabellen', () => {
    const data = endReasonsData(teams);
    data.rows.forEach((row, rowIndex) => {
      const tableRow = data.table.rows[rowIndex]!;
      expect(tableRow[0]).toBe(row.label);
      expect(tableRow.slice(2, 2 + row.values.length)).toEqual(row.values);
    });
    expect(data.table.rows[0]!.slice(-2)).toEqual([3, 60]);
  });

  it('avslutsorsaker: en tom ruta i rapporten (null) är tom i tabellen och CSV-filen men 0 i stapeln', () => {
    const blank = teamYear({endReasons: {...teamYear().endReasons, dropouts: null}});
    const data = endReasonsData([blank]);
    // Columns: team, ended, then the reasons in the chart's order (Avbrott last), green, share.
    expect(data.table.rows[0]!.slice(2, 2 + data.series.length)).toEqual([1, 1, 0, 1, 2, 0, null]);
    expect(data.rows[0]!.values).toEqual([1, 1, 0, 1, 2, 0, 0]);
  });

  it('remisser: totalerna per part i diagrammet är tabellens totalkolumner', () => {
    const data = referralsData(teams);
    expect(data.series).toEqual(['Försäkringskassan', 'Kommunen']);
    expect(data.rows[0]!.values).toEqual([6, 4]);
    expect(data.table.rows[0]).toEqual(['Sala', 6, 4, 3, 1, 10, 10]);
    expect(data.rows[0]!.totalNote).toBeUndefined();
  });

  it('remisser: en stapelsumma som inte är rapportens total är märkt beräknat, i diagrammet och tabellen', () => {
    const base = teamYear();
    const team = teamYear({referrals: {...base.referrals, statedTotal: {new: base.participants.new, total: 9}}});
    const data = referralsData([team]);
    expect(data.rows[0]!.totalNote).toBe('beräknat');
    expect(data.table.headers.slice(-2)).toEqual(['Summa av raderna, totalt (beräknat)', 'Totalt enligt rapporten']);
    expect(data.table.rows[0]!.slice(-2)).toEqual([10, 9]);
  });

  it('personal och deltagare', () => {
    expect(staffingData(teams).rows[0]!.values).toEqual([1, 0.4, 0]);
    expect(participantsData(teams).table.rows[0]).toEqual(['Sala', 10, 4]);
    expect(costData(teams).table.rows[0]).toEqual(['Sala', 900, 10, 90000]);
    expect(costData(teams).bars[0]).toMatchObject({label: 'Sala', value: 90000});
  });

  it('deltagartabellen och kostnadstabellen är olika tabeller, med enheter i rubrikerna', () => {
    expect(participantsData(teams).table.headers).toEqual(['Team', 'Deltagare under året, personer', 'Varav nya, personer']);
    expect(costData(teams).table.headers).toEqual(['Team', 'Använda medel, tkr', 'Deltagare under året, personer', 'Kostnad per deltagare, kr (beräknat)']);
  });
});
