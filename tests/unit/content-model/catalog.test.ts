import {buildTeamCatalog, findSourceProblems, type LoadedDoc} from '../../../plugins/method-catalog/catalog';
import {teamOrder} from '@site/src/data/teams';

function doc(file: string, frontMatter: Record<string, unknown>): LoadedDoc {
  const path = file.replace(/\.mdx$/, '').replace(/\/index$/, '');
  return {source: `@site/${file}`, permalink: `/${path}`, title: path, description: 'Beskrivning.', frontMatter};
}

const teamPages = teamOrder.map((team) => doc(`samordningsteamen/${team}.mdx`, {team}));

describe('sources i front matter', () => {
  it('godtar källor med och utan var i rapporten, och andra offentliga källor', () => {
    const page = doc('docs/bip.mdx', {
      sources: [{id: 'arsrapport-2024', where: 'avsnitt 7.2'}, {id: 'hs-teamets-delning'}],
      otherSources: ['Socialstyrelsen: *Riktlinjer*. Socialstyrelsen, 2018.'],
    });
    expect(findSourceProblems([page])).toEqual([]);
  });

  it('stoppar en sida utan källor och namnger fil, fält och regel', () => {
    expect(findSourceProblems([doc('exempel/uffe.mdx', {example: {}})])).toEqual([
      'exempel/uffe.mdx: front matter saknar "sources" (varje sida ska ange sina källor, t.ex. sources: [{id: arsrapport-2024, where: avsnitt 7.2}])',
    ]);
  });

  it('stoppar en tom lista', () => {
    expect(findSourceProblems([doc('docs/bip.mdx', {sources: []})])).toEqual(['docs/bip.mdx: sources: ska ange minst en källa']);
  });

  it('stoppar en okänd källa och säger vilka som finns', () => {
    const [problem] = findSourceProblems([doc('samordningsteamen/sala.mdx', {sources: [{id: 'arsrapport-2024'}, {id: 'arsrapport-2025'}]})]);
    expect(problem).toMatch(/^samordningsteamen\/sala\.mdx: sources\[1\]\.id: "arsrapport-2025" är ingen känd källa; tillåtna: hs-teamets-delning, arsrapport-2024/);
  });

  it('stoppar samma källa två gånger, ett okänt fält och en tom rad bland andra källor', () => {
    const problems = findSourceProblems([
      doc('docs/bip.mdx', {sources: [{id: 'arsrapport-2024'}, {id: 'arsrapport-2024', page: 3}], otherSources: ['  ']}),
    ]);
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/bip\.mdx: sources\[1\]: .*page/),
      'docs/bip.mdx: sources[1].id: källan "arsrapport-2024" står redan i listan',
      'docs/bip.mdx: otherSources[0]: får inte vara tom',
    ]);
  });

  it('stoppar en rad före andra källor när listan saknas', () => {
    expect(findSourceProblems([doc('docs/bip.mdx', {sources: [{id: 'arsrapport-2024'}], otherSourcesIntro: 'Om boken:'})])).toEqual([
      'docs/bip.mdx: otherSourcesIntro: står före otherSources, som saknas',
    ]);
  });

  it('stoppar källor skrivna som en lista med id utan id:', () => {
    const [problem] = findSourceProblems([doc('docs/bip.mdx', {sources: ['arsrapport-2024']})]);
    expect(problem).toMatch(/^docs\/bip\.mdx: sources\[0\]: /);
  });
});

describe('team i front matter', () => {
  it('bygger katalogen över teamens sidor i teamens ordning', () => {
    const {teams, problems} = buildTeamCatalog([...teamPages].reverse().concat(doc('samordningsteamen/index.mdx', {})));
    expect(problems).toEqual([]);
    expect(teams.map((entry) => entry.team)).toEqual([...teamOrder]);
    expect(teams[1]).toMatchObject({team: 'sala', permalink: '/samordningsteamen/sala'});
  });

  it('stoppar ett okänt team och namnger fil, fält och regel', () => {
    const {problems} = buildTeamCatalog([...teamPages, doc('samordningsteamen/uppsala.mdx', {team: 'uppsala'})]);
    expect(problems).toEqual([
      'samordningsteamen/uppsala.mdx: team: "uppsala" är inget känt team; teamen är fns, sala, hallstahammar, surahammar, vasteras, avesta (src/data/teams/)',
    ]);
  });

  it('stoppar två sidor för samma team och ett team utan sida', () => {
    const {problems} = buildTeamCatalog([...teamPages.slice(1), doc('samordningsteamen/sala-2.mdx', {team: 'sala'})]);
    expect(problems).toEqual([
      'samordningsteamen/sala-2.mdx: team: "sala" har redan en sida (/samordningsteamen/sala); ett team har en sida',
      'samordningsteamen: teamet "fns" (src/data/teams/fns.yaml) har ingen sida; ange team: fns i front matter på teamets sida',
    ]);
  });
});
