import {groupByInitial} from '@site/src/utils/groupByInitial';

describe('groupByInitial', () => {
  it('sorterar i svensk bokstavsordning med Å, Ä och Ö sist', () => {
    const words = ['Öppet forum', 'arbetsträning', 'Ändring', 'Åtgärd', 'Zon', 'BIP', 'Avslut'];
    const groups = groupByInitial(words, (word) => word);
    expect(groups.map((group) => group.letter)).toEqual(['A', 'B', 'Z', 'Å', 'Ä', 'Ö']);
    expect(groups[0]?.items).toEqual(['arbetsträning', 'Avslut']);
  });

  it('ger en tom lista för inga ord', () => {
    expect(groupByInitial([], (word: string) => word)).toEqual([]);
  });
});
