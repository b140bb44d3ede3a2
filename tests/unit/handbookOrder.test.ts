import {anchorOf, inSidebarOrder, permalinkOf, type HandbookDoc} from '@site/src/pages/skriv-ut-metodhandboken/_handbookOrder';

const doc = (path: string, frontMatter: HandbookDoc['frontMatter'] = {}): HandbookDoc => ({path, frontMatter});

describe('utskriftssidans ordning och adresser, som i sidofältet', () => {
  it('följer slug: från dokumentroten eller från mappen, annars filens sökväg', () => {
    expect(permalinkOf(doc('bip.mdx'))).toBe('/metodhandbok/bip');
    expect(permalinkOf(doc('gruppformat/index.mdx'))).toBe('/metodhandbok/gruppformat');
    expect(permalinkOf(doc('gruppformat/gronkvist.mdx'))).toBe('/metodhandbok/gruppformat/gronkvist');
    expect(permalinkOf(doc('act.mdx', {slug: '/acceptans-och-engagemang'}))).toBe('/metodhandbok/acceptans-och-engagemang');
    expect(permalinkOf(doc('gruppformat/7tjugo.mdx', {slug: 'sju-tjugo'}))).toBe('/metodhandbok/gruppformat/sju-tjugo');
    expect(permalinkOf(doc('index.mdx', {slug: '/'}))).toBe('/metodhandbok');
    expect(anchorOf('/metodhandbok/gruppformat/sju-tjugo')).toBe('gruppformat-sju-tjugo');
  });

  it('ordnar sidor och alla kategorier efter position i samma lista, kategorins första sida först', () => {
    const docs = [
      doc('b.mdx', {sidebar_position: 5}),
      doc('a.mdx', {sidebar_position: 1}),
      doc('utan-position.mdx'),
      doc('grupp/index.mdx', {sidebar_position: 9}),
      doc('grupp/tva.mdx', {sidebar_position: 2}),
      doc('grupp/ett.mdx', {sidebar_position: 1}),
      doc('verktyg/index.mdx'),
      doc('verktyg/x.mdx', {sidebar_position: 1}),
      doc('verktyg/inre/y.mdx'),
    ];
    const order = inSidebarOrder(docs, [
      {dir: 'grupp', position: 3},
      {dir: 'verktyg', position: 7},
      {dir: 'verktyg/inre', position: 0},
    ]).map((d) => d.path);
    expect(order).toEqual([
      'a.mdx',
      'grupp/index.mdx',
      'grupp/ett.mdx',
      'grupp/tva.mdx',
      'b.mdx',
      'verktyg/index.mdx',
      'verktyg/inre/y.mdx',
      'verktyg/x.mdx',
      'utan-position.mdx',
    ]);
  });
});
