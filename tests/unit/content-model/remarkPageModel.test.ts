import {compile} from '@mdx-js/mdx';
import remarkPageModel from '../../../plugins/method-catalog/remarkPageModel';

async function compiled(body: string, frontMatter: Record<string, unknown>, path = '/site/docs/bip.mdx'): Promise<string> {
  const result = await compile({value: body, path, cwd: '/site', data: {frontMatter}}, {remarkPlugins: [remarkPageModel]});
  return String(result);
}

const sources = [{id: 'arsrapport-2024', where: 'avsnitt 7.2'}, {id: 'hs-teamets-delning'}];

describe('remarkPageModel', () => {
  it('skriver Källor sist från front matter, med var i rapporten och andra källor', async () => {
    const code = await compiled('Text.\n', {sources, otherSources: ['Socialstyrelsen: *Riktlinjer*. Socialstyrelsen, 2018.']});
    expect(code).toContain('import PageSources from "@site/src/components/PageSources"');
    expect(code).toMatch(/_components\.h2, \{\s*children: "Källor"\s*\}\), "\\n", _jsx\(PageSources, \{\}\), "\\n", _jsxs\(_components\.ul/);
    expect(code).toContain('children: "Riktlinjer"');
  });

  it('skriver raden i otherSourcesIntro före listan, och stoppar den utan lista', async () => {
    const code = await compiled('Text.\n', {sources, otherSourcesIntro: 'Om *boken*:', otherSources: ['Boken.']});
    expect(code).toMatch(/_jsx\(PageSources, \{\}\), "\\n", _jsxs\(_components\.p, \{\s*children: \["Om ", _jsx\(_components\.em, \{\s*children: "boken"/);
    await expect(compiled('Text.\n', {sources, otherSourcesIntro: 'Om boken:'})).rejects.toThrow('docs/bip.mdx: otherSourcesIntro: står före otherSources, som saknas');
  });

  it('importerar skribentens komponenter som sidan använder, och bara dem', async () => {
    const code = await compiled('<MethodFacts />\n\nText med <PayoffList /> och <Abbr term="bip">BIP</Abbr>.\n', {sources});
    expect(code).toContain('import MethodFacts from "@site/src/components/MethodFacts"');
    expect(code).toContain('import {PayoffList} from "@site/src/components/Payoff"');
    expect(code).not.toContain('TeamFacts');
    expect(code).not.toContain('import Abbr');
  });

  it('lämnar en komponent som sidan själv importerar', async () => {
    const code = await compiled("import MethodFacts from './Egen';\n\n<MethodFacts />\n", {sources});
    expect(code).not.toContain('@site/src/components/MethodFacts');
  });

  it('stoppar en sida utan källor och namnger filen', async () => {
    await expect(compiled('Text.\n', {})).rejects.toThrow('docs/bip.mdx: front matter saknar "sources"');
  });

  it('stoppar en okänd källa med fält och regel', async () => {
    await expect(compiled('Text.\n', {sources: [{id: 'okand'}]})).rejects.toThrow('docs/bip.mdx: sources[0].id: "okand" är ingen känd källa');
  });

  it('stoppar en egen rubrik Källor och en SourceList i texten', async () => {
    await expect(compiled('## Källor\n\nText.\n', {sources})).rejects.toThrow('docs/bip.mdx: sidan har en egen rubrik "Källor"');
    await expect(compiled("<SourceList ids={['arsrapport-2024']} />\n", {sources})).rejects.toThrow('docs/bip.mdx: <SourceList> i texten');
  });

  it('ger delar av sidor (filer som börjar med _) ingen Källor', async () => {
    const code = await compiled('<MethodFacts />\n', {}, '/site/docs/_del.mdx');
    expect(code).not.toContain('Källor');
    expect(code).toContain('import MethodFacts');
  });
});
