import {buildExampleCatalog, type LoadedDoc} from '../../../plugins/method-catalog/catalog';

const validExample = {
  forbund: 'Samordningsförbundet Skåne Nordost',
  county: 'Skåne län',
  targetGroups: ['aktivitetsersattning'],
  methods: ['supported-employment'],
  resultKinds: ['individ'],
  period: '2013–2015',
  source: 'nns-fantastiska-resultat',
  figures: [{label: 'Deltagare som fick arbete', value: 12, unit: 'personer', year: 2015, lines: 'L1230'}],
};

function doc(frontMatter: Record<string, unknown>, slug = 'uffe'): LoadedDoc {
  return {source: `@site/exempel/${slug}.mdx`, permalink: `/exempel/${slug}`, title: slug.toUpperCase(), description: 'Beskrivning.', frontMatter};
}

const methods = ['/metodhandbok/supported-employment', '/metodhandbok/losningsfokus'];

describe('buildExampleCatalog', () => {
  it('tar med exempel med giltig metadata och hoppar över startsidan och artiklar', () => {
    const {examples, problems} = buildExampleCatalog(
      [doc({example: validExample}), doc({}, ''), doc({lessons: true}, 'lardomar')].map((d) =>
        d.permalink === '/exempel/' ? {...d, permalink: '/exempel'} : d,
      ),
      methods,
    );
    expect(problems).toEqual([]);
    expect(examples.map((example) => example.permalink)).toEqual(['/exempel/uffe']);
  });

  it('stoppar ett exempel utan metadata', () => {
    expect(buildExampleCatalog([doc({})], methods).problems).toEqual([
      'exempel/uffe.mdx: front matter saknar "example" (förbund, län, målgrupper, metoder, slags resultat, period, källa, siffror)',
    ]);
  });

  it('stoppar en okänd målgrupp och ett okänt slags resultat med fält och regel', () => {
    const {problems} = buildExampleCatalog([doc({example: {...validExample, targetGroups: ['pensionarer'], resultKinds: ['miljo']}})], methods);
    expect(problems).toEqual([
      expect.stringMatching(/^exempel\/uffe\.mdx: example\.targetGroups\[0\]: "pensionarer" är inte ett känt värde/),
      expect.stringMatching(/^exempel\/uffe\.mdx: example\.resultKinds\[0\]: "miljo" är inte ett känt värde/),
    ]);
  });

  it('stoppar en metod som inte är en sida i metodhandboken', () => {
    const {problems} = buildExampleCatalog([doc({example: {...validExample, methods: ['ips']}})], methods);
    expect(problems).toEqual(['exempel/uffe.mdx: example.methods[0]: "ips" är ingen sida i metodhandboken']);
  });

  it('stoppar en siffra utan radhänvisning eller med negativt värde', () => {
    const {problems} = buildExampleCatalog(
      [doc({example: {...validExample, figures: [{label: 'X', value: -1, unit: 'personer', year: 2015, lines: 'sidan 4'}]}})],
      methods,
    );
    expect(problems).toContain('exempel/uffe.mdx: example.figures[0].value: får inte vara negativt');
    expect(problems).toContain('exempel/uffe.mdx: example.figures[0].lines: ska vara rader i rapporten, t.ex. L600–L604');
  });
});

describe('examplesByMethod', () => {
  it('samlar för varje metodsida de exempel som använder metoden', async () => {
    const {examplesByMethod} = await import('../../../plugins/method-catalog/catalog');
    const {examples} = buildExampleCatalog(
      [doc({example: validExample}), doc({example: {...validExample, methods: ['supported-employment', 'losningsfokus']}}, 'tuna')],
      methods,
    );
    expect(examplesByMethod(examples)).toEqual({
      '/metodhandbok/supported-employment': [
        {title: 'TUNA', permalink: '/exempel/tuna'},
        {title: 'UFFE', permalink: '/exempel/uffe'},
      ],
      '/metodhandbok/losningsfokus': [{title: 'TUNA', permalink: '/exempel/tuna'}],
    });
  });
});
