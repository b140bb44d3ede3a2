import {withoutContentModel, withoutDocDescriptions} from '../../../plugins/lean-docs';

describe('plugins/lean-docs: det en dokumentsida laddar', () => {
  it('versionens lista över sidor behåller id, titel och sidofält men inte beskrivningen, på alla nivåer', () => {
    const docs = {bip: {id: 'bip', title: 'BIP', description: 'Så använder teamen BIP.', sidebar: 'metodhandbok'}};
    const route = {path: '/metodhandbok', routes: [{path: '/metodhandbok', props: {version: {version: 'current', docsSidebars: {metodhandbok: []}, docs}}, routes: [{path: '/metodhandbok/bip'}]}]};
    const lean = withoutDocDescriptions(route);
    expect(lean.routes[0]!.props.version).toEqual({version: 'current', docsSidebars: {metodhandbok: []}, docs: {bip: {id: 'bip', title: 'BIP', sidebar: 'metodhandbok'}}});
    expect(lean.routes[0]!.routes).toEqual([{path: '/metodhandbok/bip'}]);
    expect(route.routes[0]!.props.version.docs.bip.description).toBe('Så använder teamen BIP.');
  });

  it('sidans metadata behåller Docusaurus egen front matter men inte innehållsmodellen', () => {
    const metadata = {
      id: 'bip',
      permalink: '/metodhandbok/bip',
      frontMatter: {title: 'BIP', sidebar_position: 4, hide_table_of_contents: false, unlisted: false, method: {what: 'x'}, sources: [{id: 'a', where: 'b'}], otherSources: ['c'], team: 'sala', example: {}, lessons: true},
    };
    expect(withoutContentModel(metadata)).toEqual({id: 'bip', permalink: '/metodhandbok/bip', frontMatter: {title: 'BIP', sidebar_position: 4, hide_table_of_contents: false, unlisted: false}});
    expect(metadata.frontMatter.method).toEqual({what: 'x'});
    expect(withoutContentModel({name: 'annan data'})).toEqual({name: 'annan data'});
  });
});
