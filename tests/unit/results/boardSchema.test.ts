import {boardFiguresSchema} from '@site/src/data/results/boardSchema';
import {checkData} from '@site/src/data/validate';
import {board} from './boardFixtures';

const file = 'src/data/results/years';
/** The board parts of all files together; 2024 has a county report. */
const check = (data: unknown) => checkData(boardFiguresSchema([2024]), data, file, 'boardFigures');

describe('schemat för siffrorna till politiker och styrelser', () => {
  it('godtar en fil som följer reglerna', () => {
    expect(check(board())).toEqual([]);
  });

  it('stoppar en tid skriven som 1 år och 14 månader, med fil, fält och regel', () => {
    const broken = board();
    broken.timeInProgramme[0]!.duration = {years: 1, months: 14};
    expect(check(broken)).toEqual([
      `${file}: boardFigures.timeInProgramme[0].duration.months: månaderna ska vara färre än 12 när åren anges (1 år och 14 månader); skriv som rapporten, till exempel 1 år och 4 månader`,
    ]);
  });

  it('godtar 16,8 månader utan år, som rapporten skriver det', () => {
    const data = board();
    data.timeInProgramme[0]!.duration = {years: 0, months: 16.8};
    expect(check(data)).toEqual([]);
  });

  it('stoppar ett skäl för 2024 som läggs på ett enskilt team, eftersom rapporten anger skälen för alla', () => {
    const broken = board();
    broken.fundsNotes[0] = {...broken.fundsNotes[0]!, team: 'fns'};
    expect(check(broken)).toEqual([
      `${file}: boardFigures.fundsNotes[0].team: årsrapporten 2024 anger skälen för alla team tillsammans; använd team: null, eller kind: "personal" för det som teamets kapitel berättar`,
    ]);
  });

  it('stoppar två rader för samma grupp, team och period', () => {
    const broken = board();
    broken.gender.push({...broken.gender[0]!, women: 11});
    expect(check(broken)).toEqual([`${file}: boardFigures.gender[4].group: "deltagare" finns redan för avesta juli 2021–juni 2022; en rad per grupp`]);
  });

  it('stoppar fel radhänvisning, en text utan punkt, en andel över 100 och ett okänt team', () => {
    const broken = board();
    broken.unknowns[0]!.ref = {source: 'arsrapport-2024', lines: 'sidan 4'};
    broken.education[0]!.text = 'Lägre än i riket';
    broken.nationalComparison[0]!.percent = 110;
    (broken.coFunding[0] as {team: string}).team = 'uppsala';
    const problems = check(broken);
    expect(problems).toContain(`${file}: boardFigures.unknowns[0].ref.lines: ska vara rader i rapporten, t.ex. L358–L363`);
    expect(problems).toContain(`${file}: boardFigures.education[0].text: ska vara en hel mening som slutar med punkt`);
    expect(problems).toContain(`${file}: boardFigures.nationalComparison[0].percent: får inte vara över 100`);
    expect(problems.some((problem) => problem.startsWith(`${file}: boardFigures.coFunding[0].team: `))).toBe(true);
  });

  it('kräver minst en rad om det som inte är känt', () => {
    expect(check(board({unknowns: []}))).toEqual([`${file}: boardFigures.unknowns: ska ha minst en rad`]);
  });

  it('stoppar ett okänt mått på tid i offentlig försörjning', () => {
    const broken = board();
    (broken.publicSupport[0] as {measure: unknown}).measure = {kind: 'median', years: 4};
    expect(check(broken)[0]).toMatch(/^src\/data\/results\/years: boardFigures\.publicSupport\[0\]\.measure\.kind: /);
  });
});
