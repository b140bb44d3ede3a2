import {withoutPageList} from '../../../plugins/lean-docs';

// What the docs plugin puts in the global data (plugin-content-docs' GlobalPluginData), shortened.
const globalData = {
  path: '/metodhandbok',
  breadcrumbs: true,
  versions: [
    {
      name: 'current',
      label: 'Next',
      isLast: true,
      path: '/metodhandbok',
      mainDocId: 'index',
      docs: [
        {id: 'index', path: '/metodhandbok', sidebar: 'metodhandbok'},
        {id: 'bip', path: '/metodhandbok/bip', sidebar: 'metodhandbok'},
      ],
      draftIds: [],
      sidebars: {metodhandbok: {link: {path: '/metodhandbok', label: 'index'}}},
    },
  ],
};

describe('plugins/lean-docs: den globala datan i main.js', () => {
  it('lämnar bort listan över alla sidor', () => {
    const lean = withoutPageList(globalData) as typeof globalData;
    expect(lean.versions[0]!.docs).toEqual([]);
  });

  it('behåller versionen, dess sökväg, sidofälten och inställningarna', () => {
    const lean = withoutPageList(globalData) as typeof globalData;
    const {docs: _pages, ...rest} = globalData.versions[0]!;
    expect(lean.versions[0]).toEqual({...rest, docs: []});
    expect(lean.path).toBe('/metodhandbok');
    expect(lean.breadcrumbs).toBe(true);
  });

  it('ändrar inte indata och släpper igenom data av annan form oförändrad', () => {
    withoutPageList(globalData);
    expect(globalData.versions[0]!.docs).toHaveLength(2);
    expect(withoutPageList(null)).toBeNull();
    expect(withoutPageList({versions: 'inte en lista'})).toEqual({versions: 'inte en lista'});
  });
});
