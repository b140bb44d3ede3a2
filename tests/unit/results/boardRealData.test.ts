import {boardFigures, countyYearOf, periodResults, teamYearsIn} from '@site/src/data/results';
import {fundsRows, genderOutcomes, totalMonths} from '@site/src/data/results/boardDerive';
import type {TeamId} from '@site/src/data/teams';

/** A key figure of an earlier period, by the start of its label. */
function keyFigure(periodId: string, label: string): number {
  const period = periodResults.find((result) => result.id === periodId)!;
  const figure = period.keyFigures.find((entry) => entry.label.startsWith(label));
  if (!figure) throw new Error(`${periodId}: ingen nyckelsiffra "${label}"`);
  return figure.value;
}

describe('siffrorna för politiker och styrelser i datafilen', () => {
  it('har rapportens skäl till outnyttjade medel 2024 och tid i insatsen för Hallstahammar och Surahammar', () => {
    expect(boardFigures.fundsNotes.filter((note) => note.kind === 'skal' && note.year === 2024)).toHaveLength(3);
    const months = (team: TeamId) => totalMonths(boardFigures.timeInProgramme.find((entry) => entry.team === team && entry.year === 2024)!.duration);
    expect(months('hallstahammar')).toBe(16);
    expect(months('surahammar')).toBe(23);
  });

  it('radsumman av medlen 2024 är 12 278 tkr, inte textens 12 225 (fotnoten förklarar)', () => {
    const rows = fundsRows(teamYearsIn(2024), countyYearOf(2024)!);
    expect(rows.find((row) => row.derived)!.grantedTkr).toBe(12278);
    expect(rows.at(-1)!.grantedTkr).toBe(12225);
  });

  it('stämmer med de tidigare periodernas nyckelsiffror där samma uppgift finns på två ställen', () => {
    const gender = (team: TeamId, group: string) => boardFigures.gender.find((row) => row.team === team && row.group === group)!;
    expect(gender('avesta', 'deltagare')).toMatchObject({
      women: keyFigure('avesta-2021-2022', 'Kvinnor bland deltagarna'),
      men: keyFigure('avesta-2021-2022', 'Män bland deltagarna'),
    });
    expect(gender('avesta', 'nya')).toMatchObject({women: keyFigure('avesta-2021-2022', 'Kvinnor bland de nyinskrivna'), men: keyFigure('avesta-2021-2022', 'Män bland de nyinskrivna')});
    expect(gender('avesta', 'aktiva-vid-slut')).toMatchObject({women: keyFigure('avesta-2021-2022', 'Kvinnor bland de aktiva'), men: keyFigure('avesta-2021-2022', 'Män bland de aktiva')});
    expect(gender('avesta', 'i-mal')).toMatchObject({women: keyFigure('avesta-2021-2022', 'Kvinnor bland dem som kom'), men: keyFigure('avesta-2021-2022', 'Män bland dem som kom')});
    expect(gender('hallstahammar', 'deltagare')).toMatchObject({women: keyFigure('hallstahammar-2019', 'Kvinnor'), men: keyFigure('hallstahammar-2019', 'Män')});

    const duration = (team: TeamId, year: number) => totalMonths(boardFigures.timeInProgramme.find((entry) => entry.team === team && entry.year === year)!.duration);
    expect(duration('hallstahammar', 2019)).toBe(keyFigure('hallstahammar-2019', 'Genomsnittlig tid i insatsen'));
    expect(duration('hallstahammar', 2017)).toBe(keyFigure('hallstahammar-2019', 'Genomströmningstid 2017'));
    expect(duration('avesta', 2022)).toBe(keyFigure('avesta-2021-2022', 'Genomströmningstid juli 2021'));

    const average = (team: TeamId) => boardFigures.publicSupport.find((entry) => entry.team === team && entry.measure.kind === 'medeltal')!.measure;
    expect(average('hallstahammar')).toMatchObject({years: keyFigure('hallstahammar-2019', 'Tid i offentlig försörjning')});
    expect(average('avesta')).toMatchObject({
      years: keyFigure('avesta-2021-2022', 'Tid i bidragsberoende bland de avslutade, snitt'),
      women: keyFigure('avesta-2021-2022', 'Tid i bidragsberoende bland de avslutade, snitt för kvinnor'),
      men: keyFigure('avesta-2021-2022', 'Tid i bidragsberoende bland de avslutade, snitt för män'),
    });
  });

  it('Avestas avslutade per kön (beräknat) blir lika många som rapportens avslutade', () => {
    const [outcome] = genderOutcomes(boardFigures.gender, 'avesta');
    const ended = periodResults.find((result) => result.id === 'avesta-2021-2022')!.endReasons.ended;
    expect(outcome!.ended.women + outcome!.ended.men).toBe(ended);
    expect(outcome!.inGoal.women + outcome!.inGoal.men).toBe(keyFigure('avesta-2021-2022', 'Avslutade ”i mål”'));
  });

  it('säger att uppföljning efter avslut och enkätens diagram saknas', () => {
    const general = boardFigures.unknowns.filter((entry) => entry.team === null).map((entry) => entry.text);
    expect(general.some((text) => /efter att de lämnat teamet/.test(text))).toBe(true);
    expect(general.some((text) => /Indikatorer för finansiell samordning/.test(text))).toBe(true);
  });
});
