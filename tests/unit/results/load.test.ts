/**
 * The loader of the results files: a wrong year file stops the build with file, field and rule.
 * Each test copies the fixture year to a folder of its own and breaks one thing.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {loadResults, siteResultsDir} from '@site/src/data/results/load';

const fixture = readFileSync('tests/fixtures/results/second-year/2025.yaml', 'utf8');

/** A folder with one year file, `change` applied to the fixture's text; returns the folder and the name messages use. */
function yearFolder(change: (text: string) => string, fileName = '2025.yaml'): {dir: string; name: string} {
  const dir = mkdtempSync(join(tmpdir(), 'resultat-'));
  writeFileSync(join(dir, fileName), change(fixture));
  return {dir, name: relative(process.cwd(), join(dir, fileName))};
}

describe('laddaren för resultatfilerna', () => {
  it('godtar den påhittade filen och fyller i filens år på teamen och styrelseposterna', () => {
    const {dir} = yearFolder((text) => text);
    const {data, problems} = loadResults([dir]);
    expect(problems).toEqual([]);
    expect(data.teamYears.map((row) => [row.team, row.year])).toEqual([
      ['hallstahammar', 2025],
      ['sala', 2025],
    ]);
    expect(data.board.fundsNotes[0]).toMatchObject({team: null, period: '2025', year: 2025});
    expect(data.board.timeInProgramme[0]).toMatchObject({team: 'hallstahammar', period: '2025', year: 2025});
  });

  it('stoppar avslutsorsaker som inte summerar till de avslutade, med fil, fält och regel', () => {
    const {dir, name} = yearFolder((text) => text.replace('      work: 6\n', '      work: 7\n'));
    expect(loadResults([dir]).problems).toEqual([
      `${name}: teams[0].endReasons: avslutsorsakerna summerar till 16 men ended är 15; rätta värdet eller förklara skillnaden i discrepancies (field: "endReasons")`,
    ]);
  });

  it('stoppar ett okänt fält, en källa som saknas och en radhänvisning i fel form', () => {
    const {dir, name} = yearFolder((text) =>
      text
        .replace('      total: 25\n', '      total: 25\n      kommentar: x\n')
        .replace('    gender: {women: 20, men: 15, basis: alla, ref: {source: arsrapport-2024, lines: L2}}', '    gender: {women: 20, men: 15, basis: alla}')
        .replace('lines: L13}', 'lines: rad 13}'),
    );
    expect(loadResults([dir]).problems).toEqual([
      `${name}: teams[0].gender.ref: Ogiltig inmatning: förväntat object, fick undefined`,
      `${name}: teams[1].participants: Okänd nyckel: "kommentar"`,
      `${name}: board.timeInProgramme[0].ref.lines: ska vara rader i rapporten, t.ex. L358–L363`,
    ]);
  });

  it('stoppar ett team med ett annat år än filens, och samma team två gånger', () => {
    const {dir, name} = yearFolder((text) => text.replace('  - team: sala\n', '  - team: hallstahammar\n    year: 2024\n'));
    expect(loadResults([dir]).problems).toEqual([
      `${name}: teams[1].year: ska vara filens år, 2025`,
      `${name}: teams[1].team: "hallstahammar" finns redan i filen; ett team per år`,
    ]);
  });

  it('stoppar samma år i två filer och ett skäl för ett enskilt team i en länsrapport', () => {
    const {dir, name} = yearFolder((text) => text.replace('    - kind: skal\n', '    - kind: skal\n      team: sala\n'));
    writeFileSync(join(dir, 'kopia.yaml'), fixture);
    expect(loadResults([dir]).problems).toEqual([
      `${relative(process.cwd(), join(dir, 'kopia.yaml'))}: year: 2025 finns redan i ${name}; en fil per rapport och år`,
      `${name}: board.fundsNotes[0].team: årsrapporten 2025 anger skälen för alla team tillsammans; använd team: null, eller kind: "personal" för det som teamets kapitel berättar`,
    ]);
  });

  it('säger på vilken rad en fil inte går att läsa som YAML', () => {
    const {dir, name} = yearFolder((text) => text.replace('    participants:\n      total: 35', '    participants:\n     total: 35'));
    expect(loadResults([dir]).problems).toEqual([
      expect.stringMatching(new RegExp(`^${name.replace(/[.]/g, '\\.')}: rad \\d+, kolumn \\d+: går inte att läsa \\(.+\\); kontrollera indrag, kolon och citattecken$`)),
    ]);
  });

  it('säger till när en mapp saknas, och läser webbplatsens egen mapp utan fel', () => {
    expect(loadResults(['finns/inte']).problems).toEqual(['finns/inte: mappen med resultatfiler finns inte']);
    expect(loadResults([siteResultsDir]).problems).toEqual([]);
  });
});
