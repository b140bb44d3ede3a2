import {buildMethodCatalog, type LoadedDoc} from '../../../plugins/method-catalog/catalog';

const validMethod = {
  what: 'Ett förhållningssätt som bygger på deltagarens resurser.',
  forWhom: 'Alla deltagare.',
  purposes: ['forhallningssatt'],
  formats: ['individuellt', 'grupp'],
  leads: 'Hela teamet',
  teams: ['sala', 'vasteras'],
};

function doc(overrides: Partial<LoadedDoc> & {method?: unknown}): LoadedDoc {
  const {method, ...rest} = overrides;
  return {
    source: '@site/docs/losningsfokus.mdx',
    permalink: '/metodhandbok/losningsfokus',
    title: 'Lösningsfokus',
    description: 'Beskrivning.',
    frontMatter: method === undefined ? {} : {method},
    ...rest,
  };
}

describe('buildMethodCatalog', () => {
  it('tar med metodsidor med giltig metadata, sorterade på svenska', () => {
    const {methods, problems} = buildMethodCatalog([
      doc({method: validMethod}),
      doc({method: validMethod, title: 'Arbetsträning', permalink: '/metodhandbok/arbetstraning', source: '@site/docs/arbetstraning.mdx'}),
    ]);
    expect(problems).toEqual([]);
    expect(methods.map((method) => method.title)).toEqual(['Arbetsträning', 'Lösningsfokus']);
    expect(methods[1]).toMatchObject({...validMethod, permalink: '/metodhandbok/losningsfokus'});
  });

  it('hoppar över startsidan för metodhandboken', () => {
    for (const permalink of ['/metodhandbok', '/metodhandbok/']) {
      expect(buildMethodCatalog([doc({permalink, source: '@site/docs/index.mdx'})])).toEqual({methods: [], problems: []});
    }
  });

  it('stoppar en metodsida utan metadata och namnger filen', () => {
    expect(buildMethodCatalog([doc({})]).problems).toEqual([
      'docs/losningsfokus.mdx: front matter saknar "method" (vad, för vem, syfte, form, vem leder, team)',
    ]);
  });

  it('stoppar ett okänt värde och namnger fil, fält och regel', () => {
    const {problems} = buildMethodCatalog([doc({method: {...validMethod, purposes: ['forhallningssatt', 'motivation']}})]);
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/losningsfokus\.mdx: method\.purposes\[1\]: "motivation" är inte ett känt värde; tillåtna: forhallningssatt, komma-igang/),
    ]);
  });

  it('stoppar ett okänt team', () => {
    const {problems} = buildMethodCatalog([doc({method: {...validMethod, teams: ['uppsala']}})]);
    expect(problems).toEqual([
      'docs/losningsfokus.mdx: method.teams[0]: "uppsala" är inget känt team; teamen är fns, sala, hallstahammar, surahammar, vasteras, avesta (src/data/teams/)',
    ]);
  });

  it('stoppar ett fält som saknas och ett tomt val', () => {
    const {what: _what, ...withoutWhat} = validMethod;
    const {problems} = buildMethodCatalog([doc({method: {...withoutWhat, formats: []}})]);
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/losningsfokus\.mdx: method\.what: /),
      'docs/losningsfokus.mdx: method.formats: ska ange minst ett värde (form)',
    ]);
  });

  it('stoppar samma värde två gånger och okända fält', () => {
    const {problems} = buildMethodCatalog([doc({method: {...validMethod, teams: ['sala', 'sala'], extra: 1}})]);
    expect(problems).toHaveLength(2);
    expect(problems.join('\n')).toContain('method.teams: får inte ange samma värde två gånger');
  });
});
