/**
 * The loader of the team files (src/data/teams/<id>.yaml): the site's six teams as the pages showed
 * them before the files, and a wrong team file, or a team id no file has, stopping the build with
 * file, field and rule. Each test copies a site file to a folder of its own and breaks one thing.
 */
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import {loadTeams, siteTeamsDir} from '@site/src/data/teamLoad';
import {loadResults} from '@site/src/data/results/load';
import {findSiteDataProblems} from '@site/src/data/validate';

const sala = readFileSync(join(siteTeamsDir, 'sala.yaml'), 'utf8');
const known = 'teamen är fns, sala, hallstahammar, surahammar, vasteras, avesta (src/data/teams/)';

/** A folder with the given files; returns the folder and `name(file)`, how messages name a file in it. */
function folder(files: Record<string, string>): {dir: string; name: (file: string) => string} {
  const dir = mkdtempSync(join(tmpdir(), 'team-'));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return {dir, name: (file) => relative(process.cwd(), join(dir, file))};
}

describe('teamfilerna på webbplatsen', () => {
  it('läser de sex teamen utan fel, i webbplatsens ordning och med kortnamn', () => {
    const {data, problems} = loadTeams([siteTeamsDir]);
    expect(problems).toEqual([]);
    expect(data.teams).toEqual([
      {team: 'fns', shortName: 'FNS'},
      {team: 'sala', shortName: 'Sala'},
      {team: 'hallstahammar', shortName: 'Hallstahammar'},
      {team: 'surahammar', shortName: 'Surahammar'},
      {team: 'vasteras', shortName: 'Västerås'},
      {team: 'avesta', shortName: 'Avesta'},
    ]);
    expect(data.profiles.map((profile) => [profile.team, profile.county, profile.municipalities.join(', ')])).toEqual([
      ['fns', 'Västmanland', 'Fagersta, Norberg, Skinnskatteberg'],
      ['sala', 'Västmanland', 'Sala'],
      ['hallstahammar', 'Västmanland', 'Hallstahammar'],
      ['surahammar', 'Västmanland', 'Surahammar'],
      ['vasteras', 'Västmanland', 'Västerås'],
      ['avesta', 'Dalarna', 'Avesta'],
    ]);
    // The profile has no short name or position: those are in the list every page loads.
    expect(Object.keys(data.profiles[0]!)).toEqual([
      'team', 'name', 'municipalities', 'county', 'forbund', 'host', 'steeringGroup', 'targetGroup', 'referrers', 'year', 'refs',
    ]);
  });

  it('kontrollen av webbplatsens data tar med teamfilerna', () => {
    expect(findSiteDataProblems().filter((problem) => problem.startsWith('src/data/teams/'))).toEqual([]);
  });
});

describe('fel i en teamfil stoppar bygget med fil, fält och regel', () => {
  it('ett okänt fält och ett fält av fel slag', () => {
    const {dir, name} = folder({'sala.yaml': sala.replace('county: Västmanland\n', 'county: Västmanland\nkommun: Sala\n').replace('year: 2024', 'year: tjugo')});
    expect(loadTeams([dir]).problems).toEqual([
      `${name('sala.yaml')}: year: Ogiltig inmatning: förväntat antal, fick string`,
      `${name('sala.yaml')}: (hela filen): Okänd nyckel: "kommun"`,
    ]);
  });

  it('ett fält som saknas, och en värd som inte är en hel mening', () => {
    const {dir, name} = folder({
      'sala.yaml': sala.replace(/^forbund: .*\n/m, '').replace(/^host: (.*)\.$/m, 'host: $1'),
    });
    expect(loadTeams([dir]).problems).toEqual([
      `${name('sala.yaml')}: forbund: Ogiltig inmatning: förväntat string, fick undefined`,
      `${name('sala.yaml')}: host: ska vara en hel mening som slutar med punkt`,
    ]);
  });

  it('två team på samma plats i ordningen', () => {
    const {dir, name} = folder({'sala.yaml': sala, 'norra-dalarna.yaml': sala});
    expect(loadTeams([dir]).problems).toEqual([
      `${name('sala.yaml')}: position: 2 är redan platsen för norra-dalarna (${name('norra-dalarna.yaml')}); två team kan inte ha samma plats i ordningen`,
    ]);
  });

  it('ett id (filens namn) som inte följer regeln', () => {
    const {dir, name} = folder({'Norrtälje.yaml': sala, '2-sala.yaml': sala});
    const rule = 'ska börja med en liten bokstav a–z och bara ha små bokstäver a–z, siffror och bindestreck, t.ex. sala.yaml eller norra-dalarna.yaml';
    expect(loadTeams([dir]).problems).toEqual([
      `${name('2-sala.yaml')}: id (filens namn): "2-sala" ${rule}`,
      `${name('Norrtälje.yaml')}: id (filens namn): "Norrtälje" ${rule}`,
    ]);
  });

  it('samma team i två mappar, en mapp som saknas och en fil som inte går att läsa som YAML', () => {
    const first = folder({'sala.yaml': sala});
    const second = folder({'sala.yaml': sala, 'fel.yaml': sala.replace('county: Västmanland', 'county: Västmanland: Sala')});
    const {problems} = loadTeams([first.dir, second.dir, 'finns/inte']);
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${second.name('fel.yaml').replace(/[.]/g, '\\.')}: rad \\d+, kolumn \\d+: går inte att läsa \\(.+\\); kontrollera indrag, kolon och citattecken$`)),
      `${second.name('sala.yaml')}: id (filens namn): "sala" finns redan i ${first.name('sala.yaml')}; ett team har en fil`,
      'finns/inte: mappen med teamfiler finns inte',
    ]);
  });
});

describe('ett team som ingen fil har', () => {
  it('stoppar en resultatfil med teamet, och säger vilka team som finns', () => {
    const year = readFileSync('tests/fixtures/results/second-year/2025.yaml', 'utf8').replace('  - team: sala\n', '  - team: norrtalje\n');
    const {dir, name} = folder({'2025.yaml': year});
    expect(loadResults([dir]).problems).toEqual([`${name('2025.yaml')}: teams[1].team: "norrtalje" är inget känt team; ${known}`]);
  });
});
