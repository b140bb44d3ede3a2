import {hitCountMessage, hitsPerPage, mergeUnique, needsShorterQuery, shorterQuery, withoutEnding} from '@site/src/utils/searchInflections';

describe('sökningens böjda former', () => {
  it('tar bort bestämd form och plural som stamningen lämnar kvar', () => {
    expect(withoutEnding('våldet')).toBe('våld');
    expect(withoutEnding('våldets')).toBe('våld');
    expect(withoutEnding('metoden')).toBe('metod');
    expect(withoutEnding('metodens')).toBe('metod');
    expect(withoutEnding('teamen')).toBe('team');
    expect(withoutEnding('teamet')).toBe('team');
    expect(withoutEnding('mötena')).toBe('möt');
    expect(withoutEnding('grupperna')).toBe('grupp');
    expect(withoutEnding('kvinnornas')).toBe('kvinn');
    expect(withoutEnding('deltagarna')).toBe('deltag');
  });

  it('gör ord på -an till grundformen på -a', () => {
    expect(withoutEnding('skalfrågan')).toBe('skalfråga');
    expect(withoutEnding('ohälsan')).toBe('ohälsa');
    expect(withoutEnding('Försäkringskassans')).toBe('Försäkringskassa');
  });

  it('lämnar korta ord och ord utan ändelse som de är', () => {
    for (const word of ['våld', 'den', 'eget', 'en', 'IPS', 'Sala', 'frukost', 'plan']) expect(withoutEnding(word)).toBe(word);
  });

  it('behåller stora bokstäver', () => {
    expect(withoutEnding('VÅLDET')).toBe('VÅLD');
    expect(withoutEnding('Metoden')).toBe('Metod');
    expect(withoutEnding('OHÄLSAN')).toBe('OHÄLSA');
  });

  it('kortar varje ord i en fråga med flera ord, och ger inget när inget ord ändras', () => {
    expect(shorterQuery('psykiska ohälsan')).toBe('psykiska ohälsa');
    expect(shorterQuery('  våldet i nära relationer ')).toBe('våld i nära relationer');
    expect(shorterQuery('psykisk ohälsa')).toBeUndefined();
    expect(shorterQuery('')).toBeUndefined();
  });

  it('söker igen bara när frågan gav färre träffar än en sida', () => {
    expect(needsShorterQuery('våldet', 1)).toBe(true);
    expect(needsShorterQuery('våldet', 0)).toBe(true);
    expect(needsShorterQuery('metoden', hitsPerPage)).toBe(false);
    expect(needsShorterQuery('våld', 0)).toBe(false);
  });

  it('lägger den kortare formens träffar efter frågans egna, utan dubbletter', () => {
    const own = [{id: 'a'}, {id: 'b'}];
    const shorter = [{id: 'c'}, {id: 'a'}, {id: 'd'}];
    expect(mergeUnique([own, shorter], (hit) => hit.id).map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('säger hur många träffar som finns och visas, på svenska', () => {
    expect(hitCountMessage('qzxwv ', 0, 0)).toBe('Inga träffar för ”qzxwv”.');
    expect(hitCountMessage('våld', 1, 1)).toBe('1 träff.');
    expect(hitCountMessage('våld', 8, 8)).toBe('8 träffar.');
    expect(hitCountMessage('våld', 25, 10)).toBe('25 träffar, de 10 bästa visas.');
    expect(hitCountMessage('våld', 25, 20)).toBe('25 träffar, de 20 bästa visas.');
    expect(hitCountMessage('våldet', 25, 10, 'våld')).toBe('25 träffar, de 10 bästa visas. Visar också träffar för ”våld”.');
  });
});
