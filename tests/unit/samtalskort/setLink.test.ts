import fc from 'fast-check';
import {conversationCards} from '@site/src/data/conversationCards';
import {cardById} from '@site/src/tools/samtalskort/deck';
import {droppedMessage, readSetSearch, setSearch} from '@site/src/tools/samtalskort/setLink';

const known = (id: string) => cardById(id) !== undefined;
const ids = conversationCards.map((card) => card.id);

describe('uppsättningen i adressen', () => {
  it('en länk läses tillbaka till samma kort i samma ordning och samma namn', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, {minLength: 1}), fc.string({maxLength: 60}), (chosen, name) => {
        const read = readSetSearch(setSearch(chosen, name), known)!;
        expect(read.ids).toEqual(chosen);
        expect(read.name).toBe(name.trim());
        expect(droppedMessage(read)).toBeNull();
      }),
    );
  });

  it('länken är kort och läsbar', () => {
    expect(setSearch(['s1', 'u2', 'r3'], 'Grupp tisdag')).toBe('?kort=s1,u2,r3&namn=Grupp+tisdag');
  });

  it('okända och dubbla id:n tas bort och sägs', () => {
    const read = readSetSearch('?kort=s1,zz9,s1,U2,,<b>', known)!;
    expect(read.ids).toEqual(['s1', 'u2']);
    expect(read.unknown).toEqual(['zz9', '<b>']);
    expect(read.duplicates).toEqual(['s1']);
    expect(droppedMessage(read)).toBe(
      '2 kort i länken finns inte i kortleken och visas inte (zz9, <b>). Ett kort fanns två gånger i länken och visas en gång (s1).',
    );
  });

  it('ingen uppsättning i adressen ger null, och vilken text som helst ger aldrig ett fel', () => {
    expect(readSetSearch('?typ=mal', known)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const read = readSetSearch(`?kort=${encodeURIComponent(junk)}`, known);
        expect(read).not.toBeNull();
        for (const id of read!.ids) expect(known(id)).toBe(true);
      }),
    );
  });
});
